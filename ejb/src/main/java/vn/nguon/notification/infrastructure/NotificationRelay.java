package vn.nguon.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the outbox to the {@code nguon.notifications} queue. Wakes after every commit that wrote
 * to the outbox (and on {@link OutboxSweep}'s timer, for what a crash or a broker outage left
 * behind); at most one drain runs at a time in this server, and wake-ups that arrive while it
 * runs make it go round again, so under load notifications leave in batches.
 */
@ApplicationScoped
public class NotificationRelay {

    private static final Logger LOG = Logger.getLogger(NotificationRelay.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    @Inject
    OutboxSender sender;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();

    public void wake() {
        pending.set(true);
        start();
    }

    private void start() {
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException e) {
                // the executor refuses during shutdown: the sweep takes over after the restart
                running.set(false);
                LOG.log(Level.FINE, "notification relay not started", e);
            }
        }
    }

    private void drain() {
        boolean failed = false;
        try {
            while (pending.getAndSet(false)) {
                while (sender.sendBatch() == OutboxSender.BATCH) {
                    // a full batch: there may be more
                }
            }
        } catch (RuntimeException e) {
            // broker or database unavailable: the rows stay in the outbox, the sweep retries
            failed = true;
            LOG.log(Level.WARNING, "notifications stay in the outbox for now: " + e.getMessage(), e);
        } finally {
            running.set(false);
        }
        if (!failed && pending.get()) {
            start(); // woken between the last look and the end of this drain
        }
    }
}
