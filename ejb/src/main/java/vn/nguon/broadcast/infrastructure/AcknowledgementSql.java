package vn.nguon.broadcast.infrastructure;

import vn.nguon.broadcast.domain.DeliveryState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pieces of the one-statement update that records a batch of acknowledgements: the batch cut
 * into rounds (one statement updates a row at most once, so a second acknowledgement of the same
 * delivery waits for the next round) and the state machine's allowed moves as SQL (the columns go
 * in as PostgreSQL arrays, {@link vn.nguon.shared.db.NativeSql#array}). Pure: no I/O.
 */
final class AcknowledgementSql {

    /** Every (from, to) pair the state machine allows ({@link DeliveryState#before}), as a SQL {@code VALUES} list. */
    static final String MOVES = Arrays.stream(DeliveryState.values())
            .flatMap(to -> DeliveryState.before(to).stream().map(from -> "('" + from.name() + "','" + to.name() + "')"))
            .collect(Collectors.joining(", "));

    private AcknowledgementSql() {
    }

    /**
     * Positions of the batch, cut into rounds: a key's first occurrence goes into round 0, its
     * second into round 1, and so on, each round in the batch's order.
     */
    static <K> List<List<Integer>> rounds(List<K> keys) {
        List<List<Integer>> rounds = new ArrayList<>();
        Map<K, Integer> seen = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int round = seen.merge(keys.get(i), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        return rounds;
    }
}
