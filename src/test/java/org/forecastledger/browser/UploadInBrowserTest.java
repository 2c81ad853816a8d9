package org.forecastledger.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.ingest.IngestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer, in headless Chromium, uploads an article, accepts a suggested forecast and finds it on the dashboard. */
@QuarkusTest
@TestProfile(IngestProfile.class)
class UploadInBrowserTest {

    static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void uploadAcceptAndSeeTheClaimOnTheDashboard() throws IOException {
        String reviewer = TestAccounts.ensure("browser-reviewer", Role.REVIEWER);
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(reviewer);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.passwordOf(reviewer));
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        // the next address is asked for only once the login has answered (its cookie set)
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));

        Path file = Files.createTempFile("outlook", ".html");
        Files.writeString(file, "<html><body><h1>Outlook for the Black Sea</h1><p>The port was shelled again on "
                + "Monday.</p><p>Shipping insurers expect grain exports through the corridor to fall by a third "
                + "in 2043.</p><p>Should Kyiv accept the offer?</p></body></html>", StandardCharsets.UTF_8);
        driver.get(url("/documents/new"));
        driver.findElement(By.id("u-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("u-title")).sendKeys("Outlook for the Black Sea");
        driver.findElement(By.id("u-author")).sendKeys("Sea Analyst");
        driver.findElement(By.id("u-outlet")).sendKeys("Harbour Weekly");
        driver.executeScript("document.getElementById('u-published').value = '2042-03-01';");
        new Select(driver.findElement(By.id("u-kind"))).selectByValue("NEWS_REPORT");
        driver.findElement(By.id("u-year")).sendKeys("2042");
        accessible("upload");
        driver.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();

        waitUntil(d -> d.getCurrentUrl().contains("/documents/outlook-for-the-black-sea-2042"));
        List<WebElement> suggestions = driver.findElements(By.cssSelector("article.suggestion"));
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).getText()).contains("Shipping insurers expect grain exports")
                .contains("Shipping insurers");
        accessible("review");
        suggestions.get(0).findElement(By.cssSelector(".suggestion-actions button[type=submit]")).click();

        waitUntil(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
        WebElement notice = driver.findElement(By.cssSelector("p.notice"));
        assertThat(notice.getText()).contains("was added, pending until judged");
        String claimId = notice.findElement(By.tagName("a")).getText();
        assertThat(driver.findElement(By.id("claim-" + claimId)).getText())
                .startsWith("Shipping insurers expect grain exports");
        assertThat(driver.findElements(By.cssSelector("article.suggestion"))).isEmpty();
        Browser.screenshot(driver, "upload-accepted");

        driver.get(url("/"));
        assertThat(driver.findElements(By.cssSelector("table.comparison thead th"))).extracting(WebElement::getText)
                .contains("2042");
        WebElement card = driver.findElement(By.cssSelector("table.comparison a[href='/claims/" + claimId + "']"));
        assertThat(card.getText()).startsWith("Shipping insurers expect grain exports");
        Browser.screenshot(driver, "upload-on-dashboard");
    }

    private static void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(condition);
    }

    private void accessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Rule::getId).toList();
        assertThat(serious).as("axe-core on the " + page + " page").isEmpty();
    }
}
