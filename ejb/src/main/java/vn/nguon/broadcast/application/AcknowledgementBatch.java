package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit for device acknowledgements. Each consumer thread hands in its acknowledgement and
 * waits until it is committed (so the broker message is acknowledged only after the database
 * has it); whichever waiting thread finds no write under way writes everything queued so far in
 * one transaction ({@link AcknowledgementWriter}), up to {@link #MAX} at a time. Under load the
 * acknowledgements of many devices share one connection, one transaction and one commit instead
 * of one each; alone, an acknowledgement is written at once. If a batch fails, every
 * acknowledgement in it fails and its message is redelivered.
 */
@ApplicationScoped
public class AcknowledgementBatch {

    static final int MAX = 200;

    @Inject
    AcknowledgementWriter writer;

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Object turn = new Object();

    private record Pending(BroadcastRepository.Acknowledgement ack, CompletableFuture<BroadcastRepository.Ack> outcome) {
    }

    /** Records the acknowledgement (with whatever else is waiting) and returns its outcome once committed. */
    public BroadcastRepository.Ack record(BroadcastRepository.Acknowledgement ack) {
        Pending mine = new Pending(ack, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.outcome().isDone()) {
            if (writing.compareAndSet(false, true)) {
                try {
                    writeQueued();
                } finally {
                    synchronized (turn) {
                        writing.set(false);
                        turn.notifyAll();
                    }
                }
            } else {
                synchronized (turn) {
                    if (!mine.outcome().isDone() && writing.get()) {
                        try {
                            turn.wait(1000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted while an acknowledgement was written", e);
                        }
                    }
                }
            }
        }
        try {
            return mine.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; batch.size() < MAX && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<BroadcastRepository.Ack> outcomes = writer.write(batch.stream().map(Pending::ack).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.outcome().completeExceptionally(e));
        }
    }
}
