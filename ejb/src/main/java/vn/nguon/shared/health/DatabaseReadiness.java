package vn.nguon.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Ready when PostgreSQL answers and the schema migrations have loaded the hierarchy. Also shows
 * how many notifications wait in the outbox: more than a handful for long means the relay cannot
 * reach the broker (the readiness stays up: the workflow works, notifications follow later).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/NguonDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "select (select max(version) from schema_history where success), (select count(*) from org_unit),"
                             + " (select count(*) from notification_outbox)")) {
            rs.next();
            String version = rs.getString(1);
            long units = rs.getLong(2);
            return response.status(version != null && units > 0)
                    .withData("schemaVersion", String.valueOf(version))
                    .withData("units", units)
                    .withData("notificationsInOutbox", rs.getLong(3))
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
