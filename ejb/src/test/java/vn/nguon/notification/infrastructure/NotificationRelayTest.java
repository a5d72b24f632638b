package vn.nguon.notification.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationRelayTest {

    /** An outbox of {@code waiting} rows that sends them in batches, slowly, and can be told to fail. */
    static final class FakeSender extends OutboxSender {
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicBoolean inside = new AtomicBoolean();
        final AtomicBoolean failing = new AtomicBoolean();
        volatile boolean overlapped;

        @Override
        public int sendBatch() {
            if (!inside.compareAndSet(false, true)) {
                overlapped = true;
            }
            try {
                Thread.sleep(2);
                if (failing.get()) {
                    throw new IllegalStateException("broker away");
                }
                int n = Math.min(BATCH, waiting.getAndUpdate(w -> w - Math.min(BATCH, w)));
                sent.addAndGet(n);
                batches.incrementAndGet();
                return n;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inside.set(false);
            }
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final FakeSender sender = new FakeSender();
    private final NotificationRelay relay = new NotificationRelay();

    NotificationRelayTest() {
        relay.executor = pool;
        relay.sender = sender;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void everyCommitIsRelayedOneDrainAtATimeAndInBatches() throws Exception {
        int commits = 2_000;
        ExecutorService committers = Executors.newFixedThreadPool(16);
        CountDownLatch done = new CountDownLatch(commits);
        for (int i = 0; i < commits; i++) {
            committers.execute(() -> {
                sender.waiting.incrementAndGet(); // the commit wrote one row...
                relay.wake();                      // ...and then woke the relay
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        committers.shutdown();
        awaitSent(commits);
        assertEquals(0, sender.waiting.get());
        assertFalse(sender.overlapped, "never two drains at once");
        assertTrue(sender.batches.get() < commits / 2, "wake-ups during a drain share its batches: " + sender.batches.get());
    }

    @Test
    void aFullOutboxIsDrainedInOneWakeUp() throws Exception {
        sender.waiting.set(OutboxSender.BATCH * 3 + 7);
        relay.wake();
        awaitSent(OutboxSender.BATCH * 3 + 7);
    }

    @Test
    void afterAFailureTheRowsWaitForTheNextWakeUp() throws Exception {
        sender.failing.set(true);
        sender.waiting.set(5);
        relay.wake();
        Thread.sleep(200);
        assertEquals(0, sender.sent.get());
        assertEquals(5, sender.waiting.get(), "nothing lost: the rows stay in the outbox");

        sender.failing.set(false);
        relay.wake(); // the sweep's timer, or the next commit
        awaitSent(5);
    }

    private void awaitSent(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sender.sent.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, sender.sent.get());
    }
}
