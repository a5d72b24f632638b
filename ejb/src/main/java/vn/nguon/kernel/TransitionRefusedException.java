package vn.nguon.kernel;

/**
 * A step of a workflow that is not allowed now: wrong state, missing reason, a closed period, a
 * stale edit. {@link #code()} is a message key the UI translates ({@code workflow.*}). An
 * application exception (declared in {@code META-INF/ejb-jar.xml}): it reaches the caller as it is
 * thrown and rolls the transaction back.
 */
public class TransitionRefusedException extends RuntimeException {

    public static final String NOT_ALLOWED = "notAllowed";
    public static final String NOT_EDITABLE = "notEditable";
    public static final String REASON_REQUIRED = "reasonRequired";
    public static final String STALE = "stale";
    public static final String PERIOD_CLOSED = "periodClosed";
    public static final String INVALID = "invalid";
    public static final String PARENT_SUBMITTED = "parentSubmitted";

    private final String code;

    public TransitionRefusedException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
