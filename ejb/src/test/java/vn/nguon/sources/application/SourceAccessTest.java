package vn.nguon.sources.application;

import org.junit.jupiter.api.Test;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.application.UnitView;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.sources.domain.SourceData;
import vn.nguon.sources.domain.SourceItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scope rule of the library: own items, and what the units above published for a unit of the caller's chain. */
class SourceAccessTest {

    static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final List<String> BINH_LU = List.of("03390", "12", "BVHTTDL");
    static final List<String> SIBLING = List.of("03394", "12", "BVHTTDL");
    static final List<String> COUSIN = List.of("21343", "51", "BVHTTDL");
    static final List<String> LAI_CHAU = List.of("12", "BVHTTDL");
    static final List<String> QUANG_NGAI = List.of("51", "BVHTTDL");

    static SourceItem published(String owner, List<String> targets) {
        SourceItem i = new SourceItem(owner, new SourceData("t", "s", "b", "khac", List.of(), TODAY, null, targets, List.of()), "u", NOW);
        i.approve("l", NOW);
        i.publish("u", NOW);
        return i;
    }

    static Caller caller(String unit, UnitLevel level, Role role) {
        return new Caller("x", "X", Set.of(role), new UnitView(unit, unit, level, List.of(unit)), null);
    }

    @Test
    void aUnitSeesWhatTheUnitsAboveItPublishedForItAndNeverASiblingsOrACousins() {
        SourceItem province = published("12", List.of());
        assertTrue(SourceAccess.sees(BINH_LU, province));
        assertTrue(SourceAccess.sees(SIBLING, province));
        assertTrue(SourceAccess.sees(LAI_CHAU, province), "its own");
        assertFalse(SourceAccess.sees(COUSIN, province), "another province's commune");
        assertFalse(SourceAccess.sees(QUANG_NGAI, province), "another province");
        assertFalse(SourceAccess.sees(List.of("BVHTTDL"), province), "the ministry sees its own library, not the provinces'");

        SourceItem forBinhLu = published("12", List.of("03390"));
        assertTrue(SourceAccess.sees(BINH_LU, forBinhLu));
        assertFalse(SourceAccess.sees(SIBLING, forBinhLu), "a sibling commune it is not for");

        SourceItem national = published("BVHTTDL", List.of());
        assertTrue(SourceAccess.sees(BINH_LU, national));
        assertTrue(SourceAccess.sees(COUSIN, national));
        SourceItem forLaiChau = published("BVHTTDL", List.of("12"));
        assertTrue(SourceAccess.sees(BINH_LU, forLaiChau), "a province target reaches its communes");
        assertFalse(SourceAccess.sees(COUSIN, forLaiChau));

        SourceItem draft = new SourceItem("12", new SourceData("t", "s", "b", "khac", List.of(), TODAY, null, List.of(), List.of()), "u", NOW);
        assertFalse(SourceAccess.sees(BINH_LU, draft), "not published yet");
        assertTrue(SourceAccess.sees(LAI_CHAU, draft));
        province.withdraw("u", "thay thế", NOW);
        assertFalse(SourceAccess.sees(BINH_LU, province), "withdrawn");
        assertTrue(SourceAccess.sees(LAI_CHAU, province));
    }

    @Test
    void writersLeadersAndRelayers() {
        SourceItem item = published("12", List.of());
        assertEquals(Set.of(SourceAction.WITHDRAW, SourceAction.REQUIRE), SourceAccess.allowed(caller("12", UnitLevel.PROVINCE, Role.PROVINCE_OFFICER), item, TODAY));
        assertEquals(Set.of(SourceAction.RELAY), SourceAccess.allowed(caller("03390", UnitLevel.COMMUNE, Role.COMMUNE_OFFICER), item, TODAY));
        assertEquals(Set.of(), SourceAccess.allowed(caller("03390", UnitLevel.COMMUNE, Role.DEVICE_OPERATOR), item, TODAY));
        assertEquals(Set.of(), SourceAccess.allowed(caller("03390", UnitLevel.COMMUNE, Role.COMMUNE_LEADER), item, TODAY.minusDays(1)),
                "not in effect yet");
        SourceItem draft = new SourceItem("12", new SourceData("t", "s", "b", "khac", List.of(), TODAY, null, List.of(), List.of()), "u", NOW);
        assertEquals(Set.of(SourceAction.EDIT, SourceAction.APPROVE, SourceAction.WITHDRAW, SourceAction.REQUIRE),
                SourceAccess.allowed(caller("12", UnitLevel.PROVINCE, Role.PROVINCE_LEADER), draft, TODAY));
        assertEquals(Set.of(), SourceAccess.allowed(caller("51", UnitLevel.PROVINCE, Role.PROVINCE_LEADER), draft, TODAY));
        assertFalse(SourceAccess.publishes(caller("03390", UnitLevel.COMMUNE, Role.COMMUNE_LEADER)));
    }
}
