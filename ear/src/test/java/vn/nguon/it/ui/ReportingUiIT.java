package vn.nguon.it.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.nguon.it.Deployments;
import vn.nguon.sim.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.it.Periods;

/** Data entry in the browser: a cross-field error is shown where it applies and loses nothing; a valid save sticks. */
@ExtendWith(ArquillianExtension.class)
class ReportingUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theOfficerFillsTheAnnexSeesTheRuleErrorAndSaves() {
        long period = Periods.open("TTCS-2021-2025@1");
        assertNull(HomePage.open(driver));
        KeycloakLoginPage.expect(driver).signIn("binhlu.canbo", "demo");
        HomePage.expect(driver);

        ReportPage page = ReportPage.openOwn(driver, period);
        assertEquals("Dự thảo", page.status());

        page.type("PL01.cum_loa.sau", "35").type("PL01.cum_loa_ip.sau", "36").save();
        assertTrue(page.messages().contains("Số cụm loa ứng dụng CNTT-VT không được lớn hơn tổng số cụm loa"), page.messages());
        assertEquals("36", page.cell("PL01.cum_loa_ip.sau").getAttribute("value"), "what was typed stays");
        assertTrue(page.cell("PL01.cum_loa_ip.sau").getAttribute("class").contains("ui-state-error"));

        page.type("PL01.cum_loa_ip.sau", "6").save();
        assertTrue(page.messages().contains("Đã lưu dự thảo"), page.messages());

        ReportPage again = ReportPage.openOwn(driver, period);
        assertEquals("6", again.cell("PL01.cum_loa_ip.sau").getAttribute("value"));
        assertEquals("35", again.cell("PL01.cum_loa.sau").getAttribute("value"));
        String timeline = driver.findElement(By.id("report:timeline")).getText();
        assertTrue(timeline.contains("binhlu.canbo (Công chức Văn hóa - Xã hội cấp xã, Xã Bình Lư)"), timeline);
        assertTrue(timeline.contains("Tạo báo cáo: Dự thảo") && timeline.contains("Lưu dự thảo"), timeline);
        // officials read names, never role codes, unit codes or enum constants
        assertFalse(timeline.contains("commune-officer") || timeline.contains("03390") || timeline.contains("DRAFT")
                || timeline.contains("create:"), timeline);
    }
}
