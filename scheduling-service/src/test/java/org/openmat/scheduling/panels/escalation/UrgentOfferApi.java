package org.openmat.scheduling.panels.escalation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import tools.jackson.databind.JsonNode;

/** The urgent offer endpoints as a patient's or a clinician's app calls them. */
record UrgentOfferApi(HttpJson http) {

    static UrgentOfferApi on(int port) {
        return new UrgentOfferApi(HttpJson.localhost(port));
    }

    /** The caller's own offers, in the order the endpoint lists them. */
    List<JsonNode> mine(String patientToken) {
        return list(http.get("/api/visits/urgent-offers/mine", patientToken));
    }

    List<JsonNode> ofClinician(String clinicianToken) {
        return list(http.get("/api/clinicians/me/urgent-offers", clinicianToken));
    }

    Response accept(String token, UUID offerId) {
        return http.post("/api/visits/urgent-offers/" + offerId + "/acceptance", token, "");
    }

    /** Waits until the patient sees the offer made for the escalation, and returns it. */
    JsonNode awaitOffer(String patientToken, UUID escalationId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> find(mine(patientToken), escalationId) != null);
        return find(mine(patientToken), escalationId);
    }

    static JsonNode find(List<JsonNode> offers, UUID escalationId) {
        return offers.stream().filter(offer -> offer.get("escalationId").asString().equals(escalationId.toString()))
                .findFirst().orElse(null);
    }

    static UUID id(JsonNode offer) {
        return UUID.fromString(offer.get("offerId").asString());
    }

    private static List<JsonNode> list(Response response) {
        if (response.status() != 200) {
            throw new AssertionError("listing offers failed: " + response.status() + " " + response.raw());
        }
        List<JsonNode> offers = new ArrayList<>();
        response.body().forEach(offers::add);
        return offers;
    }
}
