package vn.nguon.kernel;

import java.util.List;

/**
 * One problem with one field of a form or payload: the field key (or a section code), a message
 * code that the UI translates (see the web module's bundle, keys {@code violation.*}), and its
 * arguments. A cross-field rule of a report template carries the template's own message.
 */
public record Violation(String field, String code, List<String> args) implements java.io.Serializable {

    public static final String REQUIRED = "required";
    public static final String NOT_A_NUMBER = "notNumber";
    public static final String NOT_INTEGER = "notInteger";
    public static final String NOT_YES_NO = "notYesNo";
    public static final String NOT_A_DATE = "notDate";
    public static final String TOO_SMALL = "tooSmall";
    public static final String TOO_LARGE = "tooLarge";
    public static final String TOO_LONG = "tooLong";
    public static final String UNKNOWN_FIELD = "unknownField";
    /** a cross-field rule of the template; args: the template's message */
    public static final String RULE = "rule";

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
