package vn.nguon.shared.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.nguon.org.domain.AdministrativeUnitList;
import vn.nguon.org.domain.AdministrativeUnitList.Row;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the ministry, the 34 provinces and the 3,321 communes from the official list. Flyway runs
 * it once per database; {@code ON CONFLICT DO NOTHING} keeps it harmless should the rows already
 * be there (e.g. a database restored without Flyway's history table).
 */
public class V2__AdministrativeUnits extends BaseJavaMigration {

    static final String DATA = "vn/nguon/org/data/";

    @Override
    public void migrate(Context context) throws Exception {
        List<Row> provinces = read("provinces.csv", null);
        Set<String> provinceCodes = provinces.stream().map(Row::code).collect(Collectors.toSet());
        List<Row> communes = read("communes.csv", provinceCodes);

        Connection c = context.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO org_unit (code, name, unit_type, level, parent_code)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")) {
            insert(ps, new Row(AdministrativeUnitList.MINISTRY_CODE, AdministrativeUnitList.MINISTRY_NAME,
                    AdministrativeUnitList.MINISTRY_TYPE, vn.nguon.org.domain.UnitLevel.MINISTRY, null));
            ps.executeBatch();
            for (Row r : provinces) {
                insert(ps, r);
            }
            ps.executeBatch();
            for (Row r : communes) {
                insert(ps, r);
            }
            ps.executeBatch();
        }
    }

    private static void insert(PreparedStatement ps, Row r) throws Exception {
        ps.setString(1, r.code());
        ps.setString(2, r.name());
        ps.setString(3, r.type());
        ps.setString(4, r.level().name());
        ps.setString(5, r.parentCode());
        ps.addBatch();
    }

    private static List<Row> read(String file, Set<String> provinceCodes) throws IOException {
        try (InputStream in = V2__AdministrativeUnits.class.getClassLoader().getResourceAsStream(DATA + file)) {
            return provinceCodes == null
                    ? AdministrativeUnitList.parseProvinces(file, in)
                    : AdministrativeUnitList.parseCommunes(file, in, provinceCodes);
        }
    }
}
