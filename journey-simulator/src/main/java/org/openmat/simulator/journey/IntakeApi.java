package org.openmat.simulator.journey;

import static org.openmat.simulator.journey.StepCalls.expect;
import static org.openmat.simulator.journey.StepCalls.instant;
import static org.openmat.simulator.journey.StepCalls.uuid;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.journey.ApiViews.Registered;
import org.openmat.simulator.journey.ApiViews.Screened;
import org.openmat.simulator.system.Credentials;
import tools.jackson.databind.JsonNode;

/** The patient's steps in intake: sign-up, screening, Part 2 consent. */
public final class IntakeApi {

    private final StepCalls calls;

    IntakeApi(StepCalls calls) {
        this.calls = calls;
    }

    public Registered register(Credentials patient, Map<String, Object> registration) {
        String step = "intake: register";
        JsonNode body = expect(step, calls.post(step, "/api/patients", patient, registration), Set.of(200, 201))
                .json();
        return new Registered(uuid(body, "patientId"), instant(body, "registeredAt"));
    }

    public Screened screen(Credentials patient, Map<String, Object> answers) {
        String step = "intake: screening";
        JsonNode body = expect(step, calls.post(step, "/api/patients/me/screening", patient, answers), Set.of(201))
                .json();
        return new Screened(body.path("outcome").asString(), instant(body, "submittedAt"));
    }

    public UUID consent(Credentials patient, Map<String, Object> consent) {
        String step = "intake: consent";
        return uuid(expect(step, calls.post(step, "/api/patients/me/consents", patient, consent), Set.of(201))
                .json(), "consentId");
    }
}
