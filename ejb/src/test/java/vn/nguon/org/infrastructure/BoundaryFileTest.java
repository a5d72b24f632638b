package vn.nguon.org.infrastructure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nguon.org.domain.AdministrativeUnitList;
import vn.nguon.org.domain.Boundaries;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The boundary files as shipped: complete for the official list, and right where one can check. */
class BoundaryFileTest {

    static Boundaries communes;
    static Boundaries provinces;

    @BeforeAll
    static void load() {
        communes = BoundaryFile.load(BoundaryFile.COMMUNES);
        provinces = BoundaryFile.load(BoundaryFile.PROVINCES);
    }

    static List<String> codes(String file) throws Exception {
        try (InputStream in = BoundaryFileTest.class.getResourceAsStream("/vn/nguon/org/data/" + file)) {
            return (file.startsWith("communes") ? AdministrativeUnitList.parseCommunes(file, in, java.util.Set.of(
                    "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42",
                    "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96"))
                    : AdministrativeUnitList.parseProvinces(file, in)).stream().map(AdministrativeUnitList.Row::code).toList();
        }
    }

    @Test
    void everyOfficialUnitHasAShapeAndNoShapeIsUnofficial() throws Exception {
        List<String> official = codes("communes.csv");
        assertEquals(3321, official.size());
        assertEquals(List.of(), communes.missing(official));
        assertEquals(3321, communes.all().size());
        List<String> official34 = codes("provinces.csv");
        assertEquals(List.of(), provinces.missing(official34));
        assertEquals(34, provinces.all().size());
    }

    @Test
    void placesOneCanCheckFallInTheirCommune() {
        Map<String, double[]> places = Map.of(
                "00070", new double[]{21.0288, 105.8523},  // Hồ Hoàn Kiếm → Phường Hoàn Kiếm
                "00004", new double[]{21.0368, 105.8347},  // Lăng Chủ tịch Hồ Chí Minh → Phường Ba Đình
                "26743", new double[]{10.7725, 106.6980},  // Chợ Bến Thành → Phường Bến Thành
                "03390", new double[]{22.3361, 103.6045},  // the old Tam Đường town → Xã Bình Lư, Lai Châu
                "03006", new double[]{22.3364, 103.8438}); // Sa Pa town → Phường Sa Pa, Lào Cai
        places.forEach((code, p) -> assertEquals(Optional.of(code), communes.at(p[0], p[1]), code));
        assertEquals(Optional.of("12"), provinces.at(22.3361, 103.6045), "Lai Châu");
        assertEquals(Optional.of("01"), provinces.at(21.0288, 105.8523), "Hà Nội");
    }

    @Test
    void theSeaAndAbroadAreNoCommune() {
        assertEquals(Optional.empty(), communes.at(15.0, 112.0), "Biển Đông");
        assertEquals(Optional.empty(), communes.at(17.97, 102.60), "Vientiane");
        assertEquals(Optional.empty(), communes.at(0, 0));
    }

    @Test
    void aMalformedFileIsRefusedWithItsNameAndWhatIsWrong() {
        assertTrue(refusal("{\"units\":{\"01\":[[1,2,3]]}}").contains("x.json"));
        assertTrue(refusal("{\"units\":{\"01\":[[1,2,3,4,5,6,7]]}}").contains("01"));
        assertTrue(refusal("{\"units\":{\"01\":[[1,\"a\",3,4,5,6]]}}").contains("numbers only"));
        assertTrue(refusal("{\"units\":{\"01\":[[1,95,3,4,5,6]]}}").contains("longitude, latitude"));
        assertTrue(refusal("{\"shapes\":{}}").contains("unknown field shapes"));
        assertTrue(refusal("{\"units\":{}}").contains("no unit"));
        assertTrue(refusal("[").contains("x.json"));
    }

    static String refusal(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return assertThrows(IllegalStateException.class, () -> BoundaryFile.read("x.json", in)).getMessage();
    }
}
