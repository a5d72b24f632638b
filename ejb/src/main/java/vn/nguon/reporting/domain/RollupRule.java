package vn.nguon.reporting.domain;

/** How an indicator's values of the lower units combine into the upper unit's value. */
public enum RollupRule {
    /** sum of the numbers */
    SUM,
    /** number of units that answered yes */
    COUNT_YES,
    /** mean of the numbers given (units that gave none are not counted) */
    AVERAGE,
    /** not rolled up: the upper unit fills it itself */
    NONE
}
