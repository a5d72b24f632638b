package vn.nguon.devices.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceCsvTest {

    static final String HEADER = "type,name,village,latitude,longitude,transport\n";

    @Test
    void aValidFileGivesItsRowsWithLines() {
        DeviceCsv.Result r = DeviceCsv.parse(HEADER
                + "cum_loa,Cụm loa bản Nậm Cuổi,Bản Nậm Cuổi,22.3815,103.4567,4g\n"
                + "\n"
                + "bang_tin,\"Bảng tin UBND xã, cổng chính\",,,,co_dinh\n");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.rows().size());
        assertEquals(2, r.rows().get(0).line());
        assertEquals(4, r.rows().get(1).line(), "blank lines keep the numbering");
        assertEquals(DeviceType.LOUDSPEAKER_CLUSTER, r.rows().get(0).data().type());
        assertEquals(new BigDecimal("22.3815"), r.rows().get(0).data().latitude());
        assertEquals("Bảng tin UBND xã, cổng chính", r.rows().get(1).data().name(), "a quoted comma stays in the cell");
        assertEquals(Transport.FIXED, r.rows().get(1).data().transport());
    }

    @Test
    void everyProblemIsReportedWithItsLineAndField() {
        DeviceCsv.Result r = DeviceCsv.parse(HEADER
                + "loa_keo,Cụm 1,Bản A,22.1,103.2,4g\n"         // 2: unknown type
                + "cum_loa,,Bản B,22.1,103.2,4g\n"              // 3: name missing
                + "cum_loa,Cụm 3,Bản C,51.5,-0.12,4g\n"         // 4: London is not in Vietnam
                + "cum_loa,Cụm 4,Bản D,22,abc,wifi\n"           // 5: longitude not a number, unknown transport
                + "cum_loa,Cụm 5,Bản E,22.1,103.2\n"            // 6: a column short
                + "cum_loa,Cụm 6,Bản F,22.1,103.2,3g\n"         // 7: fine
                + "dai_fm,cụm 6,Bản G,22.1,103.2,fm\n");        // 8: same name as line 7 (case-insensitive)
        assertFalse(r.ok());
        List<String> found = r.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.code()).toList();
        assertEquals(List.of("2:type:unknownType", "3:name:required", "4:latitude:outOfVietnam", "4:longitude:outOfVietnam",
                "5:transport:unknownTransport", "5:longitude:notNumber", "6::columns", "8:name:duplicate"), found);
        assertEquals(1, r.rows().size(), "only line 7 parsed");
        assertEquals(7, r.rows().get(0).line());
    }

    @Test
    void aMissingColumnIsAHeaderProblem() {
        DeviceCsv.Result r = DeviceCsv.parse("type;name;village;latitude;transport\ncum_loa;A;B;22;4g\n");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("longitude", r.problems().get(0).field());
        assertEquals(DeviceProblem.HEADER, r.problems().get(0).code());
        assertTrue(DeviceCsv.parse("").problems().get(0).code().equals(DeviceProblem.HEADER));
    }

    @Test
    void credentialsRotateAndRevoke() {
        Device d = new Device("D-03390-0001", "03390", new DeviceData(null, DeviceType.EBOARD, "Bảng tin", null, null, null,
                Transport.CELLULAR), "binhlu.vanhanh", Instant.now());
        assertEquals(Device.CredentialState.NONE, d.credentialState());
        assertFalse(d.accepts("anything"));
        String first = d.issueCredentials(Instant.now());
        assertTrue(d.accepts(first));
        String second = d.issueCredentials(Instant.now());
        assertNotEquals(first, second);
        assertFalse(d.accepts(first), "a rotated secret stops working");
        assertTrue(d.accepts(second));
        d.revokeCredentials(Instant.now());
        assertFalse(d.accepts(second));
        assertEquals(Device.CredentialState.REVOKED, d.credentialState());
        assertThrows(IllegalStateException.class, () -> d.revokeCredentials(Instant.now()));
        assertEquals("D-03390-0007", Device.idFor("03390", 7));
    }
}
