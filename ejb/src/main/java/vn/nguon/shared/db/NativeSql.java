package vn.nguon.shared.db;

import java.util.List;
import java.util.function.Function;

/**
 * Helpers for native SQL. An update written in SQL tells Hibernate nothing about the tables it
 * touches, so Hibernate assumes it may touch any, and empties every second-level cache region
 * (the units, the periods) on each one: name the tables it does touch ({@link #TABLES}). Many rows
 * go into one statement as PostgreSQL arrays ({@link #array}, with {@code unnest}).
 */
public final class NativeSql {

    /** Query hint: the tables (comma-separated) a native statement reads or writes. */
    public static final String TABLES = "org.hibernate.query.native.spaces";

    private NativeSql() {
    }

    /** A PostgreSQL array literal ({@code {"a","b",NULL}}) of the given elements, each quoted and escaped. */
    public static <T> String array(List<T> items, Function<T, String> element) {
        StringBuilder b = new StringBuilder(items.size() * 40).append('{');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String e = element.apply(items.get(i));
            if (e == null) {
                b.append("NULL");
            } else {
                b.append('"');
                for (int c = 0; c < e.length(); c++) {
                    char ch = e.charAt(c);
                    if (ch == '"' || ch == '\\') {
                        b.append('\\');
                    }
                    b.append(ch);
                }
                b.append('"');
            }
        }
        return b.append('}').toString();
    }
}
