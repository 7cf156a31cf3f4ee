package org.openmat.simulator.cohort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openmat.simulator.system.SyntheticUser;

/**
 * One synthetic patient: their Keycloak user, group, state and the SOWS ratings they will give at day 7 (empty for
 * non-responders). Everything here is made up; {@code toString} still shows only the username.
 */
public record SyntheticPatient(int index, SyntheticUser user, CohortGroup group, PatientState state,
        LocalDate dateOfBirth, String phone, Map<String, Integer> sowsRatings) {

    public boolean consents() {
        return group != CohortGroup.NO_CONSENT;
    }

    public boolean answers() {
        return group != CohortGroup.NON_RESPONDER;
    }

    public Optional<SowsScore> score() {
        return answers() ? Optional.of(SowsScore.of(sowsRatings)) : Optional.empty();
    }

    /** The sign-up body of {@code POST /api/patients}. */
    public Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legalName", Map.of("given", user.firstName(), "family", user.lastName()));
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("phone", phone);
        body.put("email", user.email());
        body.put("homeAddress", state.address(100 + index));
        body.put("currentState", state.name());
        body.put("timeZone", state.zone().getId());
        body.put("preferredPharmacyId", state.pharmacyId());
        body.put("coverage", Map.of("kind", "SELF_PAY"));
        return body;
    }

    @Override
    public String toString() {
        return "SyntheticPatient[" + user.username() + ", " + group + ", " + state + "]";
    }
}
