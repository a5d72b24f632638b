package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nguon.it.Deployments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Bình Lư device operator registers a device (a wrong coordinate first), issues its password once, sets its volume (out
 * of range first), and imports a CSV with a bad line.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static void click(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(Browser.replaced(button));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("devices:list")));
    }

    @Test
    void theOperatorRegistersIssuesAndImports() throws Exception {
        try (Browser browser = Browser.signedIn("binhlu.vanhanh")) {
            WebDriver driver = browser.driver();
            driver.get(Browser.APP_URL + "devices/index.xhtml");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("devices:list")));

            String name = "Cụm loa bản Nậm Cuổi " + UUID.randomUUID().toString().substring(0, 5);
            ((JavascriptExecutor) driver).executeScript("PF('deviceType').selectValue('LOUDSPEAKER_CLUSTER')");
            driver.findElement(By.id("devices:name")).sendKeys(name);
            driver.findElement(By.id("devices:village")).sendKeys("Bản Nậm Cuổi");
            driver.findElement(By.id("devices:latitude")).sendKeys("51.5");
            driver.findElement(By.id("devices:longitude")).sendKeys("103.45");
            click(driver, "devices:register");
            String problems = driver.findElement(By.id("devices:problems")).getText();
            assertTrue(problems.contains("Vĩ độ") && problems.contains("ngoài lãnh thổ Việt Nam"), problems);
            assertEquals(name, driver.findElement(By.id("devices:name")).getAttribute("value"), "what was typed stays");

            WebElement lat = driver.findElement(By.id("devices:latitude"));
            lat.clear();
            lat.sendKeys("22.38");
            click(driver, "devices:register");
            assertTrue(driver.findElement(By.id("devices:messages")).getText().contains("Đã đăng ký thiết bị"),
                    driver.findElement(By.id("devices:messages")).getText());
            // the newest devices come first, whatever other tests registered before
            WebElement row = driver.findElements(By.cssSelector("#devices\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            assertTrue(row.getText().contains("Chưa cấp"), row.getText());

            row.findElement(By.cssSelector("button[id$=':issue']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-value")));
            assertTrue(driver.findElement(By.id("secret-value")).getText().length() >= 24);
            assertTrue(driver.findElement(By.id("devices:secret")).getText().contains("Chỉ hiển thị một lần"));

            // the commands say what they do (not only icons), and the id reads on one line
            row = driver.findElements(By.cssSelector("#devices\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            assertEquals("Dừng phát", row.findElement(By.cssSelector("button[id$=':stop']")).getText());
            assertEquals("Đặt âm lượng", row.findElement(By.cssSelector("button[id$=':volume']")).getText());
            assertEquals("Đồng bộ lịch phát", row.findElement(By.cssSelector("button[id$=':sync']")).getText());
            assertEquals("nowrap", row.findElement(By.cssSelector("td.device-id")).getCssValue("white-space"));
            assertFalse(row.getText().contains("(dự phòng FM)") || row.getText().contains("(IP)"), row.getText());

            // its volume: out of range refused in the dialog (value kept), then sent (it reaches the device when it connects)
            row = driver.findElements(By.cssSelector("#devices\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("button[id$=':volume']")).click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            WebElement volume = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("devices:volumeValue")));
            volume.clear();
            volume.sendKeys("150");
            driver.findElement(By.id("devices:applyVolume")).click();
            WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".volume-problem")));
            assertTrue(refused.getText().contains("Âm lượng") && refused.getText().contains("nằm ngoài khoảng cho phép"), refused.getText());
            assertEquals("150", driver.findElement(By.id("devices:volumeValue")).getAttribute("value"), "what was typed stays");
            volume = driver.findElement(By.id("devices:volumeValue"));
            volume.clear();
            volume.sendKeys("40");
            driver.findElement(By.id("devices:applyVolume")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("devices:volumeDialog")));
            String sent = wait.until(d -> {
                String text = d.findElement(By.id("devices:messages")).getText();
                return text.contains("âm lượng 40") ? text : null;
            });
            assertTrue(sent.contains("mất kết nối"), "the device has not connected yet: " + sent);

            Path csv = Files.createTempFile("thiet-bi", ".csv");
            Files.writeString(csv, "type,name,village,latitude,longitude,transport\n"
                    + "cum_loa,Cụm loa mới,Bản A,22.1,103.2,4g\nloa_keo,Cụm loa X,Bản B,22.1,103.2,4g\n", StandardCharsets.UTF_8);
            driver.findElement(By.id("devices:file")).sendKeys(csv.toString());
            WebElement importButton = driver.findElement(By.id("devices:import"));
            importButton.click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(Browser.replaced(importButton));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("devices:problems")));
            String importProblems = driver.findElement(By.id("devices:problems")).getText();
            assertTrue(importProblems.contains("Dòng 3") && importProblems.contains("loa_keo"), importProblems);
            assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
        }
    }
}
