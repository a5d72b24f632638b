package vn.nguon.reports.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** poppler-utils (pdftotext, pdffonts, pdfsig, pdfinfo) as independent checkers of our PDFs. */
public final class Poppler {

    private Poppler() {
    }

    /** Output of {@code tool args… file}; the exit code is appended as a last line "exit=N". */
    public static String run(String tool, byte[] pdf, String... args) {
        try {
            Path file = Files.createTempFile("nguon-", ".pdf");
            Files.write(file, pdf);
            List<String> cmd = new ArrayList<>(List.of(tool));
            cmd.addAll(List.of(args));
            cmd.add(file.toString());
            if (tool.equals("pdftotext")) {
                cmd.add("-");
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(tool + " hung");
            }
            Files.delete(file);
            return out + "\nexit=" + p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(tool + " is not installed (apt-get install poppler-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
