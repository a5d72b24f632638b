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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through Keycloak's login page with the demo users, in a real headless Chromium,
 * against the real EAR, Keycloak and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class LoginUiIT {

    private static final String PASSWORD = "demo";

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

    private HomePage signInAs(String username) {
        assertNull(HomePage.open(driver), "an anonymous visitor must not see the home page");
        KeycloakLoginPage.expect(driver).signIn(username, PASSWORD);
        return HomePage.expect(driver);
    }

    @Test
    void binhLuOfficerSeesTheirCommuneAndProvince() {
        HomePage home = signInAs("binhlu.canbo");

        assertEquals("Xã Bình Lư — Tỉnh Lai Châu", home.unitChain());
        assertEquals("Xã Bình Lư — Tỉnh Lai Châu", home.headerUnit());
        assertEquals("Vàng Văn Sơn", home.userName());
        assertEquals("Xin chào, Vàng Văn Sơn", home.greeting());
        assertTrue(home.roles().contains("Công chức Văn hóa - Xã hội cấp xã"), home.roles());
        assertTrue(home.menuItems().contains("Báo cáo của đơn vị"), home.menuItems().toString());
        assertFalse(home.menuItems().stream().anyMatch(i -> i.startsWith("Quản lý người dùng")), "an officer has no user administration");
        assertFalse(home.menuItems().contains("Kỳ báo cáo"), "only the ministry opens reporting periods");
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    @Test
    void anotherCommunesOfficerSeesTheirOwnUnitNotBinhLu() {
        HomePage home = signInAs("sontayha.canbo");

        assertEquals("Xã Sơn Tây Hạ — Tỉnh Quảng Ngãi", home.unitChain());
        assertFalse(home.pageText().contains("Bình Lư"), "nothing of Bình Lư on another commune's page");
    }

    @Test
    void provinceAndMinistryUsersSeeTheirLevelsMenus() {
        HomePage province = signInAs("laichau.canbo");
        assertEquals("Tỉnh Lai Châu", province.unitChain());
        assertTrue(province.menuItems().contains("Tiếp nhận báo cáo cấp dưới"), province.menuItems().toString());
        province.signOut();

        HomePage ministry = signInAs("quantri");
        assertEquals("Bộ Văn hóa, Thể thao và Du lịch", ministry.unitChain());
        // the administrator's menu: user administration, a page now (no longer "Sắp có")
        assertEquals(List.of("Trang chủ", "Quản lý người dùng"), ministry.menuItems());
    }

    @Test
    void theLanguageSwitchesToEnglishAndStaysForTheSession() {
        HomePage home = signInAs("binhlu.lanhdao").switchToEnglish();

        assertEquals("Hello, Lò Văn Dũng", home.greeting());
        assertTrue(home.menuItems().contains("Home"), home.menuItems().toString());
        assertTrue(home.roles().contains("Commune People's Committee leader"), home.roles());

        driver.get(Browser.APP_URL);
        assertEquals("Hello, Lò Văn Dũng", HomePage.expect(driver).greeting());
    }

    @Test
    void signingOutEndsTheSsoSession() {
        signInAs("binhlu.canbo").signOut();

        // back at the application, which must ask Keycloak for the password again
        KeycloakLoginPage.expect(driver);
        driver.get(Browser.APP_URL);
        KeycloakLoginPage.expect(driver);
    }

    @Test
    void aUserWithoutAValidUnitGetsAClearErrorPage() {
        assertNull(HomePage.open(driver));
        KeycloakLoginPage.expect(driver).signIn("khongdonvi", PASSWORD);

        // the sign-in returns through Keycloak's redirects: wait for the page they end on (seen flaky in CI)
        String title = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("error-title"))).getText();
        assertEquals("Tài khoản chưa được gán đơn vị hợp lệ", title);
        String text = driver.findElement(By.id("error-text")).getText();
        assertTrue(text.contains("khongdonvi") && text.contains("99999"), text);
        String visible = driver.findElement(By.tagName("body")).getText();
        assertFalse(visible.contains("Exception") || visible.contains("at vn.nguon"), "no stack trace: " + visible);
        assertTrue(driver.findElements(By.id("unit-chain")).isEmpty());
    }
}
