package vn.nguon.broadcast.application;

import org.junit.jupiter.api.Test;
import vn.nguon.broadcast.domain.BroadcastRepository.Ack;
import vn.nguon.broadcast.domain.BroadcastRepository.Acknowledgement;
import vn.nguon.broadcast.domain.DeliveryState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcknowledgementBatchTest {

    /** A writer that answers by device name, takes its time, and can be told to fail once. */
    static final class SlowWriter extends AcknowledgementWriter {
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final Map<UUID, Integer> written = new ConcurrentHashMap<>();
        final AtomicBoolean failNext = new AtomicBoolean();
        final AtomicBoolean inside = new AtomicBoolean();
        volatile boolean overlapped;

        @Override
        public List<Ack> write(List<Acknowledgement> acks) {
            if (!inside.compareAndSet(false, true)) {
                overlapped = true;
            }
            try {
                batchSizes.add(acks.size());
                Thread.sleep(20); // a commit
                if (failNext.getAndSet(false)) {
                    throw new IllegalStateException("database gone");
                }
                List<Ack> out = new ArrayList<>();
                for (Acknowledgement r : acks) {
                    written.merge(r.deliveryId(), 1, Integer::sum);
                    out.add(r.deviceId().startsWith("unknown") ? Ack.UNKNOWN_DELIVERY : Ack.CHANGED);
                }
                return out;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inside.set(false);
            }
        }
    }

    static Acknowledgement ack(String device) {
        return new Acknowledgement(UUID.randomUUID(), device, DeliveryState.RECEIVED, Instant.now(), null);
    }

    static AcknowledgementBatch batch(SlowWriter writer) {
        AcknowledgementBatch b = new AcknowledgementBatch();
        b.writer = writer;
        return b;
    }

    @Test
    void aLoneAcknowledgementIsWrittenAtOnce() {
        SlowWriter writer = new SlowWriter();
        assertEquals(Ack.CHANGED, batch(writer).record(ack("D-1")));
        assertEquals(List.of(1), writer.batchSizes);
    }

    @Test
    void concurrentAcknowledgementsShareCommitsAndEachGetsItsOwnOutcome() throws Exception {
        SlowWriter writer = new SlowWriter();
        AcknowledgementBatch batch = batch(writer);
        int threads = 32;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Ack>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<Ack> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(batch.record(ack((i % 5 == 0 ? "unknown-" : "D-") + thread + "-" + i)));
                }
                return mine;
            }));
        }
        start.countDown();
        for (Future<List<Ack>> f : results) {
            List<Ack> mine = f.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < each; i++) {
                assertEquals(i % 5 == 0 ? Ack.UNKNOWN_DELIVERY : Ack.CHANGED, mine.get(i));
            }
        }
        pool.shutdown();
        assertEquals(threads * each, writer.written.size(), "every acknowledgement written");
        assertTrue(writer.written.values().stream().allMatch(n -> n == 1), "and written once");
        assertTrue(writer.batchSizes.size() < threads * each / 4,
                "waiting acknowledgements share a commit: " + writer.batchSizes.size() + " commits for " + threads * each);
        assertTrue(!writer.overlapped, "one batch is written at a time");
    }

    @Test
    void aFailedCommitFailsItsAcknowledgementsAndTheNextOneWorks() {
        SlowWriter writer = new SlowWriter();
        AcknowledgementBatch batch = batch(writer);
        writer.failNext.set(true);
        assertThrows(IllegalStateException.class, () -> batch.record(ack("D-1")));
        assertEquals(Ack.CHANGED, batch.record(ack("D-2")));
    }
}
