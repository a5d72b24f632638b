package vn.nguon.feedback.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.nguon.feedback.application.FeedbackDesk;
import vn.nguon.feedback.application.FeedbackStatistics;
import vn.nguon.feedback.application.FeedbackView;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.feedback.domain.FeedbackPriority;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.web.rest.Rest;

import java.util.List;
import java.util.Locale;

/**
 * The units' side of citizens' feedback over JSON ({@code /api/feedback}): the queue, an item, and every step —
 * with the same scoping and refusals as the pages (FeedbackDesk).
 */
@Path("feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    /** Feedback taken by phone, hotline, Zalo or in person. */
    public record RecordBody(String channel, String category, String commune, String title, String text, String name, String phone,
                             String email, Boolean consent, Boolean urgent) {
    }

    public record AcceptBody(String assignee) {
    }

    public record AnswerBody(String answer) {
    }

    public record TransferBody(String to, String reason) {
    }

    public record RejectBody(String kind, String reason, String duplicateOf) {
    }

    public record NoteBody(String note) {
    }

    /** A bulletin of the unit answering a group of items on the loudspeakers. */
    public record OnAirBody(Long bulletinId, List<String> codes) {
    }

    @Inject
    FeedbackDesk desk;

    @Inject
    FeedbackStatistics statistics;

    @Context
    HttpHeaders headers;

    /** {@code ?status=&overdue=true&category=&q=&first=&max=}. */
    @GET
    public FeedbackDesk.Page queue(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                   @QueryParam("category") String category, @QueryParam("q") String q,
                                   @QueryParam("first") String first, @QueryParam("max") String max) {
        FeedbackStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = FeedbackStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationFailedException(List.of(Violation.of("status", "notAllowed", status)));
            }
        }
        return desk.queue(s, "true".equalsIgnoreCase(overdue), category, q, Rest.nonNegativeInt("first", first, 0),
                Rest.positiveInt("max", max, 50), language());
    }

    /** {@code ?unit=&from=&to=} (days, ISO): the figures per unit below and per category; default this year. */
    @GET
    @Path("stats")
    public FeedbackStatistics.Statistics stats(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<Violation> v = new java.util.ArrayList<>();
        java.time.LocalDate t = vn.nguon.shared.IsoTimes.date(v, "to", to);
        java.time.LocalDate f = vn.nguon.shared.IsoTimes.date(v, "from", from);
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        java.time.LocalDate end = t == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : t;
        return statistics.of(unit, f == null ? end.withDayOfYear(1) : f, end, language());
    }

    @GET
    @Path("{id}")
    public FeedbackView get(@PathParam("id") long id) {
        return desk.get(id, language());
    }

    @POST
    public Response record(RecordBody b) {
        RecordBody body = Rest.required(b, "the feedback");
        Channel channel;
        try {
            channel = body.channel() == null ? null : Channel.valueOf(body.channel().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(Violation.of("channel", "notAllowed", body.channel())));
        }
        if (channel == null) {
            throw new ValidationFailedException(List.of(Violation.of("channel", Violation.REQUIRED)));
        }
        FeedbackView v = desk.record(new FeedbackData(body.category(), body.commune(), body.title(), body.text(), body.name(), body.phone(),
                body.email(), Boolean.TRUE.equals(body.consent()), false, null, null,
                Boolean.TRUE.equals(body.urgent()) ? FeedbackPriority.URGENT : FeedbackPriority.NORMAL, channel), language());
        return Rest.created(v);
    }

    @POST
    @Path("{id}/accept")
    public FeedbackView accept(@PathParam("id") long id, AcceptBody body) {
        return desk.accept(id, body == null ? null : body.assignee(), language());
    }

    @POST
    @Path("{id}/start")
    public FeedbackView start(@PathParam("id") long id) {
        return desk.start(id, language());
    }

    @POST
    @Path("{id}/draft")
    public FeedbackView draft(@PathParam("id") long id, AnswerBody body) {
        return desk.draft(id, Rest.required(body, "the answer").answer(), language());
    }

    @POST
    @Path("{id}/approve")
    public FeedbackView approve(@PathParam("id") long id) {
        return desk.approve(id, language());
    }

    @POST
    @Path("{id}/close")
    public FeedbackView close(@PathParam("id") long id) {
        return desk.close(id, language());
    }

    @POST
    @Path("{id}/transfer")
    public FeedbackView transfer(@PathParam("id") long id, TransferBody body) {
        TransferBody b = Rest.required(body, "the transfer");
        return desk.transfer(id, b.to(), b.reason(), language());
    }

    @POST
    @Path("{id}/reject")
    public FeedbackView reject(@PathParam("id") long id, RejectBody body) {
        RejectBody b = Rest.required(body, "the rejection");
        return desk.reject(id, b.kind(), b.reason(), b.duplicateOf(), language());
    }

    @POST
    @Path("on-air")
    public List<FeedbackView> onAir(OnAirBody body) {
        OnAirBody b = Rest.required(body, "the bulletin and the items");
        if (b.bulletinId() == null) {
            throw new ValidationFailedException(List.of(Violation.of("bulletinId", Violation.REQUIRED)));
        }
        return desk.answerOnAir(b.bulletinId(), b.codes(), language());
    }

    @POST
    @Path("{id}/notes")
    public FeedbackView note(@PathParam("id") long id, NoteBody body) {
        return desk.note(id, Rest.required(body, "the note").note(), language());
    }

    private String language() {
        return Rest.language(headers);
    }
}
