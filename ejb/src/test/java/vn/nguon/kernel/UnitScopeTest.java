package vn.nguon.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one scope rule, for every kind of pair: a unit sees itself and everything below it, never a sibling. */
class UnitScopeTest {

    private record Node(String code, HierarchyNode parentNode) implements HierarchyNode {
    }

    private static final Node MINISTRY = new Node("BO", null);
    private static final Node LAI_CHAU = new Node("12", MINISTRY);
    private static final Node QUANG_NGAI = new Node("51", MINISTRY);
    private static final Node BINH_LU = new Node("03390", LAI_CHAU);
    private static final Node PHONG_THO = new Node("03394", LAI_CHAU);
    private static final Node SON_TAY_HA = new Node("21343", QUANG_NGAI);
    private static final Map<String, Node> UNITS = Map.of("ministry", MINISTRY, "laiChau", LAI_CHAU,
            "quangNgai", QUANG_NGAI, "binhLu", BINH_LU, "phongTho", PHONG_THO, "sonTayHa", SON_TAY_HA);

    @ParameterizedTest(name = "{0} oversees {1}: {2}")
    @CsvSource({
            // the ministry sees everything
            "ministry, ministry, true", "ministry, laiChau, true", "ministry, binhLu, true", "ministry, sonTayHa, true",
            // a province sees itself and its communes
            "laiChau, laiChau, true", "laiChau, binhLu, true", "laiChau, phongTho, true",
            // ... never its parent, a sibling province or a commune of another province
            "laiChau, ministry, false", "laiChau, quangNgai, false", "laiChau, sonTayHa, false",
            // a commune sees only itself
            "binhLu, binhLu, true", "binhLu, laiChau, false", "binhLu, ministry, false",
            // ... not a sibling commune, nor a cousin in another province
            "binhLu, phongTho, false", "binhLu, sonTayHa, false", "sonTayHa, binhLu, false",
    })
    void aUnitSeesItselfAndBelowNeverASibling(String overseer, String unit, boolean expected) {
        assertEquals(expected, UnitScope.oversees(UNITS.get(overseer), UNITS.get(unit)));
        assertEquals(expected, UnitScope.oversees(UNITS.get(overseer).code(), UNITS.get(unit)));
    }
}
