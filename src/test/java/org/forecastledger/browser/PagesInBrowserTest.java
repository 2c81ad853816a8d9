package org.forecastledger.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does, in headless Chromium, on the real corpus: every page accessible and free of errors. */
@QuarkusTest
@TestProfile(CorpusProfile.class)
class PagesInBrowserTest {

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
    void theDashboardIsLightAndTheRestOfEachCellIsOneClickAway() {
        driver.get(url("/"));
        long elements = ((Number) driver.executeScript("return document.getElementsByTagName('*').length;")).longValue();
        assertThat(elements).as("DOM elements of the dashboard on the real corpus").isLessThanOrEqualTo(1500);
        assertThat(driver.findElements(By.cssSelector("table.comparison td"))).allSatisfy(cell ->
                assertThat(cell.findElements(By.cssSelector(".card"))).hasSizeLessThanOrEqualTo(3));

        WebElement more = driver.findElement(By.cssSelector("table.comparison a.more"));
        int total = Integer.parseInt(more.getText().replaceAll("^All (\\d+) claims.*$", "$1"));
        more.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/claims?theme="));
        assertThat(driver.getCurrentUrl()).contains("/claims?theme=").contains("&year=");
        assertThat(driver.findElement(By.cssSelector("p.lead")).getText()).endsWith(" of " + total + ".");
    }

    @Test
    void fromTheDashboardToTheExactWordsInTwoClicks() {
        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("2020, 2021, 2024");
        assertThat(driver.findElements(By.cssSelector("table.comparison thead th")))
                .extracting(WebElement::getText).containsExactly("Theme", "2020", "2021", "2024");
        Browser.screenshot(driver, "dashboard");

        new Select(driver.findElement(By.id("f-status"))).selectByValue("FAILED");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("status=FAILED"));
        assertThat(driver.getCurrentUrl()).contains("status=FAILED");
        List<WebElement> badges = driver.findElements(By.cssSelector("table.comparison .card .badge"));
        assertThat(badges).isNotEmpty().allSatisfy(badge -> assertThat(badge.getText()).endsWith("Failed"));
        Browser.screenshot(driver, "dashboard-failed");

        WebElement card = driver.findElement(By.cssSelector("table.comparison .card h3 a"));
        String statement = card.getText();
        String claimPath = card.getAttribute("href");
        card.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().equals(claimPath));
        assertThat(driver.getCurrentUrl()).isEqualTo(claimPath);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(statement);
        String highlighted = driver.findElement(By.cssSelector(".passage a.claim-mark")).getText();
        assertThat(highlighted).isNotBlank();
        Browser.screenshot(driver, "claim");

        String claimId = claimPath.substring(claimPath.lastIndexOf('/') + 1);
        driver.findElement(By.cssSelector("p.source a[href*='#claim-']")).click();
        // the click navigates to the document page: wait until it has loaded before reading the address and anchor
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("#claim-" + claimId)
                        && !d.findElements(By.id("claim-" + claimId)).isEmpty()
                        && "complete".equals(driver.executeScript("return document.readyState")));
        assertThat(driver.getCurrentUrl()).endsWith("#claim-" + claimId);
        WebElement anchor = driver.findElement(By.id("claim-" + claimId));
        assertThat(anchor.getAttribute("class")).contains("claim-mark");
        Object top = driver.executeScript("return arguments[0].getBoundingClientRect().top;", anchor);
        assertThat(((Number) top).doubleValue()).as("the highlighted passage is scrolled into view")
                .isBetween(0.0, 1000.0);
        assertThat(anchor.getText()).as("the document highlights the same words").isEqualTo(highlighted);
        Browser.screenshot(driver, "document-at-claim");
    }

    @Test
    void everyPageIsAccessibleAndFreeOfConsoleErrors() {
        List<String> pages = new ArrayList<>(List.of("/", "/?status=PENDING", "/themes", "/themes/ukraine-war",
                "/claims", "/claims?sort=status&size=20&page=1", "/claims/s20-ukraine-will-seek-russian-help",
                "/documents", "/scores", "/methodology", "/no-such-page"));
        for (String id : List.of("solovey-2020-ukraine", "us-russia-fault-lines-2021", "kremlin-officials-trump-2024",
                "solovey-kremlin-international", "asia-times-tepid-welcome-2024")) {
            pages.add("/documents/" + id);
        }
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            driver.get(url(page));
            driver.manage().logs().get(LogType.BROWSER); // drop what loading the page logged before the check below
            driver.navigate().refresh();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                boolean expected404 = page.equals("/no-such-page") && entry.getMessage().contains("404");
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected404) {
                    problems.add(page + ": console " + entry.getMessage());
                }
            }
            Results results = new AxeBuilder().analyze(driver);
            assertThat(results.getPasses()).as("axe-core ran on " + page).isNotEmpty();
            for (Rule violation : results.getViolations()) {
                if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                    problems.add(page + ": axe " + violation.getImpact() + " " + violation.getId() + " — "
                            + violation.getHelp() + " (" + violation.getNodes().size() + " nodes, first: "
                            + violation.getNodes().get(0).getTarget() + ")");
                }
            }
            Browser.screenshot(driver, "page" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void narrowScreensGetOneColumn() {
        driver.manage().window().setSize(new Dimension(390, 900));
        try {
            driver.get(url("/"));
            Object overflow = driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
            Browser.screenshot(driver, "dashboard-phone");
            driver.get(url("/claims/s20-ukraine-will-seek-russian-help"));
            Browser.screenshot(driver, "claim-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
