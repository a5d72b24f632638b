package vn.nguon.users.web;

import vn.nguon.users.application.AccountView;
import vn.nguon.web.CsvCells;

import java.util.List;
import java.util.ResourceBundle;

/** The account list as CSV (UTF-8 with BOM): the import's columns first, then the unit's name and the status in words. */
public final class UsersCsv {

    private UsersCsv() {
    }

    public static String write(List<AccountView> rows, ResourceBundle text) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("username,last_name,first_name,unit_code,roles,email,").append(CsvCells.cell(text.getString("users.field.unit")))
                .append(',').append(CsvCells.cell(text.getString("users.field.enabled"))).append("\r\n");
        for (AccountView a : rows) {
            b.append(String.join(",", CsvCells.cell(a.username()), CsvCells.cell(a.lastName()), CsvCells.cell(a.firstName()),
                    CsvCells.cell(a.unitCode()), CsvCells.cell(String.join("|", a.roles())), CsvCells.cell(a.email()),
                    CsvCells.cell(a.unitName()), CsvCells.cell(text.getString("users.enabled." + a.enabled())))).append("\r\n");
        }
        return b.toString();
    }
}
