package vn.nguon.documents.domain;

import java.util.List;
import java.util.Optional;

public interface SignedDocumentRepository {

    void add(SignedDocument document);

    Optional<SignedDocument> find(long id);

    Optional<SignedDocument> bySha256(String sha256);

    /** The report's signed documents, newest revision first. */
    List<SignedDocument> ofReport(long reportId);

    /** A unit's signed statements (documents that are not a report's), newest first, at most fifty. */
    List<SignedDocument> statements(String unitCode);
}
