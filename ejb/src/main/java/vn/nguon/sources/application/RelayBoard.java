package vn.nguon.sources.application;

import vn.nguon.sources.domain.RelayState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The tracking board of a mandatory relay, as the caller may see it (the communes of its subtree that the
 * item is for): per commune its relay, plays counted from the devices' acknowledgements and its state; per
 * province the same summed (for the ministry); the item's statistics.
 *
 * @param communesRelayed communes with a relay bulletin of the item (any state but cancelled)
 * @param plays           broadcasts acknowledged in the window, all communes together
 */
public record RelayBoard(long itemId, String title, String ownerName, int minPlays, LocalDate from, LocalDate to,
                         Map<RelayState, Integer> totals, List<Row> rows, List<ProvinceRow> provinces,
                         int communesRelayed, int plays, int devices, int villages) implements java.io.Serializable {

    /** One commune: its relay bulletin (if any), its plays and its state. */
    public record Row(String commune, String communeName, String province, String provinceName, Long bulletinId,
                      String bulletinStatus, Instant nextSlotAt, int plays, int devices, int villages, RelayState state)
                              implements java.io.Serializable {
    }

    /** One province's communes summed. */
    public record ProvinceRow(String province, String provinceName, int communes, int done, int scheduled, int notYet, int late)
            implements java.io.Serializable {
    }
}
