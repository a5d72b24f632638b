package vn.nguon.org.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundariesTest {

    static float[] square(float lon, float lat, float side) {
        return new float[]{lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side};
    }

    // A: a 1° square with a hole where B lies; C: two separate parts
    static final Boundaries UNITS = new Boundaries("test", List.of(
            Boundaries.Shape.of("A", List.of(square(100, 10, 1), square(100.4f, 10.4f, 0.2f))),
            Boundaries.Shape.of("B", List.of(square(100.4f, 10.4f, 0.2f))),
            Boundaries.Shape.of("C", List.of(square(102, 10, 0.5f), square(103, 10, 0.5f)))));

    @Test
    void aPointFallsInTheShapeThatHoldsIt() {
        assertEquals(Optional.of("A"), UNITS.at(10.1, 100.1));
        assertEquals(Optional.of("A"), UNITS.at(10.9, 100.9));
    }

    @Test
    void aRingInsideARingIsAHoleWhereAnotherUnitLies() {
        assertEquals(Optional.of("B"), UNITS.at(10.5, 100.5));
    }

    @Test
    void aUnitInTwoPartsHoldsBoth() {
        assertEquals(Optional.of("C"), UNITS.at(10.25, 102.25));
        assertEquals(Optional.of("C"), UNITS.at(10.25, 103.25));
        assertEquals(Optional.empty(), UNITS.at(10.25, 102.75), "between the two parts");
    }

    @Test
    void outsideEveryShapeOrNotANumberIsNowhere() {
        assertEquals(Optional.empty(), UNITS.at(20, 100.5));
        assertEquals(Optional.empty(), UNITS.at(Double.NaN, 100.5));
        assertEquals(Optional.empty(), UNITS.at(10.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void latitudeAndLongitudeAreNotSwapped() {
        // (lat 100.5, lon 10.5) would be inside A if the two were read the other way round
        assertEquals(Optional.empty(), UNITS.at(100.5, 10.5));
    }

    @Test
    void malformedShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Boundaries.Shape.of("X", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Boundaries.Shape.of("X", List.<float[]>of(new float[]{1, 2, 3, 4})));
        assertThrows(IllegalArgumentException.class, () -> Boundaries.Shape.of("X", List.<float[]>of(new float[]{1, 2, 3, 4, 5, 6, 7})));
        assertThrows(IllegalArgumentException.class, () -> new Boundaries("t", List.of(
                Boundaries.Shape.of("A", List.of(square(0, 0, 1))), Boundaries.Shape.of("A", List.of(square(0, 0, 1))))));
    }

    @Test
    void missingNamesTheCodesWithoutAShape() {
        assertEquals(List.of("D"), UNITS.missing(List.of("A", "D", "C")));
    }
}
