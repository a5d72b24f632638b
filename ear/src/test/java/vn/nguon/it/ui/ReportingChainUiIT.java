package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nguon.sim.Api;
import vn.nguon.it.Deployments;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.it.Periods;

/**
 * The whole commune → province chain in the browser, each step by the person who does it: the
 * Bình Lư officer fills and saves, the leader signs and submits, the Lai Châu officer returns it
 * with a comment, the officer fixes and the leader resubmits, the province accepts (seeing what
 * changed), and the province's own report carries Bình Lư's numbers; the province completes and
 * saves it, its leader signs and submits it, the ministry accepts it and starts its own from it.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingChainUiIT {

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

    /** A fresh browser (no SSO session) signed in as {@code user}. */
    private WebDriver as(String user) {
        closeBrowser();
        browser = Browser.signedIn(user);
        return browser.driver();
    }

    private static Map<String, String> completeQd135Report() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String s : new String[]{"I.1", "I.2", "II.1", "II.4", "III.1", "III.2", "III.3", "IV"}) {
            v.put("section:" + s, "Nội dung mục " + s + ": xã đã triển khai đầy đủ, đúng tiến độ.");
        }
        v.put("SL.tram_fm.gt", "1");
        v.put("SL.cum_khong_day.gt", "12");
        v.put("SL.cum_fm.gt", "4");
        v.put("SL.cum_ip.gt", "8");
        v.put("SL.ket_noi_ttn_tinh.gt", "có");
        v.put("SL.co_trang_ttdt.gt", "không");
        return v;
    }

    @Test
    void binhLuToLaiChauAndBack() {
        long period = Periods.open("QD135-SOKET-2026@1");

        // 1. the officer fills and saves
        WebDriver driver = as("binhlu.canbo");
        ReportPage page = ReportPage.openOwn(driver, period);
        assertFalse(page.hasButton("sign"), "an officer has no sign button");
        completeQd135Report().forEach(page::type);
        page.save();
        assertTrue(page.messages().contains("Đã lưu dự thảo"), page.messages());
        // the draft's preview opens from its button (a PDF through the browser's session)
        assertEquals("200 %PDF-", Browser.fetch(driver, Browser.href(driver, "report:preview"), 5));

        // 2. the leader signs and submits
        driver = as("binhlu.lanhdao");
        page = ReportPage.openOwn(driver, period);
        assertFalse(page.hasButton("save"), "a leader does not edit");
        page.sign();
        assertTrue(page.messages().contains("Đã ký"), page.messages());
        // the result is shown where the leader is looking: the page scrolls it into view from the buttons below
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var r = document.getElementById('report:messages').getBoundingClientRect();"
                        + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"));
        String number = page.text("report:number");
        assertTrue(number.matches(".*\\d+/BC-UBND.*"), number);
        // the confirmation said which number the signature would take, before it took it
        String promised = page.lastConfirmation().replaceAll("(?s).*?(\\d+/BC-UBND).*", "$1");
        assertTrue(number.contains(promised), page.lastConfirmation() + " / " + number);
        // signing issued the official document: downloadable from the report page and its timeline
        String signedNumber = number.replaceAll(".*?(\\d+/BC-UBND).*", "$1");
        assertTrue(page.text("report:documents").contains(signedNumber), page.text("report:documents"));
        assertEquals(1, driver.findElements(By.cssSelector("#report\\:documents a.doc-pdf")).size());
        assertEquals(1, driver.findElements(By.cssSelector("#report\\:timeline a.timeline-pdf")).size());
        String pdfHref = driver.findElement(By.cssSelector("#report\\:documents a.doc-pdf")).getAttribute("href");
        assertTrue(pdfHref.matches(".*/nguon/documents/\\d+/pdf"), pdfHref);
        // the links work in the browser (the JSON API would refuse its session): the PDF, the annexes, the draft's preview
        assertEquals("200 %PDF-", Browser.fetch(driver, pdfHref, 5));
        assertEquals("200 PK", Browser.fetch(driver, driver.findElement(By.cssSelector("#report\\:documents a.doc-xlsx")).getAttribute("href"), 2));
        assertEquals("404 ", Browser.fetch(driver, pdfHref.replaceAll("/\\d+/pdf$", "/999999999/pdf"), 0),
                "none such: refused, nothing served");
        page.submit();
        assertEquals("Đã gửi", page.status());

        // 3. the province officer is told (a notice in Vietnamese), finds it on the board and returns it with a comment
        driver = as("laichau.canbo");
        assertTrue(inboxOnceItShows(driver, "Báo cáo mới của Xã Bình Lư").contains("Xã Bình Lư đã gửi báo cáo"));
        driver.get(Browser.APP_URL + "reporting/board.xhtml?period=" + period);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Xã Bình Lư"))).click();
        page = ReportPage.expect(driver);
        assertEquals("Đã gửi", page.status());
        assertFalse(page.hasButton("save"), "the province does not edit a commune's report");
        assertFalse(driver.findElements(By.cssSelector("#report\\:documents a.doc-pdf")).isEmpty(),
                "the province downloads the commune's signed document");
        page.returnWith("Số cụm loa FM chưa khớp với biên bản kiểm kê, đề nghị xã rà soát lại.");
        assertEquals("Bị trả lại", page.status());

        // 4. the officer sees the comment (a notice on the home page, then on the report), fixes the
        //    figure; the leader signs and resubmits
        driver = as("binhlu.canbo");
        String inbox = inboxOnceItShows(driver, "Báo cáo bị trả lại");
        assertTrue(inbox.contains("Tỉnh Lai Châu trả lại báo cáo") && inbox.contains("chưa khớp với biên bản kiểm kê"), inbox);
        page = ReportPage.openOwn(driver, period);
        assertTrue(page.text("report:return-reason").contains("chưa khớp với biên bản kiểm kê"), page.text("report:return-reason"));
        page.type("SL.cum_fm.gt", "3").save();
        assertEquals("Dự thảo", page.status());
        assertTrue(page.meta().contains("Lần 2"), "a returned report continues as revision 2: " + page.meta());
        driver = as("binhlu.lanhdao");
        page = ReportPage.openOwn(driver, period).sign().submit();
        assertEquals("Đã gửi", page.status());

        // 5. the province sees what changed and accepts
        driver = as("laichau.canbo");
        driver.get(Browser.APP_URL + "reporting/board.xhtml?period=" + period);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Xã Bình Lư")));
        assertEquals(1, driver.findElements(By.cssSelector("a.board-pdf")).size(), "the board links the signed document");
        driver.findElement(By.linkText("Xã Bình Lư")).click();
        page = ReportPage.expect(driver);
        assertEquals(2, driver.findElements(By.cssSelector("#report\\:documents a.doc-pdf")).size(), "one per signed revision");
        assertTrue(page.diffRows().stream().anyMatch(r -> r.contains("FM") && r.contains("4") && r.contains("3")),
                page.diffRows().toString());
        page.accept();
        assertEquals("Đã tiếp nhận", page.status());

        // 6. the province's own report starts from Bình Lư's accepted numbers
        page = ReportPage.openOwn(driver, period);
        assertEquals("Dự thảo", page.status());
        assertEquals("12", page.cell("SL.cum_khong_day.gt").getAttribute("value"));
        assertEquals("3", page.cell("SL.cum_fm.gt").getAttribute("value"));
        assertEquals("8", page.cell("SL.cum_ip.gt").getAttribute("value"));
        assertEquals("1", page.cell("SL.ket_noi_ttn_tinh.gt").getAttribute("value"), "a count of yes answers");
        assertEquals("12", page.rollupValue("SL.cum_khong_day.gt"));
        assertTrue(page.text("rollup-accepted").contains("Xã Bình Lư"), page.text("rollup-accepted"));
        assertTrue(page.text("rollup-missing").contains("Xã"), "the other communes of Lai Châu are missing");
        assertFalse(page.text("rollup-missing").contains("Bình Lư"));
        assertEquals(java.util.List.of(), browser.consoleErrors());

        // 7. the province completes its own report from the roll-up and saves it: its figures are roll-ups
        //    (a count of "có", sums above a commune's bounds), not a commune's answers
        page.applyRollup();
        assertTrue(page.messages().contains("tổng hợp"), page.messages());
        ReportPage own = page;
        completeQd135Report().forEach((key, value) -> {
            if (key.startsWith("section:")) {
                own.type(key, "Tỉnh: " + value);
            }
        });
        page.save();
        assertTrue(page.messages().contains("Đã lưu dự thảo"), page.messages());
        assertEquals("1", page.cell("SL.ket_noi_ttn_tinh.gt").getAttribute("value"));

        // 8. the province's leader signs and submits it to the ministry
        driver = as("laichau.lanhdao");
        page = ReportPage.openOwn(driver, period).sign();
        assertTrue(page.messages().contains("Đã ký"), page.messages());
        assertTrue(page.text("report:number").matches(".*\\d+/BC-UBND.*"), page.text("report:number"));
        page.submit();
        assertEquals("Đã gửi", page.status());

        // 9. the ministry finds Lai Châu on its national board and accepts; its own report sums the provinces' counts
        driver = as("bo.canbo");
        driver.get(Browser.APP_URL + "reporting/board.xhtml?period=" + period);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Tỉnh Lai Châu"))).click();
        page = ReportPage.expect(driver);
        assertEquals("Đã gửi", page.status());
        page.accept();
        assertEquals("Đã tiếp nhận", page.status());
        page = ReportPage.openOwn(driver, period);
        assertEquals("1", page.cell("SL.ket_noi_ttn_tinh.gt").getAttribute("value"), "the provinces' counts, summed");
        assertEquals("12", page.cell("SL.cum_khong_day.gt").getAttribute("value"));
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    /** The home page's inbox once it lists {@code expected} (notices travel through the outbox and JMS). */
    private static String inboxOnceItShows(WebDriver driver, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            HomePage.open(d);
            return d.findElement(By.id("inbox")).getText().contains(expected);
        });
        return driver.findElement(By.id("inbox")).getText();
    }
}
