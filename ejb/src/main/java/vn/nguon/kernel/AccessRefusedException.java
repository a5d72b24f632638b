package vn.nguon.kernel;

/**
 * The caller may not do this to this unit's data (wrong unit or wrong role). Nothing was changed.
 * An application exception (declared in {@code META-INF/ejb-jar.xml}): it reaches the caller as
 * it is thrown and rolls the transaction back.
 */
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
