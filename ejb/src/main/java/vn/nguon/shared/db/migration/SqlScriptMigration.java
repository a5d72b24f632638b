package vn.nguon.shared.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

/**
 * A migration whose body is a SQL script on the class path, named after the class
 * ({@code V1__Schema} runs {@code db/migration/V1__schema.sql}).
 * <p>
 * Why not Flyway's own SQL scanning: it cannot list resources inside a WildFly (VFS) deployment,
 * so every migration is registered explicitly as a class in {@link Migrations}.
 */
public abstract class SqlScriptMigration extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String sql = script();
        try (Statement st = context.getConnection().createStatement()) {
            st.execute(sql);
        }
    }

    private String script() throws IOException {
        String name = getClass().getSimpleName();
        int sep = name.indexOf("__");
        String resource = "db/migration/" + name.substring(0, sep + 2) + name.substring(sep + 2).toLowerCase() + ".sql";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
