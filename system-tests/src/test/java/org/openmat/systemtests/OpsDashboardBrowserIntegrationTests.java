package org.openmat.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openmat.localstack.DemoUsers;
import org.openmat.testsupport.HttpJson;
import tools.jackson.databind.JsonNode;

/**
 * The ops dashboard in a real headless browser against the running system: signing in on Keycloak's own login page
 * with the public client (authorization code + PKCE), the page shows exactly the figures the outcome API reports for
 * the same period and rule, and a patient who signs in sees that it is not for them instead of any data. It runs
 * after the other system tests, so in a full run the figures include the inductions their journeys made.
 */
@Order(Integer.MAX_VALUE)
class OpsDashboardBrowserIntegrationTests {

    private static final Path TARGET = Path.of("target");

    private static RunningSystem system;
    private static URI followup;

    private HeadlessChromium browser;
    private Path downloads;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException().ifPresent(failure -> {
        if (browser != null) {
            browser.saveEvidence(TARGET.resolve("browser-evidence"), context.getRequiredTestMethod().getName());
        }
    });

    @BeforeAll
    static void runningSystem() {
        system = RunningSystem.shared();
        followup = system.service("followup").baseUri();
        KeycloakWebOrigins.allow(system.stack().keycloak(), DemoUsers.CLIENT_ID, followup);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsOpsTheDaySevenFigureTheApiReportsWithItsDenominatorCompletionRateAndRule() throws IOException {
        OpsDashboardPage page = new OpsDashboardPage(browser().driver(), followup);

        assertThat(page.signInAs(DemoUsers.OPS)).isEqualTo("ready");

        assertThat(page.visibleText("user")).isEqualTo(DemoUsers.OPS.username());
        JsonNode api = outcomes(page.value("from"), page.value("to"), page.value("rule"));
        JsonNode overall = api.path("overall");
        int inducted = overall.path("inducted").asInt();
        assertThat(page.text("headline-percent")).isEqualTo(percentOf(overall.path("noWithdrawalOfInducted")));
        assertThat(page.text("headline-numerator")).isEqualTo(overall.path("noWithdrawal").asString());
        assertThat(page.text("headline-denominator")).isEqualTo(Integer.toString(inducted));
        assertThat(page.visibleText("figures")).contains(overall.path("noWithdrawal").asInt() + " of " + inducted
                + " inducted patients");
        assertThat(page.text("completion-rate")).isEqualTo(percentOf(overall.path("completionRate")));
        assertThat(page.text("completed")).isEqualTo(overall.path("completed").asString());
        assertThat(page.text("completion-denominator")).isEqualTo(Integer.toString(inducted));
        assertThat(page.text("no-withdrawal-of-completed"))
                .isEqualTo(percentOf(overall.path("noWithdrawalOfCompleted")));
        assertThat(page.text("rule-id")).isEqualTo(api.path("rule").path("id").asString());
        assertThat(page.text("window")).isEqualTo(overall.path("window").asString());
        assertThat(page.text("period-from")).isEqualTo(api.path("period").path("from").asString());
        assertThat(page.text("period-to")).isEqualTo(api.path("period").path("to").asString());
        assertThat(page.text("headline-text")).isEqualTo(overall.path("headline").asString());
        assertThat(page.trendWeeks()).isEqualTo(api.path("groups").size());
        assertThat(page.isShown("worklist-open-escalations")).isTrue();
        page.click("worklist-overdue-csv");
        assertThat(downloadedCsv("overdue-check-ins-")).startsWith("checkInId,patientId,");
        System.out.println("The dashboard showed " + page.text("headline-text") + " for " + page.value("from") + " to "
                + page.value("to"));

        assertThat(page.signOut()).isEqualTo("signed-out");
    }

    @Test
    void showsAPatientThatTheDashboardIsNotForThemAndNoFigures() throws IOException {
        OpsDashboardPage page = new OpsDashboardPage(browser().driver(), followup);

        assertThat(page.signInAs(DemoUsers.PATIENT)).isEqualTo("not-authorised");

        assertThat(page.visibleText("not-authorised")).contains("Not authorised", "ops");
        assertThat(page.isShown("dashboard")).isFalse();
        assertThat(page.text("headline-percent")).isEqualTo("–");
        assertThat(page.text("headline-denominator")).isEqualTo("–");
    }

    private HeadlessChromium browser() throws IOException {
        downloads = Files.createDirectories(TARGET.resolve("browser-downloads").resolve(UUID.randomUUID().toString()));
        browser = HeadlessChromium.start(TARGET.resolve("browser-profiles"), downloads);
        return browser;
    }

    /** The CSV the page fetched with the bearer token and handed to the browser as a file. */
    private String downloadedCsv(String namePrefix) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> csv = files.filter(f -> f.getFileName().toString().startsWith(namePrefix)
                        && f.getFileName().toString().endsWith(".csv")).findFirst();
                return csv.isPresent() ? Files.readString(csv.get()) : null;
            }
        }, Objects::nonNull);
    }

    private static JsonNode outcomes(String from, String to, String rule) {
        String query = "groupBy=inductionWeek&from=" + from + "&to=" + to + "&rule="
                + URLEncoder.encode(rule, StandardCharsets.UTF_8);
        HttpJson.Response response = new HttpJson(followup.toString())
                .get("/api/ops/outcomes?" + query, system.token(DemoUsers.OPS));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** The percentage as the API states it in its display, e.g. "45.0%" of "9/20 (45.0%)", or "n/a". */
    private static String percentOf(JsonNode proportion) {
        String display = proportion.path("display").asString();
        return display.substring(display.lastIndexOf('(') + 1, display.length() - 1);
    }
}
