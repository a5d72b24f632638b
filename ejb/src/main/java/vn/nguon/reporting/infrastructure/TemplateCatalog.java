package vn.nguon.reporting.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import vn.nguon.reporting.domain.ReportTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report templates shipped in {@code vn/nguon/reporting/templates} (listed in its
 * {@code index.txt}), parsed and checked at start: a malformed template stops the deployment
 * with a message naming the file, the field and the problem.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TemplateCatalog {

    static final String DIR = "vn/nguon/reporting/templates/";

    private volatile Map<String, ReportTemplate> templates = Map.of();

    @PostConstruct
    void load() {
        Map<String, ReportTemplate> loaded = new LinkedHashMap<>();
        for (String file : index()) {
            try (InputStream in = resource(file)) {
                ReportTemplate t = TemplateParser.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
                if (loaded.putIfAbsent(t.id(), t) != null) {
                    throw new TemplateParser.TemplateException(file + ": code: template " + t.id() + " is defined twice");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        templates = Map.copyOf(loaded);
    }

    private static List<String> index() {
        try (InputStream in = resource("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new TemplateParser.TemplateException(file + ": (file): not found in " + DIR);
        }
        return in;
    }

    public Optional<ReportTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public ReportTemplate get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("no template " + id));
    }

    public List<ReportTemplate> all() {
        return List.copyOf(templates.values());
    }
}
