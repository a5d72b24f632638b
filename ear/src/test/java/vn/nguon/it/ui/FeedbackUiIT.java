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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizens' feedback through the pages, its whole path: a citizen (no sign-in) sends feedback with a photo from
 * the portal (a missing field named, the form kept) and gets a code; Bình Lư's officer finds it in the queue,
 * accepts it and drafts the answer; the commune's leader approves it; the citizen opens the tracking page by
 * the code, reads the answer (the officer's phone number in it masked), rates it "not satisfied"; the item is
 * open again at Bình Lư.
 */
@ExtendWith(ArquillianExtension.class)
public class FeedbackUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String clickAndRead(WebDriver driver, String id, String messages) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        await(driver).until(Browser.replaced(button));
        return await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(messages))).getText();
    }

    /** Clicks the map at a place (latitude, longitude), wherever the map shows it now. */
    private static void clickMapAt(WebDriver driver, double lat, double lon) {
        WebElement map = driver.findElement(By.id("feedback-map"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> p = (java.util.Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "var pt = arguments[0].nguonMap.map.latLngToContainerPoint([arguments[1], arguments[2]]); return {x: pt.x, y: pt.y};",
                map, lat, lon);
        org.openqa.selenium.Dimension size = map.getSize();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(map, (int) Math.round(p.get("x").doubleValue() - size.getWidth() / 2.0),
                        (int) Math.round(p.get("y").doubleValue() - size.getHeight() / 2.0))
                .click().perform();
    }

    @Test
    void aCitizenPointsOnTheMapAndTheCommuneIsChosenForThem() throws Exception {
        String title = "Đèn đường trước chợ Bình Lư không sáng " + UUID.randomUUID().toString().substring(0, 4);
        String code;
        try (Browser citizen = new Browser()) {
            WebDriver driver = citizen.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(Browser.APP_URL + "public/feedback/new.xhtml");
            WebElement map = driver.findElement(By.id("feedback-map"));
            await(driver).until(d -> "provinces".equals(map.getAttribute("data-loaded")));
            // "use my location" on a phone at sea: named, nothing chosen
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Browser.grantPermissions",
                    java.util.Map.of("permissions", java.util.List.of("geolocation")));
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setGeolocationOverride",
                    java.util.Map.of("latitude", 15.0, "longitude", 112.0, "accuracy", 20));
            driver.findElement(By.id("locate")).click();
            await(driver).until(d -> d.findElement(By.id("feedback:messages")).getText().contains("không nằm trong xã"));
            assertTrue(driver.findElements(By.id("feedback:point-text")).isEmpty());
            // the national map: Lai Châu clicked, its communes drawn and the province list follows
            clickMapAt(driver, 22.3478, 103.6678); // the middle of Xã Bình Lư, well inside its borders
            await(driver).until(d -> "12".equals(map.getAttribute("data-loaded")));
            await(driver).until(d -> "12".equals(js.executeScript("return PF('province').getSelectedValue();")));
            // a point in the commune: Xã Bình Lư chosen, the categories of Lai Châu offered
            clickMapAt(driver, 22.3478, 103.6678);
            await(driver).until(d -> d.findElement(By.id("feedback:point-info")).getText().contains("Xã Bình Lư"));
            assertEquals("03390", js.executeScript("return PF('commune').getSelectedValue();"));
            assertTrue(driver.findElement(By.id("feedback:point-info")).getText().contains("Tỉnh Lai Châu"));
            await(driver).until(d -> (Boolean) js.executeScript(
                    "return document.querySelectorAll('#feedback\\\\:category_input option[value=\"ha-tang\"]').length === 1;"));
            js.executeScript("PF('category').selectValue('ha-tang')");
            driver.findElement(By.id("feedback:title")).sendKeys(title);
            driver.findElement(By.id("feedback:text")).sendKeys("Ba cột đèn trước chợ tắt từ tuần trước, buổi tối rất tối.");
            WebElement send = driver.findElement(By.id("feedback:send"));
            send.click();
            await(driver).until(ExpectedConditions.urlContains("public/feedback/track.xhtml?ref="));
            code = driver.getCurrentUrl().replaceAll(".*ref=([0-9A-Z-]+).*", "$1");
            assertTrue(driver.getPageSource().contains("Xã Bình Lư"));
            assertTrue(citizen.consoleErrors().isEmpty(), citizen.consoleErrors().toString());
        }
        // Bình Lư has it, with the point
        vn.nguon.sim.Api.Reply found = vn.nguon.sim.Api.as("binhlu.canbo").get("feedback?q=" + code);
        long id = found.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        jakarta.json.JsonObject item = vn.nguon.sim.Api.as("binhlu.canbo").get("feedback/" + id).json();
        assertEquals(22.3478, item.getJsonNumber("latitude").doubleValue(), 0.01);
        assertEquals(103.6678, item.getJsonNumber("longitude").doubleValue(), 0.01);
    }

    @Test
    void aCitizenSendsTheCommuneAnswersTheCitizenIsNotSatisfied() throws Exception {
        String title = "Cống thoát nước bản Thẳm bị tắc " + UUID.randomUUID().toString().substring(0, 4);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("cong", ".jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
        String code;
        try (Browser citizen = new Browser()) {
            WebDriver driver = citizen.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(Browser.APP_URL + "public/index.xhtml");
            driver.findElement(By.id("feedback")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:title")));
            js.executeScript("PF('province').selectValue('12'); PF('province').triggerChange();"); // selectValue alone is silent
            await(driver).until(d -> (Boolean) js.executeScript(
                    "return document.querySelectorAll('#feedback\\\\:commune_input option[value=\"03390\"]').length === 1;"));
            js.executeScript("PF('commune').selectValue('03390'); PF('commune').triggerChange();");
            await(driver).until(d -> (Boolean) js.executeScript(
                    "return document.querySelectorAll('#feedback\\\\:category_input option[value=\"moi-truong\"]').length === 1;"));
            driver.findElement(By.id("feedback:title")).sendKeys(title);
            // no category, no text: both named, what was typed kept
            WebElement send = driver.findElement(By.id("feedback:send"));
            send.click();
            await(driver).until(Browser.replaced(send));
            String said = driver.findElement(By.id("feedback:messages")).getText();
            assertTrue(said.contains("Lĩnh vực") && said.contains("Nội dung phản ánh"), said);
            assertEquals(title, driver.findElement(By.id("feedback:title")).getAttribute("value"));
            js.executeScript("PF('category').selectValue('moi-truong')");
            driver.findElement(By.id("feedback:text")).sendKeys("Nước tràn ra đường mỗi khi mưa, đề nghị xã nạo vét.");
            driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
            driver.findElement(By.id("feedback:name")).sendKeys("Lò Thị Hoa");
            driver.findElement(By.id("feedback:phone")).sendKeys("0987 654 321");
            driver.findElement(By.cssSelector("#feedback\\:consent .ui-chkbox-box")).click();
            send = driver.findElement(By.id("feedback:send"));
            send.click();
            await(driver).until(ExpectedConditions.urlContains("public/feedback/track.xhtml?ref="));
            code = driver.getCurrentUrl().replaceAll(".*ref=([0-9A-Z-]+).*", "$1");
            assertTrue(driver.findElement(By.id("track:messages")).getText().contains(code));
            assertEquals("Đã tiếp nhận", driver.findElement(By.id("track:status")).getText());
            assertFalse(driver.getPageSource().contains("Lò Thị Hoa"), "nothing personal on the public page");
            assertTrue(citizen.consoleErrors().isEmpty(), citizen.consoleErrors().toString());
        }
        try (Browser officer = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = officer.driver();
            driver.get(Browser.APP_URL + "index.xhtml");
            driver.findElement(By.id("m-feedback")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:q")));
            driver.findElement(By.id("queue:q")).sendKeys(code);
            WebElement go = driver.findElement(By.id("queue:go"));
            go.click();
            await(driver).until(Browser.replaced(go));
            driver.findElement(By.linkText(code)).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:accept")));
            assertTrue(driver.findElement(By.id("item:citizen")).getText().contains("Lò Thị Hoa"), "the handling unit sees the contact");
            assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "var i = document.querySelector('.feedback-file img'); return i != null && i.complete && i.naturalWidth === 640;"));
            assertTrue(clickAndRead(driver, "item:accept", "item:messages").contains("Đã tiếp nhận"));
            driver.findElement(By.id("item:answer")).sendKeys("Xã đã nạo vét cống ngày 07/12. Cần hỗ trợ gọi cán bộ: 0912 111 222.");
            assertTrue(clickAndRead(driver, "item:draft", "item:messages").contains("Đã lưu dự thảo"));
            assertTrue(driver.findElements(By.id("item:approve")).isEmpty(), "an officer does not approve");
            assertTrue(officer.consoleErrors().isEmpty(), officer.consoleErrors().toString());
        }
        try (Browser leader = Browser.signedIn("binhlu.lanhdao")) {
            WebDriver driver = leader.driver();
            driver.get(Browser.APP_URL + "feedback/index.xhtml");
            driver.findElement(By.linkText(code)).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:approve")));
            assertTrue(clickAndRead(driver, "item:approve", "item:messages").contains("Đã duyệt"));
            assertEquals("Đã trả lời", driver.findElement(By.id("item:status")).getText());
        }
        try (Browser citizen = new Browser()) {
            WebDriver driver = citizen.driver();
            driver.get(Browser.APP_URL + "public/feedback/track.xhtml");
            driver.findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
            driver.findElement(By.id("find")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-text")));
            assertEquals("Xã đã nạo vét cống ngày 07/12. Cần hỗ trợ gọi cán bộ: […].", driver.findElement(By.id("answer-text")).getText());
            driver.findElement(By.id("track:comment")).sendKeys("Cống vẫn tắc ở đầu bản");
            assertTrue(clickAndRead(driver, "track:notSatisfied", "track:messages").contains("mở lại"));
            assertEquals("Mở lại", driver.findElement(By.id("track:status")).getText());
            assertTrue(driver.findElement(By.id("history")).getText().contains("Người dân chưa hài lòng"));
            assertTrue(citizen.consoleErrors().isEmpty(), citizen.consoleErrors().toString());
        }
        try (Browser officer = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = officer.driver();
            driver.get(Browser.APP_URL + "feedback/index.xhtml");
            driver.findElement(By.linkText(code)).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:status")));
            assertEquals("Mở lại", driver.findElement(By.id("item:status")).getText());
            assertTrue(driver.findElement(By.id("item:accept")).isDisplayed(), "Bình Lư takes it again");
        }
        // the province follows its communes' figures and drills into Bình Lư, then downloads them
        try (Browser province = Browser.signedIn("laichau.canbo")) {
            WebDriver driver = province.driver();
            driver.get(Browser.APP_URL + "feedback/index.xhtml");
            driver.findElement(By.id("stats")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("total")));
            assertTrue(driver.findElement(By.id("page-title")).getText().contains("Tỉnh Lai Châu"));
            driver.findElement(By.linkText("Xã Bình Lư")).click();
            await(driver).until(ExpectedConditions.urlContains("unit=03390"));
            assertTrue(driver.findElement(By.id("page-title")).getText().contains("Xã Bình Lư"));
            assertTrue(driver.findElement(By.cssSelector(".stats-table")).getText().contains("Môi trường, vệ sinh"));
            assertTrue(province.consoleErrors().isEmpty(), province.consoleErrors().toString());
        }
    }
}
