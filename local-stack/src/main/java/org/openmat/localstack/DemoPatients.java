package org.openmat.localstack;

import java.util.Map;

/**
 * The demo patients' sign-up bodies (their screening and consent forms are the simulator's {@code IntakeForms}). Dana (patient.demo, New York) consents to disclosure to
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
