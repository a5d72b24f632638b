package vn.nguon.feedback.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import vn.nguon.feedback.application.FeedbackCategoryView;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.web.ClientAddress;
import vn.nguon.web.rest.ApiErrors;
import vn.nguon.web.rest.Rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Citizens' feedback for apps, without sign-in ({@code /api/public/feedback}; the only part of the API the
 * bearer rule lets through): the categories, submitting (files as base64, at most five), following an item by its
 * code and rating its answer. What {@code GET} shows is what the portal's tracking page shows: nothing personal.
 * Too many submissions from one client: 429 with {@code Retry-After}.
 */
@Path("public/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicFeedbackResource {

    public record FileBody(String name, String data) {
    }

    /** @param website a field apps leave empty (the form's honeypot) */
    public record SubmitBody(String category, String commune, String title, String text, String name, String phone, String email,
                             Boolean consent, Boolean anonymous, Double latitude, Double longitude, List<FileBody> files,
                             String website) {
    }

    public record RatingBody(Boolean satisfied, String comment) {
    }

    @Inject
    FeedbackIntake intake;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("categories")
    public List<FeedbackCategoryView> categories(@QueryParam("commune") String commune) {
        return intake.categories(commune, Rest.language(headers));
    }

    @POST
    public Response submit(SubmitBody b) {
        SubmitBody body = Rest.required(b, "the feedback");
        List<FeedbackIntake.Upload> uploads = new ArrayList<>();
        List<FileBody> files = body.files() == null ? List.of() : body.files();
        if (files.size() > FeedbackIntake.MAX_FILES) {
            throw new ValidationFailedException(List.of(Violation.of("files", Violation.TOO_LARGE, FeedbackIntake.MAX_FILES)));
        }
        for (int i = 0; i < files.size(); i++) {
            FileBody f = files.get(i);
            try {
                uploads.add(new FeedbackIntake.Upload(f == null ? null : f.name(),
                        f == null || f.data() == null ? new byte[0] : Base64.getMimeDecoder().decode(f.data())));
            } catch (IllegalArgumentException e) {
                throw new ValidationFailedException(List.of(Violation.of("files[" + i + "].data", "notAllowed", "base64")));
            }
        }
        try {
            FeedbackIntake.Receipt r = intake.submit(new FeedbackData(body.category(), body.commune(), body.title(), body.text(), body.name(),
                    body.phone(), body.email(), Boolean.TRUE.equals(body.consent()), Boolean.TRUE.equals(body.anonymous()), body.latitude(),
                    body.longitude(), null, Channel.API), uploads, clients.of(request), body.website());
            return Rest.created("public/feedback/" + r.code(), r);
        } catch (FeedbackIntake.TooMany e) {
            return Response.fromResponse(ApiErrors.problem(headers, 429, "tooMany", "tooMany", null,
                    new Object[]{e.retryAfterSeconds() / 60}, List.of())).header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @GET
    @Path("{code}")
    public FeedbackIntake.PublicView track(@PathParam("code") String code) {
        return intake.track(code).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no feedback " + code));
    }

    @POST
    @Path("{code}/rating")
    public FeedbackIntake.PublicView rate(@PathParam("code") String code, RatingBody b) {
        RatingBody body = Rest.required(b, "the rating");
        if (body.satisfied() == null) {
            throw new ValidationFailedException(List.of(Violation.of("satisfied", Violation.REQUIRED)));
        }
        return intake.rate(code, body.satisfied(), body.comment());
    }
}
