package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nguon.it.Deployments;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ministry opens a period in the browser (a wrong date order is refused with the form kept),
 * follows it on the national board, drills into a province, and closes it; a commune never sees
 * the form.
 */
@ExtendWith(ArquillianExtension.class)
class PeriodsUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriver as(String user) {
        browser = Browser.signedIn(user);
        WebDriver driver = browser.driver();
        driver.get(Browser.APP_URL + "reporting/index.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("periods-form:periods")));
        return driver;
    }

    private static void date(WebDriver driver, String id, String ddMMyyyy) {
        WebElement input = driver.findElement(By.id("open-period:" + id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(ddMMyyyy);
        assertEquals(ddMMyyyy, input.getAttribute("value"), id);
    }

    private static void submitAndWait(WebDriver driver) {
        WebElement button = driver.findElement(By.id("open-period:open"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(Browser.replaced(button));
    }

    @Test
    void theMinistryOpensFollowsAndClosesAPeriod() {
        WebDriver driver = as("bo.canbo");
        String name = "Kỳ thử giao diện " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("open-period:name")).sendKeys(name);
        ((JavascriptExecutor) driver).executeScript("PF('templateMenu').selectValue('QD135-SOKET-2026@1')");
        assertTrue(driver.findElement(By.id("open-period:template_label")).getText().contains("QD135"));
        date(driver, "cutoff", "30/09/2025");
        date(driver, "dueCommune", "10/10/2025");
        date(driver, "dueProvince", "05/10/2025"); // before the communes' due date
        date(driver, "dueMinistry", "31/10/2025");
        submitAndWait(driver);
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Các ngày phải theo thứ tự"),
                driver.findElement(By.id("messages")).getText());
        assertEquals(name, driver.findElement(By.id("open-period:name")).getAttribute("value"), "the form is kept");
        assertFalse(driver.findElement(By.id("periods-form:periods")).getText().contains(name));

        date(driver, "dueProvince", "20/10/2025");
        submitAndWait(driver);
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Đã mở kỳ báo cáo"),
                driver.findElement(By.id("messages")).getText());
        WebElement row = driver.findElements(By.cssSelector("#periods-form\\:periods tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Đang mở"), row.getText());
        assertTrue(row.getText().contains("10/10/2025"), row.getText());

        // the national board: 34 provinces, drill into Lai Châu
        row.findElement(By.partialLinkText("Tình hình nộp báo cáo")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("board-counts")));
        assertTrue(driver.findElement(By.id("board-counts")).getText().startsWith("34 đơn vị"),
                driver.findElement(By.id("board-counts")).getText());
        WebElement laiChau = driver.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains("Tỉnh Lai Châu")).findFirst().orElseThrow();
        laiChau.findElement(By.linkText("Xem các xã")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("board-unit"), "Tỉnh Lai Châu"));
        assertTrue(driver.findElement(By.id("board-counts")).getText().startsWith("38 đơn vị"),
                driver.findElement(By.id("board-counts")).getText());
        assertTrue(driver.findElement(By.id("board")).getText().contains("Xã Bình Lư"));

        // close it, after confirming
        driver.get(Browser.APP_URL + "reporting/index.xhtml");
        WebElement open = driver.findElements(By.cssSelector("#periods-form\\:periods tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        open.findElement(By.cssSelector("button[id$=':close']")).click();
        WebElement yes = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(Browser.replaced(open));
        WebElement closed = driver.findElements(By.cssSelector("#periods-form\\:periods tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertTrue(closed.getText().contains("Đã khóa"), closed.getText());
        assertTrue(closed.findElements(By.cssSelector("button[id$=':close']")).isEmpty());
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    @Test
    void aCommuneSeesPeriodsButCannotOpenOrCloseThem() {
        WebDriver driver = as("binhlu.canbo");
        assertTrue(driver.findElements(By.id("open-period")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("button[id$=':close']")).isEmpty());
    }
}
