package vn.nguon.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** {@code reporting/report.xhtml}: one report's sections, annex tables, roll-up and workflow buttons. */
public final class ReportPage {

    private final WebDriver driver;

    private ReportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReportPage openOwn(WebDriver driver, long period) {
        driver.get(Browser.APP_URL + "reporting/report.xhtml?period=" + period);
        return expect(driver);
    }

    public static ReportPage open(WebDriver driver, long reportId) {
        driver.get(Browser.APP_URL + "reporting/report.xhtml?id=" + reportId);
        return expect(driver);
    }

    public static ReportPage expect(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
        return new ReportPage(driver);
    }

    public String status() {
        return driver.findElement(By.id("report:status")).getText();
    }

    public String meta() {
        return driver.findElement(By.id("report-meta")).getText();
    }

    public WebElement cell(String key) {
        return driver.findElement(By.cssSelector("[data-key='" + key + "']"));
    }

    public boolean hasButton(String id) {
        return !driver.findElements(By.id("report:" + id)).isEmpty();
    }

    /** Opens a tab of the report by its title ("PL01", "Tổng hợp từ cấp dưới"…). */
    public ReportPage tab(String title) {
        driver.findElements(By.cssSelector("#report\\:tabs .ui-tabs-nav li a")).stream()
                .filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + title))
                .click();
        return this;
    }

    /** Types into a cell of an annex ({@code PL01.x.y}, its tab opened first) or a section ({@code section:I.1}). */
    public ReportPage type(String key, String value) {
        if (key.startsWith("section:")) {
            tab(driver.findElement(By.cssSelector("#report\\:tabs .ui-tabs-nav li a")).getText());
        } else {
            tab(key.substring(0, key.indexOf('.')));
        }
        WebElement cell = cell(key);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(cell));
        if (cell.getTagName().equals("select")) {
            // a yes/no indicator is chosen, not typed
            new org.openqa.selenium.support.ui.Select(cell).selectByValue(value);
            return this;
        }
        cell.clear();
        cell.sendKeys(value);
        return this;
    }

    /** Clicks save and waits until the form has been re-rendered with the answer. */
    public ReportPage save() {
        return click("save");
    }

    /** Signs after reading the confirmation, which names the number the signature takes. */
    public ReportPage sign() {
        return clickConfirmed("sign");
    }

    public ReportPage submit() {
        return click("submit");
    }

    public ReportPage accept() {
        return click("accept");
    }

    public ReportPage returnWith(String reason) {
        driver.findElement(By.id("report:reason")).sendKeys(reason);
        return clickConfirmed("return");
    }

    /** The text of the confirmation a binding step asks for, once it shows. */
    public String confirmation() {
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        return dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
    }

    /** Clicks a binding step's button, answers its confirmation with "Đồng ý", and waits for the answer. */
    public ReportPage clickConfirmed(String buttonId) {
        WebElement before = driver.findElement(By.id("report:" + buttonId));
        before.click();
        lastConfirmation = confirmation();
        driver.findElement(By.id("confirm-yes")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(Browser.replaced(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#report\\:messages .ui-messages-info, #report\\:messages .ui-messages-error")));
        return this;
    }

    private String lastConfirmation;

    /** What the last confirmed step's dialog said. */
    public String lastConfirmation() {
        return lastConfirmation;
    }

    /** On the roll-up tab: puts the latest roll-up into the draft and waits for the answer. */
    public ReportPage applyRollup() {
        tab("Tổng hợp từ cấp dưới");
        WebElement before = driver.findElement(By.cssSelector("[id$=':apply-rollup']"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(before)).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(Browser.replaced(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report\\:messages .ui-messages-info")));
        return this;
    }

    /** Clicks a button of the form and waits for the re-rendered form and its message. */
    public ReportPage click(String buttonId) {
        WebElement before = driver.findElement(By.id("report:" + buttonId));
        before.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(Browser.replaced(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#report\\:messages .ui-messages-info, #report\\:messages .ui-messages-error")));
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("report:messages")).getText();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The roll-up value of a field on the roll-up tab (opened first). */
    public String rollupValue(String key) {
        tab("Tổng hợp từ cấp dưới");
        WebElement v = driver.findElement(By.cssSelector("[data-rollup='" + key + "']"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(v));
        return v.getText();
    }

    /** Rows of the diff table ("field old new"). */
    public List<String> diffRows() {
        return driver.findElements(By.cssSelector("#report\\:diff tbody tr")).stream().map(WebElement::getText).toList();
    }
}
