package vn.nguon.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Keycloak's own login page of the nguon realm. */
public final class KeycloakLoginPage {

    private final WebDriver driver;

    private KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the browser shows Keycloak's login form. */
    public static KeycloakLoginPage expect(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (!driver.getCurrentUrl().startsWith("http://localhost:8180/realms/nguon/")) {
            throw new AssertionError("not on Keycloak's login page: " + driver.getCurrentUrl());
        }
        return new KeycloakLoginPage(driver);
    }

    public void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Keycloak's "update password" page after a sign-in with a temporary password: sets the user's own. */
    public void setNewPassword(String password) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("input[type=submit], button[type=submit]")).click();
    }

    /** The error Keycloak shows on its login page (wrong password, account disabled). */
    public String error() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#input-error, .kc-feedback-text, .alert-error, .pf-m-danger, [id^=input-error]"))).getText();
    }
}
