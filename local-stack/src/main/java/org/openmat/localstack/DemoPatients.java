package org.openmat.localstack;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo patients' sign-up, screening and consent bodies. Dana (patient.demo, New York) consents to disclosure to
 * her treating providers and partner pharmacies; Jordan (patient2.demo, Arizona) reports benzodiazepine use, so a
 * clinician sees a flag, and has signed no consent, so nothing of theirs may reach a pharmacy. Riley (patient3.demo,
 * New York) is left for the end-to-end tests.
 */
public final class DemoPatients {

    public static final Map<String, Object> DANA_RIVERA = signUp("Dana", "Rivera", "1988-04-12", "+12125550142",
            "patient@demo.openmat.local", Map.of("line1", "12 Demo Street", "city", "Albany", "state", "NY",
                    "postalCode", "12207"), "NY", "America/New_York", "pharm-a");

    public static final Map<String, Object> JORDAN_BAKER = signUp("Jordan", "Baker", "1993-11-02", "+16025550173",
            "patient2@demo.openmat.local", Map.of("line1", "40 Saguaro Way", "city", "Phoenix", "state", "AZ",
                    "postalCode", "85004"), "AZ", "America/Phoenix", "pharm-b");

    public static final Map<String, Object> RILEY_CHEN = signUp("Riley", "Chen", "1979-06-30", "+15165550118",
            "patient3@demo.openmat.local", Map.of("line1", "7 Harbor Lane", "city", "Hempstead", "state", "NY",
                    "postalCode", "11550"), "NY", "America/New_York", "pharm-a");

    private DemoPatients() {
    }

    /** The screening as filled in at {@code now}, by the services' clock. */
    public static Map<String, Object> screening(boolean benzodiazepines, Instant now) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("opioidsUsed", List.of(Map.of("opioid", "fentanyl", "routes", List.of("smoked"))));
        answers.put("lastOpioidUse", now.minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        answers.put("buprenorphineTreatment", "none");
        answers.put("methadoneTreatment", "none");
        answers.put("benzodiazepineUse", benzodiazepines);
        answers.put("alcoholUse", "never");
        answers.put("otherSedativeUse", false);
        answers.put("pregnantOrPossiblyPregnant", false);
        answers.put("breastfeeding", false);
        answers.put("severeLiverDisease", false);
        answers.put("allergicToBuprenorphine", false);
        answers.put("allergicToNaloxone", false);
        answers.put("withdrawalSelfRating", 5);
        answers.put("emergencyContact", Map.of("name", "Alex Rivera", "relationship", "sibling", "phone", "(212) 555-0199"));
        return answers;
    }

    /** The consent as signed at {@code now}, by the services' clock. */
    public static Map<String, Object> pharmacyConsent(String typedName, Instant now) {
        return Map.of(
                "information", List.of("PRESCRIPTIONS_AND_MEDICATIONS", "VISIT_RECORDS"),
                "recipients", Map.of("classes", List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), "named", List.of()),
                "purpose", Map.of("purposes", List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS")),
                "revocationRightAcknowledged", true,
                "expiry", Map.of("kind", "EVENT", "event", "END_OF_TREATMENT"),
                "signature", Map.of("typedName", typedName,
                        "signedAt", now.minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString()),
                "consentTextVersion", "part2-consent-v1");
    }

    private static Map<String, Object> signUp(String given, String family, String dateOfBirth, String phone,
            String email, Map<String, String> address, String state, String timeZone, String pharmacy) {
        return Map.of(
                "legalName", Map.of("given", given, "family", family),
                "dateOfBirth", dateOfBirth,
                "phone", phone,
                "email", email,
                "homeAddress", address,
                "currentState", state,
                "timeZone", timeZone,
                "preferredPharmacyId", pharmacy,
                "coverage", Map.of("kind", "SELF_PAY"));
    }
}
