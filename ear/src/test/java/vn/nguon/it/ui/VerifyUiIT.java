package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nguon.it.Deployments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public verification page in a browser with no session: no login asked, an upload answers in Vietnamese. */
@ExtendWith(ArquillianExtension.class)
class VerifyUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anyoneCanCheckAFileWithoutSigningIn() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(Browser.APP_URL + "verify");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("file")));
            assertTrue(driver.getCurrentUrl().startsWith(Browser.APP_URL + "verify"), "no redirect to Keycloak: " + driver.getCurrentUrl());
            assertTrue(driver.getPageSource().contains("Xác thực văn bản"));

            Path file = Files.createTempFile("khong-phai-pdf", ".pdf");
            Files.writeString(file, "Đây không phải là một tệp PDF.");
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.id("check")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
            assertTrue(driver.findElement(By.id("result")).getText().contains("Không đọc được tệp"),
                    driver.findElement(By.id("result")).getText());
        }
    }
}
