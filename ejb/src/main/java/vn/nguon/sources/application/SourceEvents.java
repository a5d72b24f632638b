package vn.nguon.sources.application;

import java.time.LocalDate;

/** What the source library tells other features (CDI events, fired in the step's own transaction). */
public final class SourceEvents {

    private SourceEvents() {
    }

    /** A commune has not relayed a mandatory item enough and nothing of it is scheduled; its window ends {@code lastDay}. */
    public record RelayReminder(String commune, long itemId, String title, int required, int played, LocalDate lastDay) {
    }

    /** The window of a mandatory item ended with {@code late} communes below {@code unit} short of their plays. */
    public record RelaysLate(String unit, long itemId, String title, int late, int communes, LocalDate lastDay) {
    }
}
