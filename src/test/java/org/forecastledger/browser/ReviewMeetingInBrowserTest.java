package org.forecastledger.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.forecastledger.account.Role;
import org.forecastledger.account.TestAccounts;
import org.forecastledger.review.ReviewProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real review meeting in three browsers: a facilitator and two reviewers, each logged in through /login. The
 * votes reach the facilitator's page live (the count changes, the page is not reloaded); the reveal reaches the
 * reviewers live; the decision lands on the ledger and the dashboard shows it.
 */
@QuarkusTest
@TestProfile(ReviewProfile.class)
class ReviewMeetingInBrowserTest {

    static final String CLAIM = "alpha-treaty-extended";

    @TestHTTPResource("/")
    URL base;

    final List<ChromeDriver> drivers = new ArrayList<>();

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
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        stale(new WebDriverWait(driver, Duration.ofSeconds(10))).until(d -> !d.getCurrentUrl().contains("/login"));
        return driver;
    }

    private static void markNoReload(ChromeDriver driver) {
        driver.executeScript("window.stillTheSamePage = true;");
    }

    private static void assertNotReloaded(ChromeDriver driver) {
        assertThat(driver.executeScript("return window.stillTheSamePage === true;")).as("not reloaded").isEqualTo(true);
    }

    private static String count(ChromeDriver driver) {
        return driver.findElement(By.cssSelector("[data-vote-count='" + CLAIM + "']")).getText();
    }

    private static void vote(ChromeDriver driver, String status, String note) {
        WebElement item = driver.findElement(By.id("item-" + CLAIM));
        new Select(item.findElement(By.name("status"))).selectByValue(status);
        new Select(item.findElement(By.name("confidence"))).selectByValue("high");
        item.findElement(By.name("note")).sendKeys(note);
        item.findElement(By.cssSelector("form.vote-form button[type=submit]")).click();
        stale(new WebDriverWait(driver, Duration.ofSeconds(10)))
                .until(d -> d.findElement(By.id("item-" + CLAIM)).getText().contains("Your vote:"));
    }

    @Test
    void threePeopleRunAMeetingFromTheirOwnBrowsers() {
        TestAccounts.ensure("meet-one", Role.REVIEWER);
        TestAccounts.ensure("meet-two", Role.REVIEWER);
        String location = TestAccounts.asFacilitator().contentType(ContentType.JSON)
                .body(Map.of("title", "Browser meeting", "claimIds", List.of(CLAIM))).post("/api/sessions").then()
                .statusCode(201).extract().header("Location");
        String page = location.substring(location.indexOf("/api/sessions/")).replace("/api/sessions/", "/review-sessions/");

        ChromeDriver facilitator = loggedIn(TestAccounts.ADMIN);
        ChromeDriver one = loggedIn("meet-one");
        ChromeDriver two = loggedIn("meet-two");
        for (ChromeDriver driver : drivers) {
            driver.get(url(page));
            stale(new WebDriverWait(driver, Duration.ofSeconds(10)))
                    .until(d -> d.findElement(By.id("live-status")).getText().startsWith("Live"));
        }
        WebDriverWait wait = stale(new WebDriverWait(facilitator, Duration.ofSeconds(10)));
        markNoReload(facilitator);
        assertThat(count(facilitator)).isEqualTo("0");

        vote(one, "HELD", "Extended, as the gazette says.");
        wait.until(d -> count(facilitator).equals("1"));
        vote(two, "UNRESOLVABLE", "Cannot tell <yet>.");
        wait.until(d -> count(facilitator).equals("2"));
        assertNotReloaded(facilitator);
        assertThat(facilitator.getPageSource()).doesNotContain("Extended, as the gazette says.")
                .doesNotContain("Cannot tell");
        Browser.screenshot(facilitator, "review-facilitator-votes-in");

        markNoReload(one);
        facilitator.findElement(By.cssSelector("#item-" + CLAIM + " .facilitator-actions button")).click();
        stale(new WebDriverWait(one, Duration.ofSeconds(10)))
                .until(d -> d.findElement(By.id("item-" + CLAIM)).getText().contains("Cannot tell <yet>."));
        assertNotReloaded(one);
        Browser.screenshot(one, "review-reviewer-after-reveal");

        markNoReload(two);
        WebElement form = facilitator.findElement(By.cssSelector("#item-" + CLAIM + " form.decision-form"));
        new Select(form.findElement(By.name("status"))).selectByValue("UNRESOLVABLE");
        form.findElement(By.name("rationale")).sendKeys("The meeting could not settle it.");
        Browser.screenshot(facilitator, "review-facilitator-deciding");
        form.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.findElement(By.id("item-" + CLAIM)).getText().contains("Decision"));
        stale(new WebDriverWait(two, Duration.ofSeconds(10)))
                .until(d -> d.findElement(By.id("item-" + CLAIM)).getText().contains("The meeting could not settle it."));
        assertNotReloaded(two);
        assertThat(two.findElement(By.id("agreement")).getText()).contains("meet-one: 0 of 1")
                .contains("meet-two: 1 of 1");

        facilitator.get(url("/?q=treaty"));
        WebElement card = facilitator.findElements(By.cssSelector("table.comparison .card")).stream()
                .filter(c -> c.getText().contains("The treaty will be extended by spring.")).findFirst().orElseThrow();
        assertThat(card.findElement(By.cssSelector(".badge")).getText()).endsWith("Unresolvable");
        for (ChromeDriver driver : drivers) {
            List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(severe).as("browser errors").isEmpty();
        }
    }

    /** Live updates replace the elements a wait reads: a stale one is read again on the next poll. */
    private static WebDriverWait stale(WebDriverWait wait) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }
}
