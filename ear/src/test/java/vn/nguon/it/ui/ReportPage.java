package vn.nguon.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** {@code reporting/report.xhtml}: one report's sections, annex tables and workflow buttons. */
public final class ReportPage {

    private final WebDriver driver;

    private ReportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReportPage openOwn(WebDriver driver, long period) {
        driver.get(Browser.APP_URL + "reporting/report.xhtml?period=" + period);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
        return new ReportPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("report:status")).getText();
    }

    public WebElement cell(String key) {
        return driver.findElement(By.cssSelector("input[data-key='" + key + "']"));
    }

    /** Types into a cell of an annex (its tab is opened first). */
    public ReportPage type(String key, String value) {
        String annex = key.substring(0, key.indexOf('.'));
        driver.findElements(By.cssSelector("#report\\:tabs .ui-tabs-nav li a")).stream()
                .filter(a -> a.getText().equals(annex)).findFirst().orElseThrow().click();
        WebElement cell = cell(key);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(cell));
        cell.clear();
        cell.sendKeys(value);
        return this;
    }

    /** Clicks save and waits until the form has been re-rendered with the answer. */
    public ReportPage save() {
        WebElement before = driver.findElement(By.id("report:save"));
        before.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report\\:messages .ui-messages-info, #report\\:messages .ui-messages-error")));
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("report:messages")).getText();
    }
}
