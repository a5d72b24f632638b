package vn.nguon.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened on something the caller may not see (another unit's bulletin or report, by id in the
 * address) or that does not exist answers with the refusal page itself — 403 or 404 with the error page
 * of web.xml — never with an empty form that looks as if it could be filled in.
 */
public final class RefusalPage {

    private RefusalPage() {
    }

    /** 403: the object is not the caller's to see. */
    public static void refused() {
        send(403);
    }

    /** 404: there is no such object. */
    public static void notFound() {
        send(404);
    }

    private static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
