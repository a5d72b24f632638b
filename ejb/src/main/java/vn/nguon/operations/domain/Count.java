package vn.nguon.operations.domain;

/** One value of a gauge: up to two labels' values (what they mean is the gauge's) and the number. */
public record Count(String first, String second, double value) {
}
