package vn.nguon.devices.domain;

/**
 * One problem with a device's data: the CSV line (0 when not from a file), the field and a
 * message code the UI translates ({@code device.problem.*}) with its argument.
 */
public record DeviceProblem(int line, String field, String code, String arg) {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String UNKNOWN_TYPE = "unknownType";
    public static final String UNKNOWN_TRANSPORT = "unknownTransport";
    public static final String NOT_A_NUMBER = "notNumber";
    public static final String OUT_OF_VIETNAM = "outOfVietnam";
    public static final String DUPLICATE = "duplicate";
    public static final String UNKNOWN_COMMUNE = "unknownCommune";
    public static final String NOT_YOURS = "notYours";
    public static final String HEADER = "header";
    public static final String TOO_MANY_ROWS = "tooManyRows";
    public static final String IMPORT_RUNNING = "importRunning";
    public static final String COLUMNS = "columns";
    public static final String RANGE = "range";
    public static final String UNKNOWN_COMMAND = "unknownCommand";
    public static final String NO_NETWORK = "noNetwork";
}
