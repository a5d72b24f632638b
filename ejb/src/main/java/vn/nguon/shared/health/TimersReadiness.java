package vn.nguon.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which of Nguồn's timers fired on this node, how often and when last ({@link TimerTicks}). Always up:
 * a node where the cluster's timers do not fire is as ready as the one where they do.
 */
@Readiness
@ApplicationScoped
public class TimersReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("timers").up();
        TimerTicks.snapshot().forEach(response::withData);
        return response.build();
    }
}
