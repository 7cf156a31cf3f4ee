package org.openmat.systemtests;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.openmat.localstack.DemoUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ops dashboard as a person uses it: open it, sign in on Keycloak's own page, read what it shows. */
final class OpsDashboardPage {

    /** The page's {@code body[data-state]} once it has settled. */
    static final Set<String> SETTLED = Set.of("ready", "not-authorised", "signed-out", "error");

    private final WebDriver driver;
    private final URI url;
    private final WebDriverWait wait;

    OpsDashboardPage(WebDriver driver, URI followup) {
        this.driver = driver;
        this.url = followup.resolve("/ops/");
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    /** Opens the dashboard, which sends the browser to Keycloak; signs in there and waits to be back and settled. */
    String signInAs(DemoUser user) {
        driver.get(url.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        return awaitSettled();
    }

    String signOut() {
        byTestId("sign-out").click();
        wait.until(d -> "signed-out".equals(state()));
        return state();
    }

    String awaitSettled() {
        wait.until(d -> {
            String state = state();
            return state != null && SETTLED.contains(state);
        });
        return state();
    }

    String state() {
        Object state = ((JavascriptExecutor) driver).executeScript("return document.body.dataset.state || null");
        return state == null ? null : state.toString();
    }

    /** The element's text whether or not it is visible. */
    String text(String testId) {
        return byTestId(testId).getDomProperty("textContent").strip();
    }

    /** What a person sees of the element: empty when it is hidden. */
    String visibleText(String testId) {
        return byTestId(testId).getText();
    }

    boolean isShown(String testId) {
        return byTestId(testId).isDisplayed();
    }

    /** The rows of the weekly figures table under the trend chart. */
    int trendWeeks() {
        return driver.findElements(By.cssSelector("[data-testid='trend-table'] tbody tr")).size();
    }

    void click(String testId) {
        byTestId(testId).click();
    }

    String value(String testId) {
        return byTestId(testId).getDomProperty("value");
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    private WebElement byTestId(String testId) {
        return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }
}
