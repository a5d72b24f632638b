package vn.nguon.documents.infrastructure;

import jakarta.ejb.ApplicationException;

import java.nio.file.Path;

/** The signing unit has no certificate configured: the signature (and its number) is rolled back. */
@ApplicationException(rollback = true)
public class MissingCertificateException extends RuntimeException {

    public MissingCertificateException(String unitCode, Path expected) {
        super("unit " + unitCode + " has no signing certificate (expected " + expected + ")");
    }
}
