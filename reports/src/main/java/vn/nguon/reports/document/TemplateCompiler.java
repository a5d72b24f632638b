package vn.nguon.reports.document;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Build step (see the module's POM): compiles every {@code .jrxml} of a directory to a
 * {@code .jasper} next to the classes, so that report expressions are compiled once, by the
 * build, and a broken template fails the build with the template's name.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path jrxml : files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList()) {
                String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
                try {
                    JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
                } catch (JRException e) {
                    throw new IllegalStateException(jrxml + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
