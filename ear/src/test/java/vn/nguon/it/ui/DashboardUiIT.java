package vn.nguon.it.ui;

import static vn.nguon.it.ui.Browser.await;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.nguon.it.DashboardIT;
import vn.nguon.it.Deployments;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards through the pages: the ministry opens the national dashboard from the menu, clicks Lai Châu on
 * the map, sees its communes, opens Bình Lư and reaches its devices; on Cà Mau's dashboard the downloaded XLSX
 * says what the screen says.
 */
@ExtendWith(ArquillianExtension.class)
public class DashboardUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String device = "Cụm loa bảng mục tiêu " + UUID.randomUUID().toString().substring(0, 4);

    @BeforeAll
    static void data() throws Exception {
        DashboardIT.threeAcceptedReportsAndTwoClusters();
        vn.nguon.sim.Api.Reply r = vn.nguon.sim.Api.as("binhlu.vanhanh").post("devices", jakarta.json.Json.createObjectBuilder()
                .add("commune", "03390").add("type", "cum_loa").add("name", device).add("village", "Bản Thẳm").add("transport", "4g").build());
        assertEquals(201, r.status(), r.toString());
    }

    /** The PrimeFaces widget variable of a component. */
    private static String widget(WebDriver driver, String clientId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var id = arguments[0]; return Object.keys(PrimeFaces.widgets).find(function (k) { return PrimeFaces.widgets[k].id === id; });",
                clientId);
    }

    /**
     * Waits until the page an element was on is gone (a form sent without ajax): during the navigation chromedriver may
     * answer "node does not belong to the document" instead of a stale element, which ExpectedConditions does not catch.
     */
    private static void gone(WebDriver driver, WebElement element) {
        await(driver).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        await(driver).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void clickMapAt(WebDriver driver, String id, double lat, double lon) {
        WebElement map = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "var pt = arguments[0].nguonMap.map.latLngToContainerPoint([arguments[1], arguments[2]]); return {x: pt.x, y: pt.y};",
                map, lat, lon);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(map, (int) Math.round(p.get("x").doubleValue() - map.getSize().getWidth() / 2.0),
                        (int) Math.round(p.get("y").doubleValue() - map.getSize().getHeight() / 2.0))
                .click().perform();
    }

    @Test
    void theMinistryGoesFromTheNationToLaiChauToBinhLuAndItsDevices() {
        try (Browser ministry = Browser.signedIn("bo.canbo")) {
            WebDriver driver = ministry.driver();
            driver.get(Browser.APP_URL + "index.xhtml");
            driver.findElement(By.id("m-dashboard")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("dash-map")));
            assertTrue(driver.findElement(By.id("page-title")).getText().contains("Bộ Văn hóa"), driver.findElement(By.id("page-title")).getText());
            assertEquals(10, driver.findElements(By.cssSelector("section.dash-card")).size(), "a card per indicator");
            assertEquals(34, driver.findElements(By.cssSelector("#dash\\:units_data tr")).size(), "a row per province");
            WebElement map = driver.findElement(By.id("dash-map"));
            await(driver).until(d -> "provinces".equals(map.getAttribute("data-loaded")));
            clickMapAt(driver, "dash-map", 22.18, 103.62); // the point of Lai Châu farthest from its borders on the simplified map
            await(driver).until(ExpectedConditions.urlContains("unit=12"));
            assertTrue(driver.findElement(By.id("page-title")).getText().contains("Tỉnh Lai Châu"));
            await(driver).until(d -> "12".equals(d.findElement(By.id("dash-map")).getAttribute("data-loaded")));
            assertEquals(38, driver.findElements(By.cssSelector("#dash\\:units_data tr")).size(), "Lai Châu's 38 communes");
            driver.findElement(By.linkText("Xã Bình Lư")).click();
            await(driver).until(ExpectedConditions.urlContains("unit=03390"));
            assertTrue(driver.findElement(By.id("page-title")).getText().contains("Xã Bình Lư"));
            assertTrue(driver.findElement(By.id("dash:up")).getText().contains("Tỉnh Lai Châu"), "and back up");
            driver.findElement(By.id("dash:devices")).click();
            await(driver).until(ExpectedConditions.urlContains("devices/index.xhtml"));
            await(driver).until(d -> d.getPageSource().contains(device));
            assertTrue(ministry.consoleErrors().isEmpty(), ministry.consoleErrors().toString());
        }
    }

    @Test
    void theSpreadsheetSaysWhatTheScreenSays() throws Exception {
        try (Browser ministry = Browser.signedIn("bo.canbo")) {
            WebDriver driver = ministry.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(Browser.APP_URL + "dashboard/index.xhtml?unit=96");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("card-WEBSITE")));
            assertEquals("66,7 %", driver.findElement(By.cssSelector("#card-WEBSITE .dash-number")).getText());
            assertTrue(driver.findElement(By.cssSelector("#card-WEBSITE")).getText().contains("3/64"), "partial data said");
            assertEquals("Chưa có số liệu", driver.findElement(By.cssSelector("#card-FEEDBACK_PROCESSED .dash-number")).getText());
            // a gauge per card with a value (a chart, not hand-drawn), none where nothing is known
            assertTrue(driver.findElement(By.cssSelector("#card-WEBSITE .dash-gauge canvas")).isDisplayed());
            assertTrue(driver.findElements(By.cssSelector("#card-FEEDBACK_PROCESSED .dash-gauge")).isEmpty());
            // what the devices did in the last thirty days: Hồng Dân's three days from the roll-up
            assertEquals("6", driver.findElement(By.cssSelector("#act-broadcasts .dash-number")).getText());
            assertEquals("1", driver.findElement(By.cssSelector("#act-air .dash-number")).getText(), "3,600 s on air");
            assertEquals("1,5", driver.findElement(By.cssSelector("#act-fm .dash-number")).getText());
            // the trend: a chart and its table, one row per period with accepted reports
            assertTrue(driver.findElement(By.id("dash:trend-chart")).isDisplayed());
            List<WebElement> periods = driver.findElements(By.cssSelector(".dash-trend-row"));
            assertEquals(2, periods.size());
            assertTrue(periods.get(1).getText().contains("Kỳ thử bảng mục tiêu (Cà Mau)") && periods.get(1).getText().contains("66,7 %"),
                    periods.get(1).getText());
            // the year before, chosen from the list: that period's reports only
            js.executeScript("PF(arguments[0]).selectValue(arguments[1]); PF(arguments[0]).triggerChange();",
                    widget(driver, "dash:period"), String.valueOf(driver.findElement(By.cssSelector("#dash\\:period_input option:nth-child(2)"))
                            .getAttribute("value")));
            await(driver).until(d -> "0 %".equals(d.findElement(By.cssSelector("#card-WEBSITE .dash-number")).getText()));
            assertTrue(driver.findElement(By.id("card-WEBSITE")).getText().contains("1/64"));
            js.executeScript("PF(arguments[0]).selectValue(''); PF(arguments[0]).triggerChange();", widget(driver, "dash:period"));
            await(driver).until(d -> "66,7 %".equals(d.findElement(By.cssSelector("#card-WEBSITE .dash-number")).getText()));
            // the table's row of Phường Bạc Liêu, as shown
            List<WebElement> cells = driver.findElement(By.xpath("//a[text()='Phường Bạc Liêu']/ancestor::tr")).findElements(By.tagName("td"));
            Map<Integer, String> shown = new HashMap<>();
            for (int i = 1; i <= 10; i++) {
                shown.put(i, cells.get(i).getText());
            }
            // and Hồng Dân's activity: bulletins, hours on air, hours on FM (the sheet has the relays between)
            List<WebElement> hongDan = driver.findElement(By.xpath("//a[text()='Xã Hồng Dân']/ancestor::tr")).findElements(By.tagName("td"));
            List<String> activity = List.of(hongDan.get(11).getText(), hongDan.get(12).getText(), hongDan.get(13).getText());
            assertEquals(List.of("6", "1", "1,5"), activity);
            // the XLSX the button gives, fetched with the page's own form and session
            String base64 = (String) js.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var form = document.getElementById('dash'); var data = new FormData(form); data.append('dash:xlsx', '');
                    fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {
                      var s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });""");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
                Sheet sheet = wb.getSheetAt(0);
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("Tỉnh Cà Mau"));
                Row self = sheet.getRow(3);
                assertEquals("Tỉnh Cà Mau", self.getCell(0).getStringCellValue());
                assertEquals(66.7, self.getCell(4).getNumericCellValue(), 1e-9, "the WEBSITE card's value");
                Row bacLieu = null;
                for (Row r : sheet) {
                    if (r.getCell(0) != null && "Phường Bạc Liêu".equals(r.getCell(0).getStringCellValue())) {
                        bacLieu = r;
                    }
                }
                assertTrue(bacLieu != null, "Bạc Liêu's row");
                for (Row r : sheet) {
                    if (r.getCell(0) != null && "Xã Hồng Dân".equals(r.getCell(0).getStringCellValue())) {
                        java.util.function.IntFunction<String> n = c -> new java.math.BigDecimal(String.valueOf(r.getCell(c).getNumericCellValue()))
                                .stripTrailingZeros().toPlainString().replace('.', ',');
                        assertEquals(activity, List.of(n.apply(11), n.apply(12), n.apply(15)), "bulletins, hours on air, hours on FM");
                    }
                }
                for (int i = 1; i <= 10; i++) {
                    String onScreen = shown.get(i);
                    var cell = bacLieu.getCell(i);
                    String inFile = cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK ? "Chưa có số liệu"
                            : new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                            .replace('.', ',') + " %";
                    assertEquals(onScreen, inFile, "column " + i);
                }
            }
            assertTrue(ministry.consoleErrors().isEmpty(), ministry.consoleErrors().toString());
        }
    }

    @Test
    void aProvinceUploadsItsOwnTargetsFromItsDashboard() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("muc-tieu-sai", ".json");
        java.nio.file.Files.writeString(bad, "{\"targets\": [{\"indicator\": \"WEBSITE\", \"level\": \"PROVINCE\", \"year\": 2025, "
                + "\"value\": 90, \"comparison\": \">=\"}]}");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("muc-tieu-lai-chau", ".json");
        java.nio.file.Files.writeString(good, "{\"targets\": [{\"indicator\": \"WEBSITE\", \"level\": \"PROVINCE\", \"year\": 2025, "
                + "\"value\": 90, \"comparison\": \">=\", \"source\": \"Kế hoạch của UBND tỉnh Lai Châu (thử)\"}]}");
        try (Browser leader = Browser.signedIn("laichau.lanhdao")) {
            WebDriver driver = leader.driver();
            driver.get(Browser.APP_URL + "dashboard/index.xhtml");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("dash:own-targets")));
            // a file without its source document: refused, the entry and field named
            driver.findElement(By.id("targets-file")).sendKeys(bad.toAbsolutePath().toString());
            WebElement upload = driver.findElement(By.id("dash:upload-targets"));
            upload.click();
            gone(driver, upload);
            String said = driver.findElement(By.id("dash:messages")).getText();
            assertTrue(said.contains("targets[0].source") && said.contains("không hợp lệ"), said);
            assertTrue(driver.findElements(By.id("own-list")).isEmpty(), "nothing kept");
            // the right file: its target shows on the cards
            driver.findElement(By.id("targets-file")).sendKeys(good.toAbsolutePath().toString());
            upload = driver.findElement(By.id("dash:upload-targets"));
            upload.click();
            gone(driver, upload);
            assertTrue(driver.findElement(By.id("dash:messages")).getText().contains("Đã nhận 1 mục tiêu"));
            assertTrue(driver.findElement(By.id("card-WEBSITE")).getText().contains("≥ 90 % (2025)"));
            assertTrue(driver.findElement(By.id("own-list")).getText().contains("Kế hoạch của UBND tỉnh Lai Châu"));
            // and removed again
            WebElement remove = driver.findElement(By.id("dash:remove-targets"));
            remove.click();
            gone(driver, remove);
            assertTrue(!driver.findElement(By.id("card-WEBSITE")).getText().contains("≥ 90 % (2025)"));
            assertTrue(leader.consoleErrors().isEmpty(), leader.consoleErrors().toString());
        }
    }

    @Test
    void theProvincesLeaderSignsTheStatementOfItsTargetsFromTheDashboard() throws Exception {
        try (Browser officer = Browser.signedIn("laichau.canbo")) {
            officer.driver().get(Browser.APP_URL + "dashboard/index.xhtml");
            await(officer.driver()).until(ExpectedConditions.visibilityOfElementLocated(By.id("statements")));
            assertTrue(officer.driver().findElements(By.id("dash:issue-statement")).isEmpty(), "an officer does not sign");
        }
        try (Browser leader = Browser.signedIn("laichau.lanhdao")) {
            WebDriver driver = leader.driver();
            driver.get(Browser.APP_URL + "dashboard/index.xhtml");
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("statements")));
            int before = driver.findElements(By.cssSelector(".dash-statement")).size();
            WebElement sign = driver.findElement(By.id("dash:issue-statement"));
            sign.click();
            gone(driver, sign);
            String said = driver.findElement(By.id("dash:messages")).getText();
            assertTrue(said.contains("Đã ký số và ban hành báo cáo số") && said.contains("/BC-UBND"), said);
            List<WebElement> listed = driver.findElements(By.cssSelector(".dash-statement"));
            assertEquals(before + 1, listed.size());
            assertTrue(listed.get(0).getText().contains("Tình hình thực hiện mục tiêu"), listed.get(0).getText());
            // the link gives the signed PDF, with the session the page has
            String href = listed.get(0).findElement(By.tagName("a")).getAttribute("href");
            assertEquals("200 %PDF-", Browser.fetch(driver, href, 5));
            assertTrue(leader.consoleErrors().isEmpty(), leader.consoleErrors().toString());
        }
    }
}
