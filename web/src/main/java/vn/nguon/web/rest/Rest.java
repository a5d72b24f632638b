package vn.nguon.web.rest;

import jakarta.ws.rs.core.Response;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.net.URI;
import java.util.List;

/**
 * What every REST resource does the same way: refuse a missing body, answer 201 with what was
 * created, send a file as an attachment, read a numeric query parameter (a bad one is a 422 that
 * names it, where JAX-RS would answer a bare 404). Resources stay a list of one-line delegations
 * to the application services.
 */
public final class Rest {

    private Rest() {
    }

    /** A reason sent with a step (return, reject, cancel, un-accept); the body may be absent. */
    public record ReasonBody(String reason) {

        /** The reason, or null when there was no body. */
        public static String of(ReasonBody body) {
            return body == null ? null : body.reason();
        }
    }

    /** @return {@code body}; @throws ValidationFailedException (422, field {@code $}: required) when it is missing */
    public static <T> T required(T body, String what) {
        if (body == null) {
            throw new ValidationFailedException(List.of(Violation.of(JsonBodies.ROOT, Violation.REQUIRED, what)));
        }
        return body;
    }

    /** 201 with the created object as the body (and its address, when given). */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    public static Response created(String location, Object entity) {
        return Response.created(URI.create(location)).entity(entity).build();
    }

    /** A file to save: its bytes or text, media type and file name; never cached by a shared cache. */
    public static Response attachment(Object content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The message bundle in the language the client asked for (Accept-Language): English or Vietnamese (the default). */
    public static java.util.ResourceBundle bundle(jakarta.ws.rs.core.HttpHeaders headers) {
        return vn.nguon.web.Messages.bundle(java.util.Locale.forLanguageTag(language(headers)));
    }

    /** The first of English and Vietnamese the client asks for (Accept-Language), "vi" when neither. */
    public static String language(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().map(java.util.Locale::getLanguage)
                .filter(l -> l.equals("en") || l.equals("vi")).findFirst().orElse("vi");
    }

    /**
     * An uploaded body of at most {@code maxBytes}: refused with 413 and {@code tooBig} (which names the limit)
     * before reading when its Content-Length is larger, or as soon as more than that has arrived.
     */
    public static byte[] upload(java.io.InputStream body, Long contentLength, long maxBytes, String field, Violation tooBig) {
        if (contentLength != null && contentLength > maxBytes) {
            throw new JsonBodies.UnreadableBodyException(413, tooBig);
        }
        try {
            byte[] data = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new JsonBodies.UnreadableBodyException(413, tooBig);
            }
            return data;
        } catch (java.io.IOException e) {
            // the server's own request limit cut the body short
            throw new JsonBodies.UnreadableBodyException(413, tooBig);
        }
    }

    /** A whole number ≥ 0 from a query parameter, {@code fallback} when absent; 422 naming the parameter otherwise. */
    public static int nonNegativeInt(String parameter, String text, int fallback) {
        return atLeast(parameter, text, fallback, 0);
    }

    /** A positive whole number from a query parameter, {@code fallback} when absent; 422 naming the parameter otherwise. */
    public static int positiveInt(String parameter, String text, int fallback) {
        return atLeast(parameter, text, fallback, 1);
    }

    private static int atLeast(String parameter, String text, int fallback, int min) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationFailedException(List.of(Violation.of(parameter, Violation.NOT_INTEGER)));
    }
}
