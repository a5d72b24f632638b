package vn.nguon.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The message bundles in both languages say the same things: the same keys in Vietnamese (the
 * default bundle and {@code _vi}) and English, every pattern with arguments readable by
 * {@link MessageFormat} with its quotes doubled (a lone ' would swallow the rest of the message),
 * and no text left empty.
 */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/vn/nguon/web/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties base = load("messages.properties");
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertEquals(base, vi, "the default bundle is the Vietnamese one");
        TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertEquals(new TreeSet<>(), onlyVi, "keys without an English text");
        assertEquals(new TreeSet<>(), onlyEn, "keys without a Vietnamese text");
    }

    @Test
    void everyPatternFormatsAndKeepsItsQuotes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                if (value.isBlank()) {
                    problems.add(file + " " + key + ": empty");
                }
                if (!ARGUMENT.matcher(value).find()) {
                    continue; // shown as it is, never through MessageFormat
                }
                if (value.replace("''", "").contains("'")) {
                    problems.add(file + " " + key + ": a lone ' in a pattern with arguments (write '')");
                }
                try {
                    String out = new MessageFormat(value).format(new Object[]{"A", "B", "C", "D"});
                    if (out.contains("{") || out.contains("}")) {
                        problems.add(file + " " + key + ": a placeholder is left: " + out);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
