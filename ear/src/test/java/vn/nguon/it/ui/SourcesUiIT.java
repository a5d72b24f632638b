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
 * The source library through the pages: Lai Châu's officer writes an item (a missing field named, the form
 * kept), its leader approves it, the officer publishes it; Bình Lư's officer finds it by words typed without
 * diacritics, the words highlighted, opens it, relays it in one click and lands on the commune's own draft
 * bulletin that names its source. The province then makes it a mandatory relay (a bad number named) and
 * follows it on the board: the 38 communes of Lai Châu, Bình Lư's relay a draft and nothing played yet.
 */
@ExtendWith(ArquillianExtension.class)
public class SourcesUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String clickAndRead(WebDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        await(driver).until(Browser.replaced(button));
        return await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:messages"))).getText();
    }

    /** Searches the library's page and waits for its answer: one item. */
    private static void search(WebDriver driver, String words) {
        driver.findElement(By.id("sources:q")).sendKeys(words);
        WebElement go = driver.findElement(By.id("sources:go"));
        go.click();
        await(driver).until(Browser.replaced(go));
        await(driver).until(d -> d.findElement(By.id("count")).getText().startsWith("1 "));
    }

    @Test
    void theProvincePublishesAndACommuneRelaysInOneStep() {
        String word = "Mường" + UUID.randomUUID().toString().substring(0, 4);
        String title = "Phòng chống bão và lũ quét ở " + word;
        try (Browser officer = Browser.signedIn("laichau.canbo")) {
            WebDriver driver = officer.driver();
            driver.get(Browser.APP_URL + "sources/index.xhtml");
            driver.findElement(By.id("sources:new")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:title")));
            driver.findElement(By.id("item:title")).sendKeys(title);
            driver.findElement(By.id("item:summary")).sendKeys("Chủ động phòng chống bão, lũ quét, sạt lở đất.");
            driver.findElement(By.id("item:bodyText")).sendKeys("Các hộ dân ở " + word + " gia cố nhà cửa, chằng chống mái tôn, "
                    + "không qua ngầm tràn khi nước lên.");
            driver.findElement(By.id("item:tags")).sendKeys("bão, lũ quét");
            // no field chosen: named, the form kept
            String said = clickAndRead(driver, "item:save");
            assertTrue(said.contains("Lĩnh vực"), said);
            assertEquals(title, driver.findElement(By.id("item:title")).getAttribute("value"));
            ((JavascriptExecutor) driver).executeScript("PF('itemField').selectValue('thien-tai')");
            said = clickAndRead(driver, "item:save");
            assertTrue(said.contains("Đã lưu"), said);
            assertEquals("Bản nháp", driver.findElement(By.id("item:status")).getText());
            assertTrue(driver.findElements(By.id("item:approve")).isEmpty(), "an officer does not approve");
            // the province's leader approves it from the library's list
            try (Browser leader = Browser.signedIn("laichau.lanhdao")) {
                WebDriver l = leader.driver();
                l.get(Browser.APP_URL + "sources/index.xhtml");
                search(l, word);
                l.findElement(By.linkText(title)).click();
                await(l).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:approve")));
                assertTrue(clickAndRead(l, "item:approve").contains("Đã duyệt"));
            }
            driver.navigate().refresh();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:publish")));
            assertTrue(clickAndRead(driver, "item:publish").contains("Đã phát hành"));
            assertEquals("Đã phát hành", driver.findElement(By.id("item:status")).getText());
            assertTrue(officer.consoleErrors().isEmpty(), officer.consoleErrors().toString());
        }
        try (Browser commune = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = commune.driver();
            driver.get(Browser.APP_URL + "index.xhtml");
            driver.findElement(By.id("m-sources")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sources:q")));
            assertTrue(driver.findElements(By.id("sources:new")).isEmpty(), "a commune does not write the library");
            String plain = java.text.Normalizer.normalize("phong chong bao " + word, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
            search(driver, plain);
            String marked = driver.findElement(By.cssSelector(".source-snippet")).getAttribute("innerHTML");
            assertTrue(marked.contains("<mark>" + word + "</mark>"), marked);
            driver.findElement(By.linkText(title)).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:relay")));
            assertTrue(driver.findElement(By.id("item:source-line")).getText().startsWith("Nguồn: Tỉnh Lai Châu, ngày "));
            driver.findElement(By.id("item:relay")).click();
            await(driver).until(ExpectedConditions.urlContains("broadcasts/bulletin.xhtml?id="));
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:title")));
            assertEquals(title, driver.findElement(By.id("bulletin:title")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("bulletin:source-note")).getText().contains("Nguồn: Tỉnh Lai Châu"));
            assertTrue(driver.findElement(By.id("bulletin:messages")).getText().contains("Đã tạo bản tin của xã"));
            assertTrue(commune.consoleErrors().isEmpty(), commune.consoleErrors().toString());
        }
        // the province makes it a mandatory relay and follows it on the board, commune by commune
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        try (Browser officer = Browser.signedIn("laichau.canbo")) {
            WebDriver driver = officer.driver();
            driver.get(Browser.APP_URL + "sources/index.xhtml");
            search(driver, word);
            driver.findElement(By.linkText(title)).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:require")));
            driver.findElement(By.id("item:minPlays_input")).sendKeys("0");
            driver.findElement(By.id("item:requiredFrom_input")).sendKeys(today.format(day));
            driver.findElement(By.id("item:requiredTo_input")).sendKeys(today.plusDays(3).format(day));
            String said = clickAndRead(driver, "item:require");
            assertTrue(said.contains("Số lần phát tối thiểu"), "0 plays refused by field: " + said);
            WebElement plays = driver.findElement(By.id("item:minPlays_input"));
            plays.clear();
            plays.sendKeys("2");
            said = clickAndRead(driver, "item:require");
            assertTrue(said.contains("Đã lưu yêu cầu phát"), said);
            assertTrue(driver.findElement(By.id("item:requirement")).getText().contains("ít nhất 2 lần"));
            driver.findElement(By.id("item:track")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("relays:communes")));
            assertTrue(driver.findElement(By.id("requirement")).getText().contains("Yêu cầu phát ít nhất 2 lần từ ngày "
                    + today.format(day)), driver.findElement(By.id("requirement")).getText());
            String binhLu = driver.findElements(By.cssSelector("#relays\\:communes tbody tr")).stream().map(WebElement::getText)
                    .filter(t -> t.contains("Xã Bình Lư")).findFirst().orElseThrow();
            assertTrue(binhLu.contains("Chưa phát") && binhLu.contains("Bản nháp"), "its relay is a draft, nothing played: " + binhLu);
            int communes = driver.findElements(By.cssSelector("#relays\\:communes tbody tr")).size();
            assertEquals(38, communes, "every commune of Lai Châu, the item being for the whole province");
            assertTrue(driver.findElement(By.id("totals")).getText().contains("38 Chưa phát"));
            driver.findElement(By.partialLinkText("Đã phát đủ")).click();
            await(driver).until(ExpectedConditions.urlContains("state=DONE"));
            assertTrue(driver.findElements(By.cssSelector("#relays\\:communes tbody tr.relay-row")).isEmpty(), "none played enough");
            driver.findElement(By.partialLinkText("Chưa phát")).click();
            await(driver).until(ExpectedConditions.urlContains("state=NOT_YET"));
            assertEquals(38, driver.findElements(By.cssSelector("#relays\\:communes tbody tr.relay-row")).size());
            assertTrue(driver.findElement(By.id("relays:xlsx")).isDisplayed());
            assertTrue(officer.consoleErrors().isEmpty(), officer.consoleErrors().toString());
        }
    }

    /** Clicks a button that posts the whole page (an upload) and reads what the page then says. */
    private static String upload(WebDriver driver, String fileInput, java.nio.file.Path file, String button) {
        driver.findElement(By.id(fileInput)).sendKeys(file.toAbsolutePath().toString());
        return clickAndRead(driver, button);
    }

    @Test
    void anItemsAudioPictureAndDocumentGoFromTheProvincesPageToTheCommunesBulletinAndBoards() throws Exception {
        String word = "Sìn" + UUID.randomUUID().toString().substring(0, 4);
        String title = "Rét đậm, rét hại ở " + word;
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("bang-tin", ".jpg");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 450, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(5, 5, 0x3366CC);
        javax.imageio.ImageIO.write(img, "jpeg", picture.toFile());
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("cong-van", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
        long id;
        try (Browser officer = Browser.signedIn("laichau.canbo")) {
            WebDriver driver = officer.driver();
            driver.get(Browser.APP_URL + "sources/item.xhtml");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:title")));
            driver.findElement(By.id("item:title")).sendKeys(title);
            driver.findElement(By.id("item:summary")).sendKeys("Giữ ấm cho người và gia súc.");
            driver.findElement(By.id("item:bodyText")).sendKeys("Bà con " + word + " che chắn chuồng trại, giữ ấm cho trẻ nhỏ.");
            ((JavascriptExecutor) driver).executeScript("PF('itemField').selectValue('nong-nghiep')");
            driver.findElement(By.id("item:viText")).sendKeys("Bà con chú ý giữ ấm cho trâu bò trong những ngày rét đậm.");
            // the Vietnamese text read aloud by the speech engine: the item now has ready-to-air audio
            String said = clickAndRead(driver, "item:speakVi");
            assertTrue(driver.findElement(By.id("item:vi-media")).getText().contains("âm thanh đọc tự động"), said);
            driver.findElement(By.id("item:boardText")).sendKeys("Rét đậm: giữ ấm trâu bò, che chắn chuồng trại");
            // a document that is not a PDF is refused by name, the form kept
            said = upload(driver, "item:documentFile", picture, "item:uploadDocument");
            assertTrue(said.contains("không phải tệp PDF"), said);
            assertEquals(title, driver.findElement(By.id("item:title")).getAttribute("value"));
            said = upload(driver, "item:imageFile", picture, "item:uploadImage");
            assertTrue(said.contains("Đã tải tệp lên"), said);
            assertTrue(driver.findElement(By.id("item:image-name")).getText().contains("800×450"));
            said = upload(driver, "item:documentFile", pdf, "item:uploadDocument");
            assertTrue(driver.findElement(By.id("item:document-panel")).getText().contains(".pdf"), said);
            said = clickAndRead(driver, "item:save");
            assertTrue(said.contains("Đã lưu"), said);
            await(driver).until(ExpectedConditions.urlContains("item.xhtml?id="));
            id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertEquals("Rét đậm: giữ ấm trâu bò, che chắn chuồng trại", driver.findElement(By.id("item:board-text")).getText());
            assertTrue(officer.consoleErrors().isEmpty(), officer.consoleErrors().toString());
        }
        assertEquals(200, vn.nguon.sim.Api.as("laichau.lanhdao").post("sources/" + id + "/approve", jakarta.json.JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(200, vn.nguon.sim.Api.as("laichau.canbo").post("sources/" + id + "/publish", jakarta.json.JsonObject.EMPTY_JSON_OBJECT).status());
        try (Browser commune = Browser.signedIn("binhlu.canbo")) {
            WebDriver driver = commune.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(Browser.APP_URL + "sources/item.xhtml?id=" + id);
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item:relay")));
            assertTrue(driver.findElement(By.id("item:aired")).getText().contains("âm thanh đọc tự động"));
            assertEquals(1, driver.findElements(By.cssSelector("#item\\:aired audio")).size(), "a player for the audio");
            await(driver).until(d -> (Boolean) js.executeScript("var i = document.getElementById('board-image'); return i.complete && i.naturalWidth === 800;"));
            WebElement document = driver.findElement(By.cssSelector("a.source-document"));
            assertTrue(document.getText().endsWith(".pdf"));
            assertEquals(200L, js.executeAsyncScript("var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status));",
                    document.getAttribute("href")), "the document opens");
            driver.findElement(By.id("item:relay")).click();
            await(driver).until(ExpectedConditions.urlContains("broadcasts/bulletin.xhtml?id="));
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:boardText")));
            assertEquals("Rét đậm: giữ ấm trâu bò, che chắn chuồng trại", driver.findElement(By.id("bulletin:boardText")).getAttribute("value"));
            await(driver).until(d -> (Boolean) js.executeScript(
                    "var i = document.querySelector('#bulletin\\\\:board-image img'); return i != null && i.complete && i.naturalWidth === 800;"));
            assertTrue(driver.findElement(By.id("bulletin:audio-panel")).getText().length() > 0, "the relay brought its audio");
            assertTrue(commune.consoleErrors().isEmpty(), commune.consoleErrors().toString());
        }
    }
}
