package vn.nguon.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Collections;

/** Ready when the Artemis broker accepts a connection and the application's queue exists. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/nguon.notifications")
    Queue notifications;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("messaging");
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(notifications)) {
            int pending = Collections.list(browser.getEnumeration()).size();
            return response.up().withData("notificationsPending", pending).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
