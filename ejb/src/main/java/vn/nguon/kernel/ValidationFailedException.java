package vn.nguon.kernel;

import java.util.List;

/**
 * The values do not satisfy their rules; nothing was saved, the caller keeps what was typed.
 * An application exception (declared in {@code META-INF/ejb-jar.xml}): it reaches the caller as
 * it is thrown and rolls the transaction back.
 */
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
