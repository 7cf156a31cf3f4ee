package org.openmat.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class QuestionnaireIntegrationTests {

    @LocalServerPort int port;

    @Test
    void servesTheCurrentQuestionnaireWithItsVersionItemsAndAllowedAnswers() {
        Response response = HttpJson.localhost(port).get("/api/screening/questionnaire",
                TestTokens.issue(UUID.randomUUID().toString(), "patient"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("id").asString()).isEqualTo("openmat-oud-screening");
        assertThat(body.get("version").asString()).isEqualTo("1");
        JsonNode opioids = item(body, "opioids-used");
        assertThat(opioids.get("type").asString()).isEqualTo("choice");
        assertThat(opioids.get("repeats").asBoolean()).isTrue();
        assertThat(opioids.get("answerOptions").findValuesAsString("code")).contains("fentanyl", "heroin");
        assertThat(opioids.at("/items/0/answerOptions").findValuesAsString("code")).contains("injected");
        JsonNode rating = item(body, "withdrawal-self-rating");
        assertThat(rating.get("type").asString()).isEqualTo("integer");
        assertThat(rating.get("minValue").asInt()).isZero();
        assertThat(rating.get("maxValue").asInt()).isEqualTo(10);
        assertThat(rating.get("answerField").asString()).isEqualTo("withdrawalSelfRating");
        assertThat(item(body, "methadone-treatment").get("answerOptions").findValuesAsString("code"))
                .containsExactly("none", "past", "current");
    }

    @Test
    void namesTheSubmissionFieldOfEveryItemSoThatClientsCanAnswerIt() {
        Response response = HttpJson.localhost(port).get("/api/screening/questionnaire",
                TestTokens.issue(UUID.randomUUID().toString(), "clinician"));

        List<JsonNode> items = flattened(response.body().get("items"));
        assertThat(items).hasSizeGreaterThan(15);
        assertThat(items).allSatisfy(item -> assertThat(item.hasNonNull("answerField")).as(item.get("linkId").asString())
                .isTrue());
    }

    @Test
    void refusesAnonymousCallers() {
        assertThat(HttpJson.localhost(port).get("/api/screening/questionnaire", null).status()).isEqualTo(401);
    }

    private static JsonNode item(JsonNode questionnaire, String linkId) {
        return flattened(questionnaire.get("items")).stream()
                .filter(item -> item.get("linkId").asString().equals(linkId)).findFirst().orElseThrow();
    }

    private static List<JsonNode> flattened(JsonNode items) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode item : items) {
            all.add(item);
            if (item.has("items")) {
                all.addAll(flattened(item.get("items")));
            }
        }
        return all;
    }
}
