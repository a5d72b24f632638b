package vn.nguon.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.reporting.application.ReportEvents;

/**
 * Issues a report's official document when reporting says it was signed. The observer is
 * synchronous: the document is rendered, signed and stored in the signature's own transaction, so
 * a document that cannot be issued rolls the signature and its number back.
 */
@ApplicationScoped
public class SignedReports {

    @Inject
    DocumentService documents;

    void issue(@Observes ReportEvents.Signed signed) {
        documents.issue(signed.report(), signed.template(), signed.unit(), signed.signer(), signed.at());
    }
}
