package vn.nguon.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** Nguồn's home page ({@code index.xhtml}) and its layout: header, menu, profile. */
public final class HomePage {

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static HomePage open(WebDriver driver) {
        driver.get(Browser.APP_URL);
        return driver.getCurrentUrl().startsWith(Browser.APP_URL) ? expect(driver) : null;
    }

    public static HomePage expect(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-chain")));
        return new HomePage(driver);
    }

    public String unitChain() {
        return driver.findElement(By.id("unit-chain")).getText();
    }

    public String headerUnit() {
        return driver.findElement(By.id("user-unit")).getText();
    }

    public String userName() {
        return driver.findElement(By.id("user-name")).getText();
    }

    public String greeting() {
        return driver.findElement(By.id("greeting")).getText();
    }

    public String roles() {
        return driver.findElement(By.className("nguon-profile")).getText();
    }

    public List<String> menuItems() {
        return driver.findElements(By.cssSelector("#menu .ui-menuitem-text")).stream().map(WebElement::getText).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Switches the language; the page reloads, so wait for the old link to go before reading the new one. */
    public HomePage switchToEnglish() {
        WebElement link = driver.findElement(By.id("lang:en"));
        link.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(Browser.replaced(link));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(By.id("lang:en"), "class", "active"));
        return expect(driver);
    }

    public void signOut() {
        driver.findElement(By.id("logout")).click();
    }
}
