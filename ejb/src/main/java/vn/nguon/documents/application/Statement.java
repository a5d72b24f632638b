package vn.nguon.documents.application;

import java.util.List;

/**
 * What a unit states in a signed document that is not a report (its dashboard's "Báo cáo tình hình thực hiện mục
 * tiêu"), in officials' words: the title, the body's parts, and tables for the annexes (one or two value columns).
 * The document service gives it the unit's heading, number, place and date, recipients and signature.
 */
public record Statement(String title, List<Part> parts, List<Table> tables) {

    public Statement {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("a statement has a title of at most 300 characters");
        }
        parts = List.copyOf(parts);
        tables = List.copyOf(tables);
    }

    public record Part(String heading, String text) {
    }

    public record Table(String title, List<String> columns, List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A row: what it is, its unit of measure ("%", "giờ"), one value per column. */
    public record Row(String label, String unit, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
