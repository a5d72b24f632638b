package vn.nguon.sources.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a mandatory relay from the devices' own acknowledgements: a commune has played the item once for
 * every slot of its relay that at least one of its loudspeakers acknowledged as played to the end within
 * the window — two loudspeakers playing the same slot are one broadcast heard in two villages, not two.
 */
public final class RelayCount {

    private RelayCount() {
    }

    /** One acknowledged play: the relaying commune, the slot, the device, its village (may be null), when it ended. */
    public record Play(String commune, Instant slot, String device, String village, Instant at) {
    }

    /** A commune's count: broadcasts (distinct slots), devices that played, villages reached. */
    public record Tally(int plays, int devices, int villages) {
        public static final Tally NONE = new Tally(0, 0, 0);
    }

    /** Each commune's tally of the plays that ended in [from, to). */
    public static Map<String, Tally> count(List<Play> plays, Instant from, Instant to) {
        Map<String, Set<Instant>> slots = new HashMap<>();
        Map<String, Set<String>> devices = new HashMap<>();
        Map<String, Set<String>> villages = new HashMap<>();
        for (Play p : plays) {
            if (p.at() == null || p.at().isBefore(from) || !p.at().isBefore(to)) {
                continue;
            }
            slots.computeIfAbsent(p.commune(), k -> new HashSet<>()).add(p.slot());
            devices.computeIfAbsent(p.commune(), k -> new HashSet<>()).add(p.device());
            if (p.village() != null && !p.village().isBlank()) {
                villages.computeIfAbsent(p.commune(), k -> new HashSet<>()).add(p.village().strip());
            }
        }
        Map<String, Tally> out = new HashMap<>();
        slots.forEach((commune, s) -> out.put(commune, new Tally(s.size(), devices.get(commune).size(),
                villages.getOrDefault(commune, Set.of()).size())));
        return out;
    }

    /**
     * The commune's state on {@code today}: DONE with enough plays (even after the window); LATE once the
     * last day has passed without them; SCHEDULED while an approved relay of its own still has a slot in the
     * window; NOT_YET otherwise.
     */
    public static RelayState state(Tally tally, int required, boolean scheduled, LocalDate today, LocalDate lastDay) {
        if (tally.plays() >= required) {
            return RelayState.DONE;
        }
        if (today.isAfter(lastDay)) {
            return RelayState.LATE;
        }
        return scheduled ? RelayState.SCHEDULED : RelayState.NOT_YET;
    }
}
