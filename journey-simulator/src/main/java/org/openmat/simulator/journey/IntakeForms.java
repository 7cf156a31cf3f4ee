package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmat.simulator.system.SyntheticUser;

/**
 * Screening and consent as a patient fills them in, dated by the services' clock; used by the simulator, the demo data
 * and the end-to-end tests. Without benzodiazepines the screening raises no review flag (heroin, last used two days
 * ago, nothing else), so an induction needs no override.
 */
public final class IntakeForms {

    private IntakeForms() {
    }

    public static Map<String, Object> screening(Instant now) {
        return screening(now, false);
    }

    /** With {@code benzodiazepines} the screening flags the patient for a clinician's review. */
    public static Map<String, Object> screening(Instant now, boolean benzodiazepines) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("opioidsUsed", List.of(Map.of("opioid", "heroin", "routes", List.of("smoked"))));
        answers.put("lastOpioidUse", now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
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
        answers.put("emergencyContact", Map.of("name", "Sam Contact", "relationship", "friend",
                "phone", "(212) 555-0100"));
        return answers;
    }

    /** A treatment/payment/operations consent naming treating providers and partner pharmacies. */
    static Map<String, Object> pharmacyConsent(SyntheticUser patient, Instant now) {
        return pharmacyConsent(patient.firstName() + " " + patient.lastName(), now);
    }

    /** The same consent, signed with {@code typedName}. */
    public static Map<String, Object> pharmacyConsent(String typedName, Instant now) {
        return Map.of(
                "information", List.of("PRESCRIPTIONS_AND_MEDICATIONS", "VISIT_RECORDS"),
                "recipients", Map.of("classes", List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"),
                        "named", List.of()),
                "purpose", Map.of("purposes", List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS")),
                "revocationRightAcknowledged", true,
                "expiry", Map.of("kind", "EVENT", "event", "END_OF_TREATMENT"),
                "signature", Map.of("typedName", typedName,
                        "signedAt", now.minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString()),
                "consentTextVersion", "part2-consent-v1");
    }
}
