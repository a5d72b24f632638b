package vn.nguon.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.broadcast.application.PublicBroadcasts;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Emergency alerts for public alerting hubs, as they consume them: an Atom feed per unit
 * ({@code /public/portal/alerts.atom?unit=12}: the alerts for it in effect or ended in the last 30 days, newest
 * first), each entry linking to its CAP 1.2 document ({@code /public/portal/cap?id=}). Only approved alerts.
 */
@WebServlet({"/public/portal/alerts.atom", "/public/portal/cap"})
public class CapFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    PublicBroadcasts broadcasts;

    @Inject
    OrgUnitQueries units;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/cap")) {
            cap(request, response);
            return;
        }
        String code = request.getParameter("unit");
        Optional<UnitView> unit = code == null || code.length() > 16 ? Optional.empty() : units.unit(code.strip());
        if (unit.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no unit " + code);
            return;
        }
        List<PublicBroadcasts.PublicBulletin> alerts = broadcasts.recentAlerts(unit.get().code());
        String base = request.getRequestURL().toString().replaceAll("/alerts\\.atom$", "");
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "urn:nguon:alerts:" + unit.get().code());
            text(x, "title", "Cảnh báo khẩn cấp — " + unit.get().fullName());
            text(x, "updated", time(alerts.isEmpty() ? Instant.EPOCH : alerts.get(0).startsAt()));
            link(x, "self", base + "/alerts.atom?unit=" + unit.get().code(), null);
            for (PublicBroadcasts.PublicBulletin a : alerts) {
                x.writeStartElement("entry");
                text(x, "id", "urn:nguon:alert:" + a.id());
                text(x, "title", a.title());
                text(x, "updated", time(a.startsAt()));
                x.writeStartElement("author");
                text(x, "name", a.ownerName());
                x.writeEndElement();
                text(x, "summary", a.versions().isEmpty() ? "" : a.versions().get(0).text());
                link(x, "alternate", base + "/cap?id=" + a.id(), "application/cap+xml");
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void cap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> doc;
        try {
            doc = broadcasts.cap(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            doc = Optional.empty();
        }
        if (doc.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/cap+xml;charset=UTF-8");
        response.getOutputStream().write(doc.get().getBytes(StandardCharsets.UTF_8));
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        if (type != null) {
            x.writeAttribute("type", type);
        }
    }

    private static void text(XMLStreamWriter x, String element, String text) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        x.writeEndElement();
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}
