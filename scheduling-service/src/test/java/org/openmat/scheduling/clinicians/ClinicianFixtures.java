package org.openmat.scheduling.clinicians;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;

/** Clinician profiles for tests: a fresh subject and NPI each, with licences and DEA registrations as asked. */
public final class ClinicianFixtures {

    public static final String OPS = TestTokens.issue("ops-" + UUID.randomUUID(), "ops");
    public static final String VALID_DEA = "AB1234563";

    private ClinicianFixtures() {
    }

    /** A random NPI whose check digit is computed here independently of the production check. */
    public static String randomNpi() {
        String payload = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String digits = "80840" + payload;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return payload + (10 - sum % 10) % 10;
    }

    public static Map<String, Object> licence(String state, String expiresOn) {
        return Map.of("state", state, "number", state + "-" + ThreadLocalRandom.current().nextInt(1_000_000),
                "expiresOn", expiresOn);
    }

    public static Map<String, Object> dea(String state, boolean scheduleIII, String expiresOn) {
        return Map.of("state", state, "number", VALID_DEA, "scheduleIII", scheduleIII, "expiresOn", expiresOn);
    }

    /** A prescriber licensed and DEA-registered with Schedule III authority in each state, through 2028. */
    public static Map<String, Object> prescriber(String subject, String zone, String... states) {
        List<Map<String, Object>> licences = new ArrayList<>();
        List<Map<String, Object>> dea = new ArrayList<>();
        for (String state : states) {
            licences.add(licence(state, "2028-12-31"));
            dea.add(dea(state, true, "2028-12-31"));
        }
        return profile(subject, "Ada", "Ng", zone, licences, dea);
    }

    public static Map<String, Object> profile(String subject, String given, String family, String zone,
            List<Map<String, Object>> licences, List<Map<String, Object>> dea) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("name", Map.of("given", given, "family", family));
        body.put("npi", randomNpi());
        body.put("timeZone", zone);
        body.put("caseloadLimit", 50);
        body.put("licences", licences);
        body.put("deaRegistrations", dea);
        return body;
    }

    /** Registers the clinician as operations and returns the new id. */
    public static UUID register(HttpJson http, Map<String, Object> profile) {
        HttpJson.Response created = http.post("/api/clinicians", OPS, HttpJson.json(profile));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    public static String newSubject() {
        return "clinician-" + UUID.randomUUID();
    }
}
