package vn.nguon.it.ui;

import static vn.nguon.it.ui.Browser.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nguon.sim.Api;
import vn.nguon.it.Deployments;
import vn.nguon.sim.SimDevice;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emergency alert screen: a Lai Châu officer writes a province-wide flash-flood alert and sends
 * it for approval (a missing hazard is named first, nothing typed is lost); the province leader sees
 * the attention banner, approves, and watches a device of Bình Lư play it on the same page.
 */
@ExtendWith(ArquillianExtension.class)
class BroadcastUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static void click(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        await(driver).until(Browser.replaced(button));
        await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:messages")));
    }

    /** Clicks a binding step's button and answers its confirmation with "Đồng ý"; returns what the dialog said. */
    private static String clickConfirmed(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        WebElement dialog = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String said = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        driver.findElement(By.id("confirm-yes")).click();
        await(driver).until(Browser.replaced(button));
        await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:messages")));
        return said;
    }

    /** A mono 16-bit 8 kHz PCM WAV of silence, {@code millis} long, as a file. */
    private static java.nio.file.Path wav(java.nio.file.Path file, int millis) throws java.io.IOException {
        return java.nio.file.Files.write(file, vn.nguon.it.Bulletins.wav(millis));
    }

    @Test
    void audioIsAttachedThroughThePageUpToTheDocumentedLimit() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("nguon-audio");
        // 12 minutes, 11.5 MB: more than the HTTP server's former 10 MB, within the documented 30 MB
        java.nio.file.Path recording = wav(dir.resolve("ban-tin-12-phut.wav"), 12 * 60_000);
        java.nio.file.Path tooBig = dir.resolve("qua-lon.wav");
        java.nio.file.Files.write(tooBig, new byte[31 * 1024 * 1024]);
        try (Browser browser = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = browser.driver();
            driver.get(Browser.APP_URL + "broadcasts/bulletin.xhtml");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:title")));
            // a file over the limit is refused as soon as it is chosen, naming the limit
            driver.findElement(By.id("bulletin:audio")).sendKeys(tooBig.toString());
            await(driver).until(d -> d.findElement(By.id("bulletin:audio-limit")).getText().contains("30 MB"));
            assertEquals("", driver.findElement(By.id("bulletin:audio")).getAttribute("value"), "the file is not kept to be sent");
            // a real recording within it is sent, decoded and attached with its length
            driver.findElement(By.id("bulletin:audio")).sendKeys(recording.toString());
            assertEquals("", driver.findElement(By.id("bulletin:audio-limit")).getText());
            driver.findElement(By.id("bulletin:upload")).click();
            await(driver).until(d -> d.findElement(By.id("bulletin:messages")).getText().contains("Đã đính kèm âm thanh"));
            String page = driver.findElement(By.tagName("body")).getText();
            assertTrue(page.contains("ban-tin-12-phut.wav (720 giây)"), page);
            assertTrue(browser.consoleErrors().isEmpty(), "no script blocked by the page's policy: " + browser.consoleErrors());
        } finally {
            java.nio.file.Files.deleteIfExists(recording);
            java.nio.file.Files.deleteIfExists(tooBig);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    @Test
    void aProvinceWideAlertIsWrittenApprovedAndPlayed() throws Exception {
        Api.Reply device = Api.as("laichau.canbo").post("devices", Json.createObjectBuilder().add("commune", "03390")
                .add("type", "cum_loa").add("name", "Cụm loa trung tâm " + UUID.randomUUID().toString().substring(0, 6))
                .add("village", "Bản Thẳm").add("transport", "4g").build());
        assertEquals(201, device.status(), device.toString());
        String id = device.json().getString("id");
        String secret = Api.as("laichau.canbo").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT).json().getString("secret");
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        SimDevice loudspeaker = SimDevice.of(id, secret, 50, 500, timer);
        Thread.sleep(800);
        loudspeaker.connect();
        String title = "Cảnh báo lũ quét " + UUID.randomUUID().toString().substring(0, 4);
        // Lai Châu's daily programme (approved through the API), for the list
        Api.Reply programme = Api.as("laichau.canbo").post("bulletins", Json.createObjectBuilder().add("kind", "BULLETIN")
                .add("title", "Chương trình phát thanh hằng ngày " + UUID.randomUUID().toString().substring(0, 6))
                .add("category", "NEWS").add("priority", "NORMAL")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Bản tin thời sự của tỉnh.")))
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", "12")))
                .add("startsAt", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1) + "T00:00:00+07:00")
                .add("expiresAt", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(8) + "T00:00:00+07:00")
                .add("recurrence", "DAILY").add("times", Json.createArrayBuilder().add("06:00, 17:30"))
                .add("repeatUntil", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7).toString()).build());
        assertEquals(201, programme.status(), programme.toString());
        try {
            String url;
            try (Browser browser = Browser.signedIn("laichau.canbo")) {
                WebDriver driver = browser.driver();
                driver.get(Browser.APP_URL + "broadcasts/alert.xhtml");
                await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:title")));
                assertEquals("Cảnh báo khẩn cấp", driver.findElement(By.id("page-title")).getText());
                driver.findElement(By.id("bulletin:title")).sendKeys(title);
                driver.findElement(By.id("bulletin:text")).sendKeys("Mưa lớn kéo dài, nguy cơ lũ quét tại các xã vùng cao. Bà con không qua ngầm, tràn.");
                click(driver, "bulletin:send");
                String messages = driver.findElement(By.id("bulletin:messages")).getText();
                assertTrue(messages.contains("Loại thiên tai, sự cố") && messages.contains("bắt buộc nhập"), messages);
                assertEquals(title, driver.findElement(By.id("bulletin:title")).getAttribute("value"), "what was typed stays");

                driver.findElement(By.id("bulletin:event_input")).sendKeys("Lũ quét");
                click(driver, "bulletin:send");
                assertTrue(driver.findElement(By.id("bulletin:messages")).getText().contains("Đã gửi phê duyệt"),
                        driver.findElement(By.id("bulletin:messages")).getText());
                assertEquals("Chờ phê duyệt", driver.findElement(By.id("bulletin:status")).getText());
                url = driver.getCurrentUrl();
            }
            try (Browser browser = Browser.signedIn("laichau.lanhdao")) {
                WebDriver driver = browser.driver();
                driver.get(Browser.APP_URL + "broadcasts/index.xhtml");
                await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("broadcasts:list")));
                // a daily programme is listed by its times in Vietnam, not as a start of day at 00:00
                String list = driver.findElement(By.id("broadcasts:list")).getText();
                assertTrue(list.contains("Hằng ngày 06:00, 17:30 (từ "), list);
                String banner = driver.findElement(By.id("broadcasts:attention")).getText();
                // "Có 1 bản tin/cảnh báo …" (or more, with the demo's alert): a number, never a raw placeholder
                assertTrue(banner.matches("(?s).*Có \\d+ bản tin/cảnh báo đang chờ phê duyệt.*"), banner);
                assertFalse(banner.contains("}") || banner.contains("Có 0"), banner);
                // the broadcast log's CSV, from its button
                String csv = Browser.fetch(driver, Browser.href(driver, "broadcasts:log"), 3);
                assertTrue(csv.startsWith("200 "), csv);
                driver.findElements(By.cssSelector("#broadcasts\\:list tbody tr a")).stream()
                        .filter(a -> a.getText().contains(title)).findFirst().orElseThrow().click();
                await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:approve")));
                String confirmation = clickConfirmed(driver, "bulletin:approve");
                // before approving, the leader is told it plays now, and on how many devices (Bình Lư's loudspeaker at least)
                assertTrue(confirmation.matches("(?s).*phát NGAY trên [1-9]\\d* thiết bị.*"), confirmation);
                assertEquals("Đã phê duyệt", driver.findElement(By.id("bulletin:status")).getText());
                String done = driver.findElement(By.id("bulletin:messages")).getText();
                assertTrue(done.contains("đang được phát ngay") && !done.contains("theo lịch"), done);
                // the outcomes refresh on their own: the Bình Lư loudspeaker plays it
                new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElements(By.cssSelector("#bulletin\\:deliveries tbody tr"))
                        .stream().anyMatch(r -> r.getText().contains(id) && r.getText().contains("Đã phát xong")));
                assertTrue(driver.findElement(By.id("bulletin:cap")).isDisplayed());
                // its CAP file opens through the browser's session (not the token-only JSON API)
                String cap = Browser.fetch(driver, driver.findElement(By.id("bulletin:cap")).getAttribute("href"), 400);
                assertTrue(cap.startsWith("200 ") && cap.contains("urn:oasis:names:tc:emergency:cap:1.2"), cap);
                // the outcomes and the history in words: the language's name, the revision, roles' and units' names
                String outcomes = driver.findElement(By.id("bulletin:deliveries")).getText();
                assertTrue(outcomes.contains("Tiếng Việt"), outcomes);
                String history = driver.findElement(By.id("history")).getText();
                assertTrue(history.contains("lần sửa 1") && history.contains("Tỉnh Lai Châu"), history);
                assertFalse(history.contains("revision") || history.contains("province-leader") || history.contains("APPROVED"), history);
                // the province's schedule shows it
                driver.get(Browser.APP_URL + "broadcasts/calendar.xhtml");
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".fc-event")).stream()
                        .anyMatch(e -> e.getText().contains(title)));
                // ... at its Vietnam time (the alert is effective from when it was written), in a browser on UTC
                String time = driver.findElements(By.cssSelector(".fc-event")).stream().filter(e -> e.getText().contains(title))
                        .findFirst().orElseThrow().findElement(By.cssSelector(".fc-event-time")).getText();
                java.util.regex.Matcher hm = java.util.regex.Pattern.compile("(\\d{1,2})[:.](\\d{2})").matcher(time);
                assertTrue(hm.find(), time);
                java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
                int hour = Integer.parseInt(hm.group(1));
                assertTrue(hour == java.time.LocalTime.now(vietnam).getHour()
                        || hour == java.time.LocalTime.now(vietnam).minusMinutes(10).getHour(), "Vietnam time, not the browser's: " + time);
            }
            assertTrue(url.contains("alert.xhtml"), url);
        } finally {
            loudspeaker.stop();
            timer.shutdownNow();
        }
    }
}
