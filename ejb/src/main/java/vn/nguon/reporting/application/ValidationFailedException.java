package vn.nguon.reporting.application;

import jakarta.ejb.ApplicationException;
import vn.nguon.reporting.domain.Violation;

import java.util.List;

/** The values do not satisfy the template; nothing was saved, the caller keeps what was typed. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
