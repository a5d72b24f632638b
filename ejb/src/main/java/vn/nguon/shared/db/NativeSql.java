package vn.nguon.shared.db;

/**
 * Hints for native SQL. An update written in SQL tells Hibernate nothing about the tables it
 * touches, so Hibernate assumes it may touch any, and empties every second-level cache region
 * (the units, the periods) on each one: name the tables it does touch.
 */
public final class NativeSql {

    /** Query hint: the tables (comma-separated) a native statement reads or writes. */
    public static final String TABLES = "org.hibernate.query.native.spaces";

    private NativeSql() {
    }
}
