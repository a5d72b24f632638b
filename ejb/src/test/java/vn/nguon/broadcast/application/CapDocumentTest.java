package vn.nguon.broadcast.application;

import org.junit.jupiter.api.Test;
import vn.nguon.broadcast.domain.AlertInfo;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.broadcast.domain.BulletinKind;
import vn.nguon.broadcast.domain.Category;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapDocumentTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00.123Z");

    static Validator cap12() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("../docs/specs/cap12.xsd").toFile()).newValidator();
    }

    static Bulletin alert() {
        BulletinData data = new BulletinData(BulletinKind.ALERT, "Cảnh báo lũ quét & sạt lở <khẩn>", Category.DISASTER, Priority.EMERGENCY,
                List.of(new BulletinData.Version("vi", "Mưa lớn gây lũ quét.", null, null),
                        new BulletinData.Version("hmn", "Dej nyab.", null, List.of("03390"))),
                List.of(new Target(Target.Kind.UNIT, "12")), Schedule.once(NOW, NOW.plusSeconds(6 * 3600)), null,
                new AlertInfo("Lũ quét", "Severe", "Immediate", "Likely", null, "Không qua ngầm, tràn."));
        return new Bulletin(7, "12", data, "laichau.canbo", NOW);
    }

    @Test
    void anAlertItsUpdateAndItsCancellationAreValidCap12() throws Exception {
        OrgUnit ministry = new OrgUnit("BVHTTDL", "Văn hóa, Thể thao và Du lịch", "Bộ", UnitLevel.MINISTRY, null);
        OrgUnit province = new OrgUnit("12", "Lai Châu", "Tỉnh", UnitLevel.PROVINCE, ministry);
        Bulletin b = alert();
        String xml = CapDocument.of(b, province, List.of("Tỉnh Lai Châu"));
        cap12().validate(new StreamSource(new StringReader(xml)));
        assertTrue(xml.contains("<msgType>Alert</msgType>") && xml.contains("<language>vi-VN</language>")
                && xml.contains("<areaDesc>Tỉnh Lai Châu</areaDesc>") && xml.contains("&amp; sạt lở &lt;khẩn"), xml);
        assertTrue(xml.contains("<sent>2026-11-23T08:00:00+07:00</sent>"), "seconds, Vietnam offset: " + xml);

        b.submit("x", NOW);
        b.approve("y", NOW);
        b.edit(new BulletinData(BulletinKind.ALERT, "Cảnh báo lũ quét (cập nhật)", Category.DISASTER, Priority.EMERGENCY,
                List.of(new BulletinData.Version("vi", "Lũ lên nhanh.", null, null)), List.of(new Target(Target.Kind.UNIT, "12")),
                Schedule.once(NOW, NOW.plusSeconds(3600)), null, b.alert()), "x", NOW);
        String update = CapDocument.of(b, province, List.of("Tỉnh Lai Châu"));
        cap12().validate(new StreamSource(new StringReader(update)));
        assertTrue(update.contains("<msgType>Update</msgType>") && update.contains("<references>"), update);
        b.cancel("y", "hết nguy cơ", NOW);
        String cancel = CapDocument.of(b, province, List.of());
        cap12().validate(new StreamSource(new StringReader(cancel)));
        assertTrue(cancel.contains("<msgType>Cancel</msgType>"), cancel);
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        String broken = CapDocument.of(alert(), new OrgUnit("12", "Lai Châu", "Tỉnh", UnitLevel.PROVINCE, null), List.of())
                .replace("<urgency>Immediate</urgency>", "<urgency>Soon</urgency>");
        assertThrows(org.xml.sax.SAXException.class, () -> cap12().validate(new StreamSource(new StringReader(broken))));
    }
}
