package vn.nguon.it.ui;

import static vn.nguon.it.ui.Browser.await;

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
import vn.nguon.it.Deployments;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A survey's whole path: Bình Lư's officer writes one on the page (a choice question with its options, a scale),
 * an empty title named, saves and publishes it; a citizen answers it on the commune's portal page (no sign-in) and
 * is thanked, and answering again from the same browser is refused; the officer reads the results: one answer,
 * the chosen option counted, a chart drawn; the province sees them too.
 */
@ExtendWith(ArquillianExtension.class)
public class SurveyUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String click(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        await(driver).until(Browser.replaced(button));
        return await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("surveys:messages"))).getText();
    }

    @Test
    void aCommuneAsksItsPeopleAndReadsTheAnswers() {
        String title = "Giờ phát thanh phù hợp " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser officer = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = officer.driver();
            driver.findElement(By.id("m-surveys")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("surveys:title")));
            driver.findElement(By.id("surveys:questions:0:qtext")).sendKeys("Bạn thường nghe loa vào lúc nào?");
            driver.findElement(By.id("surveys:questions:0:qoptions")).sendKeys("Buổi sáng\nBuổi trưa\nBuổi chiều");
            String said = click(driver, "surveys:save");
            assertTrue(said.contains("Tiêu đề"), "no title: named — " + said);
            driver.findElement(By.id("surveys:title")).sendKeys(title);
            driver.findElement(By.id("surveys:add")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("surveys:questions:1:qtext")));
            assertEquals(title, driver.findElement(By.id("surveys:title")).getAttribute("value"), "what was typed is kept");
            driver.findElement(By.id("surveys:questions:1:qtext")).sendKeys("Bạn hài lòng với nội dung phát thanh ở mức nào?");
            ((JavascriptExecutor) driver).executeScript("var m = document.getElementById('surveys:questions:1:qkind_input');"
                    + "m.value = 'SCALE'; m.dispatchEvent(new Event('change'));");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("surveys:questions:1:qscale_input")));
            said = click(driver, "surveys:save");
            assertTrue(said.contains("Đã lưu khảo sát"), said);
            WebElement row = driver.findElements(By.cssSelector("#surveys\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
            assertTrue(row.getText().contains("Bản nháp"));
            WebElement publish = row.findElement(By.cssSelector(".survey-publish"));
            publish.click();
            await(driver).until(Browser.replaced(publish));
            assertTrue(driver.findElements(By.cssSelector("#surveys\\:list tbody tr")).stream()
                    .anyMatch(r -> r.getText().contains(title) && r.getText().contains("Đang mở")));
            assertTrue(officer.consoleErrors().isEmpty(), officer.consoleErrors().toString());
        }
        String page = Browser.APP_URL + "public/portal/unit.xhtml?unit=03390&t=" + UUID.randomUUID();
        try (Browser citizen = new Browser()) {
            WebDriver driver = citizen.driver();
            driver.get(page);
            WebElement form = driver.findElements(By.cssSelector("form.portal-survey")).stream()
                    .filter(f -> f.getText().contains(title)).findFirst().orElseThrow();
            form.findElements(By.cssSelector("input[type=radio][name=q0]")).get(2).click(); // Buổi chiều
            form.findElements(By.cssSelector("input[type=radio][name=q1]")).get(3).click(); // 4 of 5
            form.findElement(By.cssSelector(".survey-send")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-outcome")));
            assertEquals("Cảm ơn bạn đã trả lời khảo sát.", driver.findElement(By.id("survey-outcome")).getText());
            driver.get(page + "x");
            form = driver.findElements(By.cssSelector("form.portal-survey")).stream()
                    .filter(f -> f.getText().contains(title)).findFirst().orElseThrow();
            form.findElements(By.cssSelector("input[type=radio][name=q0]")).get(0).click();
            form.findElement(By.cssSelector(".survey-send")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-outcome")));
            assertTrue(driver.findElement(By.id("survey-outcome")).getText().contains("đã trả lời"), "one answer per browser");
        }
        for (String user : new String[]{"binhlu.canbo", "laichau.canbo"}) {
            try (Browser reader = Browser.signedIn(user)) {
                WebDriver driver = reader.driver();
                driver.get(Browser.APP_URL + "feedback/surveys.xhtml");
                if (user.startsWith("laichau")) {
                    assertTrue(driver.findElement(By.id("surveys:list")).getText().contains(title), "the province sees its communes' surveys");
                }
                driver.findElement(By.linkText(title)).click();
                await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("responses")));
                assertTrue(driver.findElement(By.id("responses")).getText().startsWith("1 lượt trả lời"));
                String counts = driver.findElements(By.cssSelector(".survey-counts")).get(0).getText();
                assertTrue(counts.contains("Buổi chiều 1") && counts.contains("Buổi sáng 0"), counts);
                assertTrue(driver.findElements(By.cssSelector(".survey-result canvas")).size() >= 2, "a chart per question");
                assertTrue(reader.consoleErrors().isEmpty(), reader.consoleErrors().toString());
            }
        }
    }
}
