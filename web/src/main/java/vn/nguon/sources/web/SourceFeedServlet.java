package vn.nguon.sources.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nguon.sources.application.SourceLibrary;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The Atom feed of the source information a unit is shown ({@code /public/sources/feed?unit=03390}), for a
 * commune's website or the provincial portal: the published items in effect — the unit's own and what the
 * units above it published for it — newest first. No sign-in; nothing unpublished, withdrawn or another
 * unit's; 404 for a code that names no unit. Written with StAX, so every text is escaped.
 */
@WebServlet("/public/sources/feed")
public class SourceFeedServlet extends HttpServlet {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    SourceLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String unit = request.getParameter("unit");
        Optional<String> name = library.unitName(unit);
        if (name.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no unit " + unit);
            return;
        }
        List<SourceLibrary.FeedEntry> entries = library.feed(unit);
        String self = request.getRequestURL() + "?unit=" + unit.strip();
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "urn:nguon:sources:" + unit.strip());
            text(x, "title", "Thông tin nguồn — " + name.get());
            text(x, "updated", time(entries.isEmpty() ? Instant.now() : entries.get(0).publishedAt()));
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "self");
            x.writeAttribute("href", self);
            for (SourceLibrary.FeedEntry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", "urn:nguon:source:" + e.id());
                text(x, "title", e.title());
                text(x, "updated", time(e.publishedAt()));
                text(x, "published", time(e.publishedAt()));
                x.writeStartElement("author");
                text(x, "name", e.ownerName());
                x.writeEndElement();
                x.writeEmptyElement("category");
                x.writeAttribute("term", e.field());
                text(x, "summary", e.summary());
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters(xml(e.body()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void text(XMLStreamWriter x, String element, String text) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(xml(text));
        x.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    static String xml(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t == null ? Instant.now() : t);
    }
}
