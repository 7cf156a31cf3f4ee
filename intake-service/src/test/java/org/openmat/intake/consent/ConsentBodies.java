package org.openmat.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Consent request bodies as a client sends them, signed a moment ago. */
final class ConsentBodies {

    private ConsentBodies() {
    }

    static Instant aMomentAgo() {
        return Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A TPO consent to treating providers and partner pharmacies, plus partner pharmacy pharm-b by name; no expiry. */
    static String tpo(Instant signedAt) {
        return """
                {"information": ["PRESCRIPTIONS_AND_MEDICATIONS", "OUD_DIAGNOSIS"],
                 "recipients": {"classes": ["TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"],
                                "named": [{"name": "Mesa Family Pharmacy", "kind": "PHARMACY", "partnerId": "pharm-b"}]},
                 "purpose": {"purposes": ["TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"]},
                 "revocationRightAcknowledged": true,
                 "expiry": {"kind": "NONE"},
                 "signature": {"typedName": "Dana Rivera", "signedAt": "%s"},
                 "consentTextVersion": "part2-consent-v1"}""".formatted(signedAt);
    }

    /** A consent for another purpose to one named recipient, ending on a date. */
    static String otherPurposeUntil(LocalDate lastDay, Instant signedAt) {
        return """
                {"information": ["VISIT_RECORDS"],
                 "recipients": {"named": [{"name": "Kings County Drug Court", "kind": "OTHER"}]},
                 "purpose": {"purposes": ["OTHER"], "otherDescription": "Report attendance to my drug court"},
                 "revocationRightAcknowledged": true,
                 "expiry": {"kind": "DATE", "date": "%s"},
                 "signature": {"typedName": "Dana Rivera", "signedAt": "%s"},
                 "consentTextVersion": "part2-consent-v1"}""".formatted(lastDay, signedAt);
    }

    /** No expiry on a non-TPO purpose, a class of recipients it may not name, no signature, an unknown text version. */
    static String invalid() {
        return """
                {"information": ["VISIT_RECORDS"],
                 "recipients": {"classes": ["TREATING_PROVIDERS"]},
                 "purpose": {"purposes": ["OTHER"], "otherDescription": "Report attendance to my drug court"},
                 "revocationRightAcknowledged": true,
                 "expiry": {"kind": "NONE"},
                 "consentTextVersion": "part2-consent-v0"}""";
    }
}
