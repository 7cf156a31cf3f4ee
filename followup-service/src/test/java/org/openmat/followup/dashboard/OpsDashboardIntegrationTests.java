package org.openmat.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@FollowupIntegrationTest
class OpsDashboardIntegrationTests {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @Test
    void servesThePageAndItsScriptsWithoutATokenUnderAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = fetch("/ops/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>")
                .doesNotContain("<script>", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "connect-src 'self' " + origin(TestTokens.issuer()))
                .doesNotContain("unsafe-inline");

        HttpResponse<String> script = fetch("/ops/app.js", "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(fetch("/ops/dashboard.css", "text/css").statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsTheBarePathToThePage() throws Exception {
        HttpResponse<String> bare = fetch("/ops", "text/html");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/ops/");
    }

    @Test
    void tellsThePageWhereToSignInWithoutAToken() {
        HttpJson.Response config = HttpJson.localhost(port).get("/ops/config.json", null);

        assertThat(config.status()).isEqualTo(200);
        JsonNode body = config.body();
        assertThat(body.get("issuer").asString()).isEqualTo(TestTokens.issuer());
        assertThat(body.get("clientId").asString()).isEqualTo("mat-api");
        assertThat(body.get("defaultRule").asString()).isEqualTo("strict-v1");
        assertThat(body.get("rules").valueStream().map(rule -> rule.get("id").asString()))
                .containsExactly("strict-v1", "pragmatic-v1");
    }

    @Test
    void keepsTheFiguresTheDashboardShowsForOperationsOnly() {
        HttpJson http = HttpJson.localhost(port);
        String ops = TestTokens.issue("ops-" + UUID.randomUUID(), "ops");
        String patient = TestTokens.issue(UUID.randomUUID().toString(), "patient");

        assertThat(http.get("/api/ops/outcomes?groupBy=inductionWeek", null).status()).isEqualTo(401);
        assertThat(http.get("/api/ops/outcomes?groupBy=inductionWeek", patient).status()).isEqualTo(403);
        assertThat(http.get("/api/ops/worklists/overdue", patient).status()).isEqualTo(403);
        assertThat(http.get("/api/ops/outcomes?groupBy=inductionWeek", ops).status()).isEqualTo(200);
        assertThat(http.get("/ops/../api/ops/outcomes", null).status()).isIn(400, 401);
    }

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        return BROWSER.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
