package org.forecastledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two reviewers in two browsers: one records a verdict through the form, the other's stale page gets the conflict. */
@QuarkusTest
@TestProfile(VerdictsInBrowserTest.OwnDatabase.class)
class VerdictsInBrowserTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    org.forecastledger.OwnDatabase.url("browser-verdicts"));
        }
    }

    private static final String CLAIM = "alpha-talks-resume";

    @TestHTTPResource("/")
    URL base;

    private final List<ChromeDriver> drivers = new ArrayList<>();

    @AfterEach
    void quit() {
        drivers.forEach(ChromeDriver::quit);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private ChromeDriver loggedIn(String username) {
        ChromeDriver driver = Browser.start();
        drivers.add(driver);
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.passwordOf(username));
        driver.findElement(By.cssSelector("form.form-card button[type=submit]")).click();
        waitFor(driver, "header.site .account .who");
        assertThat(driver.findElement(By.cssSelector("header.site .account .who")).getText()).startsWith(username);
        return driver;
    }

    private static void fill(ChromeDriver driver, String status, String rationale, String summary) {
        new Select(driver.findElement(By.id("v-status"))).selectByValue(status);
        driver.executeScript("arguments[0].value = '2026-11-30'", driver.findElement(By.id("v-asof")));
        WebElement text = driver.findElement(By.id("v-rationale"));
        text.clear();
        text.sendKeys(rationale);
        driver.executeScript("arguments[0].value = '2026-03-01'", driver.findElement(By.id("e0-date")));
        driver.findElement(By.id("e0-summary")).sendKeys(summary);
        driver.findElement(By.id("e0-source")).sendKeys("Test wire");
    }

    @Test
    void aReviewerRecordsAVerdictAndAStalePageGetsTheConflictWithBothVersions() {
        TestAccounts.ensure("bianca", Role.REVIEWER);
        TestAccounts.ensure("carl", Role.REVIEWER);
        ChromeDriver bianca = loggedIn("bianca");
        ChromeDriver carl = loggedIn("carl");
        carl.get(url("/claims/" + CLAIM));
        bianca.get(url("/claims/" + CLAIM));

        fill(bianca, "HELD", "Bianca's reading: talks resumed.", "Talks resumed in Geneva.");
        Browser.screenshot(bianca, "verdict-form-filled");
        bianca.findElement(By.cssSelector(".verdict-form button[value=save]")).click();
        waitFor(bianca, "p.notice[role=status]");
        assertThat(bianca.findElement(By.cssSelector("p.notice[role=status]")).getText()).contains("Recorded revision 2");
        assertThat(bianca.findElement(By.cssSelector(".claim-detail header .badge")).getText()).contains("Held");
        assertThat(bianca.findElement(By.cssSelector("ol.history")).getText())
                .contains("Bianca's reading: talks resumed.", "decided by Reviewer (bianca)");
        Browser.screenshot(bianca, "verdict-recorded");

        bianca.get(url("/"));
        WebElement card = bianca.findElement(By.xpath("//article[contains(@class,'card')][.//a[@href='/claims/" + CLAIM
                + "']]"));
        assertThat(card.getAttribute("class")).contains("status-held");

        fill(carl, "FAILED", "Carl's reading: they never met.", "No meeting took place.");
        carl.findElement(By.cssSelector(".verdict-form button[value=save]")).click();
        waitFor(carl, "section.conflict");
        String conflict = carl.findElement(By.cssSelector("section.conflict")).getText();
        assertThat(conflict).contains("Somebody recorded a newer verdict", "Bianca's reading: talks resumed.",
                "Revision 2 by bianca", "Carl's reading: they never met.");
        assertThat(carl.findElement(By.id("v-rationale")).getAttribute("value")).isEqualTo("Carl's reading: they never met.");
        assertThat(carl.findElement(By.id("e0-summary")).getAttribute("value")).isEqualTo("No meeting took place.");
        assertThat(new Select(carl.findElement(By.id("v-status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("FAILED");
        Browser.screenshot(carl, "verdict-conflict");
        carl.manage().window().setSize(new Dimension(390, 900));
        Browser.screenshot(carl, "verdict-conflict-phone");
        Object scroll = carl.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(scroll).as("no horizontal scroll at 390 px").isEqualTo(true);
    }

    /** A form post navigates: wait for the next page before reading it. */
    private static void waitFor(ChromeDriver driver, String css) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }
}
