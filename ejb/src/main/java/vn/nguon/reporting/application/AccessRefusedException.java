package vn.nguon.reporting.application;

import jakarta.ejb.ApplicationException;

/** The caller may not do this to this unit's data (wrong unit or wrong role). Nothing was changed. */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
