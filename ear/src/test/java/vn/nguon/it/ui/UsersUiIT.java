package vn.nguon.it.ui;

import static vn.nguon.it.ui.Browser.await;

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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lai Châu's administrator creates an account for a randomly chosen commune of Lai Châu through the
 * page; the new user signs in through Keycloak with the temporary password, is made to choose their own,
 * and lands on that commune's home page; the administrator disables the account, and it can no longer
 * sign in. A field left wrong is named, with the form kept.
 */
@ExtendWith(ArquillianExtension.class)
class UsersUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** The communes of Lai Châu (province 12) in the official list shipped with Nguồn: code and name. */
    static List<String[]> laiChauCommunes() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                UsersUiIT.class.getClassLoader().getResourceAsStream("vn/nguon/org/data/communes.csv")), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(l -> l.split(",")).filter(c -> c[3].equals("12")).toList();
        }
    }

    static void waitForAjax(WebDriver driver) {
        await(driver).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    @Test
    void anAdministratorCreatesAnAccountThatSignsInChangesItsPasswordAndIsDisabled() throws Exception {
        List<String[]> communes = laiChauCommunes();
        String[] commune = communes.get(new Random().nextInt(communes.size()));
        String communeName = commune[2] + " " + commune[1];   // "Xã Bình Lư"
        String username = "canbo." + UUID.randomUUID().toString().substring(0, 6);
        String temporary;
        try (Browser admin = Browser.signedIn("laichau.quantri")) {
            WebDriver driver = admin.driver();
            driver.findElement(By.id("m-users")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("users:list")));
            // Lai Châu's people are listed, not Quảng Ngãi's
            String list = driver.findElement(By.id("users:list")).getText();
            assertTrue(list.contains("laichau.canbo") && !list.contains("quangngai.canbo"), list);

            driver.findElement(By.id("users:new")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("users:username")));
            driver.findElement(By.id("users:username")).sendKeys(username);
            driver.findElement(By.id("users:lastName")).sendKeys("Lò Thị");
            // the province's communes are offered, and the chosen one is picked (PrimeFaces' own select API)
            String offered = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.getElementById('users:commune_input').options).map(o => o.text).join('|');");
            assertTrue(offered.contains(communeName) && !offered.contains("Sơn Tây Hạ"), offered);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("PF('communeMenu').selectValue('" + commune[0] + "')");
            waitForAjax(driver);
            // no role chosen, no given name: both named, what was typed kept
            driver.findElement(By.id("users:save")).click();
            waitForAjax(driver);
            String messages = driver.findElement(By.id("users:messages")).getText();
            assertTrue(messages.contains("Tên: bắt buộc nhập") && messages.contains("Vai trò: bắt buộc nhập"), messages);
            assertEquals(username, driver.findElement(By.id("users:username")).getAttribute("value"));

            driver.findElement(By.id("users:firstName")).sendKeys("Hoa");
            // the roles offered are a commune's (no province or ministry role)
            String roles = driver.findElement(By.id("users:roles")).getText();
            assertTrue(roles.contains("Công chức Văn hóa - Xã hội cấp xã") && !roles.contains("Chuyên viên Bộ")
                    && !roles.contains("Chuyên viên Sở"), roles);
            driver.findElement(By.xpath("//*[@id='users:roles']//label[normalize-space(.)='Công chức Văn hóa - Xã hội cấp xã']")).click();
            driver.findElement(By.id("users:save")).click();
            waitForAjax(driver);
            assertFalse(driver.findElements(By.id("password-value")).isEmpty(),
                    () -> driver.findElement(By.id("users:messages")).getText());
            assertEquals(username, driver.findElement(By.id("password-user")).getText());
            temporary = driver.findElement(By.id("password-value")).getText();
            assertTrue(temporary.length() >= 12, temporary);
        }

        // the new user: temporary password, then their own, then the commune's home page
        try (Browser user = new Browser()) {
            WebDriver driver = user.driver();
            HomePage.open(driver);
            KeycloakLoginPage login = KeycloakLoginPage.expect(driver);
            login.signIn(username, temporary);
            login.setNewPassword("Mat-khau-rieng-2026");
            HomePage home = HomePage.expect(driver);
            assertTrue(home.headerUnit().contains(communeName), home.headerUnit() + " / " + communeName);
        }

        // disabled by the administrator: no more sign-in
        try (Browser admin = Browser.signedIn("laichau.quantri")) {
            WebDriver driver = admin.driver();
            driver.get(Browser.APP_URL + "users/index.xhtml");
            driver.findElement(By.id("users:search")).sendKeys(username);
            driver.findElement(By.id("users:filter")).click();
            waitForAjax(driver);
            await(driver).until(d -> d.findElements(By.cssSelector("#users\\:list tbody tr")).size() == 1
                    && d.findElement(By.id("users:list")).getText().contains(username));
            // the new user's sign-in is in the list (a time in Vietnam, not "—")
            String signedIn = driver.findElement(By.cssSelector("#users\\:list tbody tr td.user-last-sign-in")).getText();
            assertTrue(signedIn.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"), signedIn);
            driver.findElement(By.id("users:list:0:disable")).click();
            waitForAjax(driver);
            String done = driver.findElement(By.id("users:messages")).getText();
            assertTrue(done.contains("Đã vô hiệu hóa tài khoản " + username), done);
            assertTrue(driver.findElement(By.id("users:list")).getText().contains("Đã vô hiệu hóa"));
        }
        try (Browser user = new Browser()) {
            WebDriver driver = user.driver();
            HomePage.open(driver);
            KeycloakLoginPage login = KeycloakLoginPage.expect(driver);
            login.signIn(username, "Mat-khau-rieng-2026");
            String error = login.error();
            assertFalse(driver.getCurrentUrl().startsWith(Browser.APP_URL), driver.getCurrentUrl());
            assertTrue(error.toLowerCase().contains("vô hiệu") || error.toLowerCase().contains("disabled")
                    || error.toLowerCase().contains("khóa"), error);
        }
    }

    @Test
    void aCsvFileWithABadRowCreatesNothingUntilItIsFixed() throws Exception {
        String a = "nhap." + UUID.randomUUID().toString().substring(0, 6);
        String b = "nhap." + UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("nguon-users");
        java.nio.file.Path file = dir.resolve("tai-khoan.csv");
        String header = "username,last_name,first_name,unit_code,roles,email\n";
        java.nio.file.Files.writeString(file, header + a + ",Lò Thị,Mai,03390,commune-officer,\n" + b + ",Tòng Văn,Bình,99999,commune-leader,\n");
        try (Browser admin = Browser.signedIn("laichau.quantri")) {
            WebDriver driver = admin.driver();
            driver.get(Browser.APP_URL + "users/index.xhtml");
            driver.findElement(By.id("import:file")).sendKeys(file.toString());
            driver.findElement(By.id("import:run")).click();
            String problems = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:importProblems"))).getText();
            assertTrue(problems.contains("Dòng 3, cột unit_code — không có đơn vị mã “99999”"), problems);
            assertTrue(driver.findElement(By.id("import:importMessages")).getText().contains("chưa tài khoản nào được tạo"));
            // fixed: both created, each with its temporary password shown once
            java.nio.file.Files.writeString(file, header + a + ",Lò Thị,Mai,03390,commune-officer,\n" + b + ",Tòng Văn,Bình,03394,commune-leader,\n");
            driver.findElement(By.id("import:file")).sendKeys(file.toString());
            driver.findElement(By.id("import:run")).click();
            String shown = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:imported"))).getText();
            assertTrue(shown.contains(a) && shown.contains(b), shown);
            assertTrue(driver.findElement(By.id("import:importMessages")).getText().contains("Đã tạo 2 tài khoản"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    @Test
    void aWorkbookOfFortyAccountsShowsItsProgressThenEveryPassword() throws Exception {
        String prefix = "loat." + UUID.randomUUID().toString().substring(0, 4);
        String[][] rows = new String[41][];
        rows[0] = vn.nguon.it.UsersIT.HEADER;
        for (int i = 1; i <= 40; i++) {
            rows[i] = new String[]{prefix + "." + i, "Lò Thị", "Mai " + i, i % 2 == 0 ? "3390" : "03394", "commune-officer", ""};
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("nguon-users");
        java.nio.file.Path file = dir.resolve("tai-khoan.xlsx");
        java.nio.file.Files.write(file, vn.nguon.it.UsersIT.xlsx(rows));
        try (Browser admin = Browser.signedIn("laichau.quantri")) {
            WebDriver driver = admin.driver();
            driver.get(Browser.APP_URL + "users/index.xhtml");
            driver.findElement(By.id("import:file")).sendKeys(file.toString());
            driver.findElement(By.id("import:run")).click();
            // the accounts are made one by one in Keycloak (≈ 60 ms each): the page shows how far it has come
            String running = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("progressText"))).getText();
            assertTrue(running.contains("Đang tạo tài khoản") && running.contains("/ 40"), running);
            assertTrue(driver.findElement(By.id("import:bar")).isDisplayed());
            String shown = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("import:imported"))).getText();
            for (int i = 1; i <= 40; i++) {
                assertTrue(shown.contains(prefix + "." + i + " "), prefix + "." + i + " in " + shown);
            }
            assertTrue(driver.findElement(By.id("import:importMessages")).getText().contains("Đã tạo 40 tài khoản"));
            assertTrue(driver.findElements(By.id("progressText")).isEmpty(), "the progress is gone once done");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    @Test
    void aKeycloakThatDoesNotAnswerIsSaidOnThePageWithTheFormKept() throws Exception {
        String username = "treo." + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.signedIn("binhlu.quantri")) {
            WebDriver driver = admin.driver();
            driver.get(Browser.APP_URL + "users/index.xhtml");
            driver.findElement(By.id("users:new")).click();
            await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("users:username")));
            driver.findElement(By.id("users:username")).sendKeys(username);
            driver.findElement(By.id("users:lastName")).sendKeys("Lò Thị");
            driver.findElement(By.id("users:firstName")).sendKeys("Hoa");
            driver.findElement(By.xpath("//*[@id='users:roles']//label[normalize-space(.)='Công chức Văn hóa - Xã hội cấp xã']")).click();
            vn.nguon.it.UsersIT.keycloak("STOP");
            try {
                driver.findElement(By.id("users:save")).click();
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("users:messages")).getText()
                        .contains("Máy chủ đăng nhập (Keycloak) không phản hồi"));
            } finally {
                vn.nguon.it.UsersIT.keycloak("CONT");
            }
            assertEquals(username, driver.findElement(By.id("users:username")).getAttribute("value"), "the form is kept");
            assertTrue(driver.findElements(By.id("password-value")).isEmpty(), "no account, no password");
        }
    }
}
