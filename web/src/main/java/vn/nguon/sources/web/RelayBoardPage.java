package vn.nguon.sources.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.sources.application.RelayBoard;
import vn.nguon.sources.application.RelayTracking;
import vn.nguon.sources.domain.RelayState;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;
import vn.nguon.web.Times;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The tracking board of a mandatory relay ({@code sources/relays.xhtml?id=}): per commune of the caller's
 * subtree its state, its relay and the plays its loudspeakers acknowledged; per province the same summed
 * (the ministry's view); filtered by state (a link per state, {@code &state=}); downloadable as XLSX.
 */
@Named
@ViewScoped
public class RelayBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelayTracking tracking;

    private Long id;
    private RelayBoard board;
    private String state;

    public void init() {
        if (id == null) {
            RefusalPage.notFound();
            return;
        }
        try {
            board = tracking.board(id);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        } catch (TransitionRefusedException e) {
            RefusalPage.notFound();
        }
    }

    public List<RelayBoard.Row> getRows() {
        if (board == null) {
            return List.of();
        }
        RelayState only = java.util.Arrays.stream(RelayState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        return only == null ? board.rows() : board.rows().stream().filter(r -> r.state() == only).toList();
    }

    public List<RelayState> getStates() {
        return List.of(RelayState.values());
    }

    public String requirement() {
        return Messages.text("relays.requirement", board.minPlays(), Times.day(board.from()), Times.day(board.to()));
    }

    public String stats() {
        return Messages.text("relays.stats", board.communesRelayed(), board.plays(), board.devices(), board.villages());
    }

    public String time(java.time.Instant t) {
        return Times.minutes(t);
    }

    public StreamedContent getXlsx() {
        byte[] file = RelayBoardXlsx.write(tracking.board(id), Messages.bundle());
        return DefaultStreamedContent.builder().name("yeu-cau-phat-" + id + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public RelayBoard getBoard() { return board; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
}
