package vn.nguon.it.ui;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (nothing downloaded): a fresh
 * profile per browser, so every test starts signed out.
 */
public final class Browser implements AutoCloseable {

    public static final String APP_HOST = "http://localhost:8080/";
    public static final String APP_URL = APP_HOST + "nguon/";
    public static final String HEALTH_URL = "http://localhost:9990/health/ready";

    private final WebDriver driver;

    public Browser() {
        this("vi");
    }

    /** A browser whose own language (its Accept-Language) is {@code language}. */
    public Browser(String language) {
        try {
            File profile = Files.createTempDirectory("nguon-chromium").toFile();
            ChromeOptions options = new ChromeOptions()
                    .setBinary(which("chromium"))
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=" + language,
                            "--user-data-dir=" + profile.getAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.SEVERE);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(which("chromedriver")))
                    .usingAnyFreePort()
                    // a browser seven hours from Vietnam: pages must show Vietnam time whatever the browser's zone
                    .withEnvironment(java.util.Map.of("TZ", "UTC"))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String which(String program) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        throw new IllegalStateException(program + " is not installed (apt-get install chromium chromium-driver)");
    }

    public WebDriver driver() {
        return driver;
    }

    /** A fresh browser (no SSO session) signed in through Keycloak as a demo user, on the home page. */
    public static Browser signedIn(String user) {
        return signedIn(user, "vi");
    }

    /** The same, in a browser whose own language is {@code language}. */
    public static Browser signedIn(String user, String language) {
        Browser browser = new Browser(language);
        HomePage.open(browser.driver);
        KeycloakLoginPage.expect(browser.driver).signIn(user, "demo");
        HomePage.expect(browser.driver);
        return browser;
    }

    /** The link of an element: its own href, or its anchor's (a PrimeFaces link button wraps its anchor). */
    public static String href(org.openqa.selenium.WebDriver driver, String id) {
        org.openqa.selenium.WebElement e = driver.findElement(org.openqa.selenium.By.id(id));
        String href = e.getAttribute("href");
        return href != null ? href : e.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href");
    }

    /**
     * Fetches a link as the page's own script would, with the browser's session (what a click on it gets): its status and
     * the first {@code n} characters of its body, as "200 %PDF-".
     */
    public static String fetch(org.openqa.selenium.WebDriver driver, String url, int n) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {
                  var s = ''; new Uint8Array(b).slice(0, arguments[1]).forEach(x => s += String.fromCharCode(x)); done(r.status + ' ' + s); }))
                  .catch(e => done('failed ' + e));""", url, n);
    }

    /**
     * Waits up to 30 s for a condition; an element read while an ajax update replaces it is read again at the next poll.
     */
    public static WebDriverWait await(WebDriver driver) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    /**
     * True once an ajax update has replaced {@code element}. Selenium's {@code stalenessOf} knows one answer for it;
     * Chromium gives another while the replacement is under way ("Node with given id does not belong to the
     * document"), which the stock condition lets through as an error.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Severe messages of the page's console (JavaScript errors). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
