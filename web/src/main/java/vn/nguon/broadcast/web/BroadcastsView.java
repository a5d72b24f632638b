package vn.nguon.broadcast.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.web.Messages;
import vn.nguon.web.Times;


import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The broadcasts page ({@code broadcasts/index.xhtml}): bulletins and alerts the caller's unit
 * wrote or receives, newest first, with an attention banner for those waiting for approval.
 */
@Named
@ViewScoped
public class BroadcastsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BroadcastQueries queries;

    private List<BulletinView> bulletins = List.of();
    private long pending;

    @PostConstruct
    void load() {
        try {
            bulletins = queries.list(200);
            pending = queries.pendingApproval();
        } catch (AccessRefusedException | EJBAccessException e) {
            Messages.error("broadcast.refused");
        }
    }

    public String format(Instant t) {
        return Times.minutes(t);
    }

    /**
     * When a bulletin plays, in Vietnam time: "06/12/2026 14:00" for a one-off; "Hằng ngày 06:00,
     * 11:00, 17:30 (từ 06/12/2026)" or "Hằng tuần Thứ Hai, Thứ Năm 06:00 (…)" for a programme, never a
     * start of day at 00:00.
     */
    public String when(BulletinView b) {
        if (b.recurrence().equals("ONCE")) {
            return Times.minutes(b.startsAt());
        }
        String days = b.recurrence().equals("WEEKLY") ? b.days().stream().map(d -> Messages.text("day." + d))
                .collect(java.util.stream.Collectors.joining(", ")) + " " : "";
        String times = b.times().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
        return Messages.text("broadcast.when.recurring", Messages.text("broadcast.recurrence." + b.recurrence()),
                days + times, Times.day(b.startsAt()));
    }

    public List<BulletinView> getBulletins() {
        return bulletins;
    }

    public long getPending() {
        return pending;
    }
}
