package vn.nguon.broadcast.infrastructure;

import org.junit.jupiter.api.Test;
import vn.nguon.broadcast.domain.DeliveryState;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcknowledgementSqlTest {

    @Test
    void aDeliveryAcknowledgedTwiceInOneBatchWaitsForTheNextRound() {
        // RECEIVED, PLAYING and DONE of delivery a arrive together with b's and c's
        List<String> deliveries = List.of("a", "b", "a", "c", "a", "b");
        assertEquals(List.of(List.of(0, 1, 3), List.of(2, 5), List.of(4)), AcknowledgementSql.rounds(deliveries));
    }

    @Test
    void aBatchOfDifferentDeliveriesIsOneRound() {
        assertEquals(List.of(List.of(0, 1, 2)), AcknowledgementSql.rounds(List.of("x", "y", "z")));
        assertEquals(List.of(), AcknowledgementSql.rounds(List.of()));
    }

    @Test
    void arrayLiteralsQuoteEscapeAndKeepNulls() {
        Function<String, String> same = s -> s;
        assertEquals("{\"D-1\",\"D-2\"}", vn.nguon.shared.db.NativeSql.array(List.of("D-1", "D-2"), same));
        assertEquals("{NULL,\"máy \\\"hỏng\\\" \\\\ loa\",\"NULL\"}",
                vn.nguon.shared.db.NativeSql.array(Arrays.asList(null, "máy \"hỏng\" \\ loa", "NULL"), same),
                "a device's reason cannot break out of its element; the word NULL stays a word");
        assertEquals("{\"a,b}\"}", vn.nguon.shared.db.NativeSql.array(List.of("a,b}"), same));
        assertEquals("{}", vn.nguon.shared.db.NativeSql.array(List.of(), same));
    }

    @Test
    void theMovesAreTheStateMachines() {
        for (DeliveryState from : DeliveryState.values()) {
            for (DeliveryState to : DeliveryState.values()) {
                String pair = "('" + from + "','" + to + "')";
                assertEquals(from.mayBecome(to), AcknowledgementSql.MOVES.contains(pair), pair);
            }
        }
        assertTrue(AcknowledgementSql.MOVES.contains("('EXPIRED','DONE')"), "a late DONE still wins over EXPIRED");
        assertFalse(AcknowledgementSql.MOVES.contains("('DONE','RECEIVED')"));
    }
}
