package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.AlertInfo;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.broadcast.domain.LanguageVersion;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.org.domain.OrgUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An emergency alert as an OASIS CAP 1.2 message: one {@code info} per language version, the
 * alert's targets as its area. The first revision is an Alert, later ones an Update referencing the
 * first, a cancelled alert a Cancel.
 */
public final class CapDocument {

    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapDocument() {
    }

    public static String of(Bulletin b, OrgUnit owner, List<String> areas) {
        AlertInfo a = b.alert();
        String sender = "ubnd-" + owner.code().toLowerCase() + "@nguon.gov.vn";
        Instant sent = b.decidedAt() != null ? b.decidedAt() : b.updatedAt() != null ? b.updatedAt() : b.createdAt();
        if (b.status() == BulletinStatus.CANCELLED && b.updatedAt() != null) {
            sent = b.updatedAt();
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("alert");
            w.writeDefaultNamespace(NS);
            text(w, "identifier", identifier(b, b.revision()));
            text(w, "sender", sender);
            text(w, "sent", time(sent));
            text(w, "status", "Actual");
            String msgType = b.status() == BulletinStatus.CANCELLED ? "Cancel" : b.revision() > 1 ? "Update" : "Alert";
            text(w, "msgType", msgType);
            text(w, "source", owner.fullName());
            text(w, "scope", "Public");
            if (!msgType.equals("Alert")) {
                int ref = msgType.equals("Cancel") ? b.revision() : 1;
                text(w, "references", sender + "," + identifier(b, ref) + "," + time(b.createdAt()));
            }
            for (LanguageVersion v : b.versions()) {
                w.writeStartElement("info");
                text(w, "language", v.language().equals("vi") ? "vi-VN" : v.language());
                text(w, "category", category(b));
                text(w, "event", a.event());
                text(w, "urgency", a.urgency());
                text(w, "severity", a.severity());
                text(w, "certainty", a.certainty());
                text(w, "effective", time(b.schedule().startsAt()));
                text(w, "expires", time(b.schedule().expiresAt()));
                text(w, "senderName", owner.fullName());
                text(w, "headline", b.title());
                text(w, "description", v.text());
                if (a.instruction() != null) {
                    text(w, "instruction", a.instruction());
                }
                w.writeStartElement("area");
                String desc = a.area() != null ? a.area() : String.join("; ", areas);
                text(w, "areaDesc", desc.isBlank() ? owner.fullName() : desc);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write CAP for bulletin " + b.id(), e);
        }
        return out.toString();
    }

    static String identifier(Bulletin b, int revision) {
        return "vn.nguon.alert." + b.id() + ".r" + revision;
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).atZone(Schedule.ZONE).format(TIME);
    }

    private static String category(Bulletin b) {
        return switch (b.category()) {
            case DISASTER -> "Met";
            case HEALTH -> "Health";
            case SECURITY -> "Security";
            case AGRICULTURE, NEWS, POLICY, EDUCATION, OTHER -> "Other";
        };
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
