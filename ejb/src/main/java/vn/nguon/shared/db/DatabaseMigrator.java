package vn.nguon.shared.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import vn.nguon.shared.db.migration.Migrations;

import javax.sql.DataSource;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the database schema and reference data up to date when the application starts, with
 * Flyway. Migrations are listed explicitly ({@link Migrations}); Flyway's class-path scanning is
 * switched off because it cannot see inside WildFly's virtual file system.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/NguonDS")
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrateOnStart() {
        migrateNow();
    }

    /** Applies pending migrations; a no-op when the database is up to date. */
    public int migrateNow() {
        ResourceProvider noResources = new ResourceProvider() {
            @Override
            public org.flywaydb.core.api.resource.LoadableResource getResource(String name) {
                return null;
            }

            @Override
            public java.util.Collection<org.flywaydb.core.api.resource.LoadableResource> getResources(
                    String prefix, String[] suffixes) {
                return List.of();
            }
        };
        ClassProvider<JavaMigration> noClasses = List::of;
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(noResources)
                .javaMigrationClassProvider(noClasses)
                .javaMigrations(Migrations.all().toArray(JavaMigration[]::new))
                .table("schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
        return result.migrationsExecuted;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
