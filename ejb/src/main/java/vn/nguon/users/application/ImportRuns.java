package vn.nguon.users.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The account imports running in the background, as their pages follow them: how many accounts of how many
 * are made, and at the end the accounts with their temporary passwords (kept here only until the page has
 * shown them, an hour at most) or why nothing was made. In memory: a run belongs to the server that started it.
 */
@ApplicationScoped
public class ImportRuns {

    static final Duration KEPT = Duration.ofHours(1);

    /**
     * One run as its owner sees it.
     *
     * @param failure  null while running or when done; {@code directory} (Keycloak did not answer: nothing
     *                 was made), {@code invalid} (a row turned out wrong on creation, {@code problems} names
     *                 it: nothing was made) or {@code failed} (nothing was made)
     */
    public record Progress(String id, int total, int done, boolean finished, List<UserAdministration.Created> created,
                           String failure, List<vn.nguon.kernel.Violation> problems) implements java.io.Serializable {

        /** 0–100, 100 only when finished. */
        public int percent() {
            if (finished) {
                return 100;
            }
            return total == 0 ? 0 : Math.min(99, done * 100 / total);
        }
    }

    private static final class Run {
        final String owner;
        final int total;
        final Instant started;
        final AtomicInteger done = new AtomicInteger();
        volatile List<UserAdministration.Created> created;
        volatile String failure;
        volatile List<vn.nguon.kernel.Violation> problems = List.of();

        Run(String owner, int total, Instant started) {
            this.owner = owner;
            this.total = total;
            this.started = started;
        }

        boolean finished() {
            return created != null || failure != null;
        }
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    public String start(String owner, int total) {
        Instant now = clock.instant();
        runs.values().removeIf(r -> r.started.plus(KEPT).isBefore(now));
        String id = UUID.randomUUID().toString();
        runs.put(id, new Run(owner, total, now));
        return id;
    }

    public void step(String id) {
        Run r = runs.get(id);
        if (r != null) {
            r.done.incrementAndGet();
        }
    }

    public void finish(String id, List<UserAdministration.Created> created) {
        Run r = runs.get(id);
        if (r != null && r.failure == null) {
            r.created = List.copyOf(created);
        }
    }

    /** Marks the run failed; the first reason stays (the rollback that follows a Keycloak failure adds none). */
    public void fail(String id, String reason) {
        fail(id, reason, List.of());
    }

    public void fail(String id, String reason, List<vn.nguon.kernel.Violation> problems) {
        Run r = runs.get(id);
        if (r != null && r.failure == null && r.created == null) {
            r.problems = List.copyOf(problems);
            r.failure = reason;
        }
    }

    public Optional<Progress> progress(String id, String owner) {
        Run r = id == null ? null : runs.get(id);
        if (r == null || !r.owner.equals(owner)) {
            return Optional.empty();
        }
        List<UserAdministration.Created> created = r.created;
        return Optional.of(new Progress(id, r.total, r.done.get(), r.finished(), created == null ? List.of() : created, r.failure,
                r.problems));
    }

    public void forget(String id, String owner) {
        runs.computeIfPresent(id, (k, r) -> r.owner.equals(owner) && r.finished() ? null : r);
    }
}
