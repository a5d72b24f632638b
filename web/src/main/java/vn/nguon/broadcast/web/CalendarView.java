package vn.nguon.broadcast.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import vn.nguon.broadcast.application.BroadcastQueries;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The broadcast schedule (lịch phát thanh) of the caller's unit as a calendar: every slot of the
 * approved and pending bulletins that play there; clashing priority items are marked for the
 * commune to order.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BroadcastQueries queries;

    private ScheduleModel model;

    @PostConstruct
    void init() {
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            /** {@code start} and {@code end} are Vietnam wall-clock times (the page hands them over as UTC). */
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (BroadcastQueries.Slot s : queries.schedule(null, start.atZone(Schedule.ZONE).toInstant(),
                        end.atZone(Schedule.ZONE).toInstant())) {
                    addEvent(DefaultScheduleEvent.builder()
                            .title(s.title() + (s.clash() ? " ⚠" : ""))
                            .startDate(LocalDateTime.ofInstant(s.at(), Schedule.ZONE))
                            .endDate(LocalDateTime.ofInstant(s.until(), Schedule.ZONE))
                            .description(s.ownerName() + " — " + Messages.text("broadcast.priority." + s.priority())
                                    + " — " + Messages.text("broadcast.status." + s.status())
                                    + (s.clash() ? " — " + Messages.text("calendar.clash") : ""))
                            .url(((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getExternalContext().getRequest()).getContextPath() + "/broadcasts/"
                                    + (s.title().startsWith("⚠") ? "alert" : "bulletin") + ".xhtml?id=" + s.bulletinId())
                            .styleClass("slot-" + s.priority().toLowerCase() + (s.clash() ? " slot-clash" : "")
                                    + (s.status().equals("PENDING") ? " slot-pending" : ""))
                            .build());
                }
            }
        };
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** Now in Vietnam, as the calendar's "today" ("2026-12-06T07:15:00"). */
    public String getVietnamNow() {
        return LocalDateTime.now(Schedule.ZONE).withNano(0).toString();
    }
}
