package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.nguon.it.Deployments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page a demo user reaches from the menu, in Vietnamese and then in English: it answers 200,
 * is styled, has no JavaScript error, shows no unresolved message key or placeholder ({@code ???},
 * {@code {0}}, a stray brace), no enum constant or role code a person should not read, and no
 * serious or critical accessibility problem by axe-core (installed from npm by the build,
 * {@code ear/src/test/npm}, injected here: nothing is downloaded while the test runs). The test
 * follows the menu, so a new page is covered without editing it.
 */
@ExtendWith(ArquillianExtension.class)
class EveryPageUiIT {

    /** What a person must never read: the services' enum constants and the realm's role codes. */
    private static final Pattern RAW = Pattern.compile("\\b(DRAFT|SIGNED|SUBMITTED|ACCEPTED|RETURNED|MISSING|PENDING|APPROVED"
            + "|REJECTED|CANCELLED|NORMAL|PRIORITY|EMERGENCY|QUEUED|RECEIVED|PLAYING|DONE|FAILED|EXPIRED|FM_FALLBACK|FM_ONLY"
            + "|ACTIVE|REVOKED|NONE|ONCE|DAILY|WEEKLY|COMMUNE|PROVINCE|MINISTRY|YES_NO|COUNT_YES)\\b"
            + "|\\b(commune|province|ministry)-(officer|leader)\\b|\\bdevice-operator\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?\\?\\?|\\{\\d+}|[{}]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String axe() throws IOException {
        Path script = Path.of(Objects.requireNonNull(System.getProperty("nguon.axe"), "nguon.axe"));
        return Files.readString(script);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"binhlu.canbo", "binhlu.lanhdao", "binhlu.vanhanh", "laichau.canbo", "laichau.lanhdao",
            "bo.canbo", "bo.lanhdao", "quantri"})
    void everyPageOfTheMenuReadsWellInBothLanguages(String user) throws IOException {
        String axe = axe();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.signedIn(user)) {
            WebDriver driver = browser.driver();
            Set<String> pages = menuPages(driver);
            for (String language : List.of("vi", "en")) {
                if (language.equals("en")) {
                    HomePage.open(driver).switchToEnglish();
                }
                for (String page : pages) {
                    driver.get(page);
                    check(browser, page + " [" + language + "]", axe, problems);
                }
            }
        }
        assertEquals(List.of(), problems, user + ": " + String.join("\n", problems));
    }

    /** The citizens' pages (no sign-in): the portal's start, sending feedback, following it by its code. */
    @Test
    void thePublicPagesReadWellInBothLanguages() throws Exception {
        String axe = axe();
        String code = vn.nguon.sim.Api.as("binhlu.canbo").post("feedback", jakarta.json.Json.createObjectBuilder().add("channel", "PHONE")
                .add("category", "khac").add("title", "Phản ánh cho kiểm tra trang công khai").add("text", "Nội dung").build())
                .json().getString("code");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            List<String> pages = List.of(Browser.APP_URL + "public/index.xhtml", Browser.APP_URL + "public/portal/index.xhtml",
                    Browser.APP_URL + "public/portal/unit.xhtml?unit=12", Browser.APP_URL + "public/portal/unit.xhtml?unit=03390",
                    Browser.APP_URL + "public/feedback/new.xhtml",
                    Browser.APP_URL + "public/feedback/track.xhtml?ref=" + code, Browser.APP_URL + "public/feedback/track.xhtml");
            for (String language : List.of("vi", "en")) {
                if (language.equals("en")) {
                    driver.get(pages.get(0));
                    WebElement link = driver.findElement(By.id("lang:en"));
                    link.click();
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                            .until(Browser.replaced(link));
                }
                for (String page : pages) {
                    driver.get(page);
                    check(browser, page + " [" + language + "]", axe, problems);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @org.junit.jupiter.api.Test
    void messagesFollowTheUsersLanguageNotTheBrowsers() {
        // a browser set to English, a user who has not switched: the refusal is in Vietnamese, like the page
        try (Browser browser = Browser.signedIn("binhlu.canbo", "en")) {
            WebDriver driver = browser.driver();
            driver.get(Browser.APP_URL + "reporting/board.xhtml?period=999999");
            String body = driver.findElement(By.tagName("body")).getText();
            org.junit.jupiter.api.Assertions.assertTrue(body.contains("Không tìm thấy trang"), body);
            assertFalse(body.contains("Page not found"), body);
            // a report that does not exist is the not-found page, said once
            driver.get(Browser.APP_URL + "reporting/report.xhtml?id=999999");
            String refused = driver.findElement(By.tagName("body")).getText();
            assertEquals(1, refused.split("Không tìm thấy trang", -1).length - 1, refused);
            // the bulletin page's parts are not pages of their own
            driver.get(Browser.APP_URL + "broadcasts/form.xhtml");
            org.junit.jupiter.api.Assertions.assertTrue(driver.findElement(By.tagName("body")).getText()
                    .contains("Không tìm thấy trang"), driver.getPageSource());
        }
    }

    @Test
    void anotherUnitsObjectOpenedByIdIsARefusalNeverAForm() {
        // Quảng Ngãi's bulletin and Sơn Tây Hạ's report, opened by their ids by an officer of Bình Lư
        java.time.Instant now = java.time.Instant.now();
        vn.nguon.sim.Api.Reply bulletin = vn.nguon.sim.Api.as("quangngai.canbo").post("bulletins", jakarta.json.Json.createObjectBuilder()
                .add("kind", "BULLETIN").add("category", "NEWS").add("priority", "NORMAL")
                .add("targets", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("kind", "UNIT").add("code", "51")))
                .add("title", "Bản tin của tỉnh khác").add("versions", jakarta.json.Json.createArrayBuilder()
                        .add(jakarta.json.Json.createObjectBuilder().add("language", "vi").add("text", "Nội dung riêng của Quảng Ngãi.")))
                .add("startsAt", now.plusSeconds(86_400).toString()).add("expiresAt", now.plusSeconds(90_000).toString()).build());
        assertEquals(201, bulletin.status(), bulletin.toString());
        long period = vn.nguon.it.Periods.open("TTCS-2021-2025@1");
        String report = vn.nguon.sim.Api.as("sontayha.canbo").get("periods/" + period + "/own").json().get("id").toString();
        try (Browser browser = Browser.signedIn("binhlu.canbo", "vi")) {
            WebDriver driver = browser.driver();
            for (String page : List.of("broadcasts/bulletin.xhtml?id=" + bulletin.json().get("id"),
                    "broadcasts/alert.xhtml?id=" + bulletin.json().get("id"), "reporting/report.xhtml?id=" + report,
                    "reporting/board.xhtml?period=" + period + "&unit=51")) {
                driver.get(Browser.APP_URL + page);
                String text = driver.findElement(By.tagName("body")).getText();
                org.junit.jupiter.api.Assertions.assertTrue(text.contains("Không có quyền truy cập"), page + ": " + text);
                assertFalse(text.contains("Bản tin của tỉnh khác") || text.contains("Nội dung riêng"), page + ": " + text);
                assertTrue(driver.findElements(By.cssSelector("form input[type=text], form textarea")).isEmpty(),
                        page + ": no form to fill in");
            }
        }
    }

    /** The home page and every enabled entry of the menu. */
    private static Set<String> menuPages(WebDriver driver) {
        Set<String> pages = new LinkedHashSet<>();
        pages.add(driver.getCurrentUrl());
        for (WebElement a : driver.findElements(By.cssSelector("#menu a.ui-menuitem-link"))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(Browser.APP_URL) && !a.getAttribute("class").contains("ui-state-disabled")) {
                pages.add(href);
            }
        }
        assertFalse(pages.size() < 2, "the menu links to pages: " + pages);
        return pages;
    }

    private static void check(Browser browser, String page, String axe, List<String> problems) {
        WebDriver driver = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object answer = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'})"
                        + ".then(r => done([r.status, r.headers.get('content-security-policy') || '', r.headers.get('x-content-type-options') || '']))"
                        + ".catch(e => done([String(e), '', '']));");
        List<?> got = (List<?>) answer;
        if (!Objects.equals(got.get(0), 200L)) {
            problems.add(page + ": HTTP " + got.get(0));
        }
        // the page works under its Content-Security-Policy: a blocked script or handler is a console error below
        String policy = String.valueOf(got.get(1));
        if (!policy.contains("script-src 'self' 'nonce-") || !policy.contains("frame-ancestors 'none'")
                || policy.contains("unsafe-eval") || !"nosniff".equals(got.get(2))) {
            problems.add(page + ": no strict Content-Security-Policy / nosniff: '" + policy + "' " + got.get(2));
        }
        Boolean styled = (Boolean) js.executeScript(
                "return Array.from(document.styleSheets).some(s => (s.href || '').indexOf('nguon.css') >= 0)"
                        + " && document.body.classList.contains('nguon');");
        if (!Boolean.TRUE.equals(styled)) {
            problems.add(page + ": not styled (no nguon.css or no page template)");
        }
        String text = driver.findElement(By.tagName("body")).getText();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            problems.add(page + ": unresolved text near '" + around(text, placeholder.start()) + "'");
        }
        Matcher raw = RAW.matcher(text);
        if (raw.find()) {
            problems.add(page + ": code shown raw: '" + raw.group() + "' in '" + around(text, raw.start()) + "'");
        }
        browser.consoleErrors().forEach(e -> problems.add(page + ": console: " + e));
        js.executeScript(axe);
        Object found = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        if (found instanceof List<?> violations) {
            violations.forEach(v -> problems.add(page + ": axe: " + v));
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }
}
