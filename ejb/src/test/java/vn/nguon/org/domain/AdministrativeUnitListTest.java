package vn.nguon.org.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nguon.org.domain.AdministrativeUnitList.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdministrativeUnitListTest {

    private static InputStream resource(String file) {
        return AdministrativeUnitListTest.class.getClassLoader().getResourceAsStream("vn/nguon/org/data/" + file);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedListHasTheOfficialCounts() throws IOException {
        List<Row> provinces = AdministrativeUnitList.parseProvinces("provinces.csv", resource("provinces.csv"));
        Set<String> codes = provinces.stream().map(Row::code).collect(Collectors.toSet());
        List<Row> communes = AdministrativeUnitList.parseCommunes("communes.csv", resource("communes.csv"), codes);

        assertEquals(34, provinces.size());
        assertEquals(3321, communes.size());
        Map<String, Long> byType = communes.stream().collect(Collectors.groupingBy(Row::type, Collectors.counting()));
        assertEquals(2599, byType.get("Xã"));
        assertEquals(709, byType.get("Phường"));
        assertEquals(13, byType.get("Đặc khu"));

        Map<String, Row> byCode = communes.stream().collect(Collectors.toMap(Row::code, Function.identity()));
        assertEquals(new Row("03390", "Bình Lư", "Xã", UnitLevel.COMMUNE, "12"), byCode.get("03390"));
        assertEquals(new Row("21343", "Sơn Tây Hạ", "Xã", UnitLevel.COMMUNE, "51"), byCode.get("21343"));
        assertTrue(provinces.stream().allMatch(p -> p.parentCode().equals(AdministrativeUnitList.MINISTRY_CODE)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "code,name,type\\n1,Hà Nội,Tỉnh                 | line 2: province code must be 2 digits",
            "code,name,type\\n01,Hà Nội,Huyện               | line 2: unknown province type: Huyện",
            "code,name,type\\n01,Hà Nội,Tỉnh\\n01,X,Tỉnh     | line 3: duplicate code: 01",
            "code,name,type\\n01,,Tỉnh                      | line 2: field 2 is empty",
            "code,name\\n01,Hà Nội                          | line 1: expected header",
            "code,name,type\\n01,Hà Nội                     | line 2: expected 3 fields but found 2",
    })
    void aDamagedProvinceFileNamesFileLineAndProblem(String content, String expected) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AdministrativeUnitList.parseProvinces("provinces.csv", text(content.replace("\\n", "\n"))));
        assertTrue(e.getMessage().startsWith("provinces.csv, "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
    }

    @Test
    void aCommuneOfAnUnknownProvinceIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> AdministrativeUnitList.parseCommunes(
                "communes.csv", text("code,name,type,province_code\n03390,Bình Lư,Xã,99\n"), Set.of("12")));
        assertEquals("communes.csv, line 2: unknown province_code: 99", e.getMessage());
    }

    @Test
    void namesAreNormalisedToNfc() throws IOException {
        String decomposed = "Bi\u0300nh Lu\u031b"; // "Bình Lư" typed with combining marks
        List<Row> rows = AdministrativeUnitList.parseCommunes("communes.csv",
                text("code,name,type,province_code\n03390," + decomposed + ",Xã,12\n"), Set.of("12"));
        assertEquals("Bình Lư", rows.get(0).name());
    }
}
