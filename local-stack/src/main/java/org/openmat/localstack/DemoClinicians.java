package org.openmat.localstack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Demo clinicians in several states and time zones, each with weekday availability in their own zone. Only
 * clinician.demo can log in (licensed in New York, New Jersey and Arizona, so both demo patients can book her); the
 * others make slot search show that licensure decides who a patient may book.
 */
final class DemoClinicians {

    /** A clinician's profile body and weekly availability, for the scheduling API. */
    record Demo(Map<String, Object> profile, List<Map<String, String>> weekly) {
    }

    private static final String LICENCE_EXPIRY = LocalDate.now().plusYears(2).toString();

    static final List<Demo> ALL = List.of(
            clinician(DemoUsers.CLINICIAN.id().toString(), "Maya", "Okafor", "1234567893", "America/New_York",
                    List.of("NY", "NJ", "AZ"), "BM4829137", "09:00", "17:00"),
            clinician("c0000000-0000-4000-8000-00000000a201", "Luis", "Navarro", "1987654328", "America/Phoenix",
                    List.of("AZ", "NM"), "BN7302146", "08:00", "16:00"),
            clinician("c0000000-0000-4000-8000-00000000a202", "Leilani", "Kahale", "1765432103", "Pacific/Honolulu",
                    List.of("HI"), "BK6150926", "08:00", "15:00"));

    private DemoClinicians() {
    }

    private static Demo clinician(String subject, String given, String family, String npi, String zone,
            List<String> states, String dea, String from, String to) {
        List<Map<String, Object>> licences = states.stream()
                .map(state -> Map.<String, Object>of("state", state, "number", state + "-" + npi.substring(4),
                        "expiresOn", LICENCE_EXPIRY))
                .toList();
        List<Map<String, Object>> registrations = states.stream()
                .map(state -> Map.<String, Object>of("state", state, "number", dea, "scheduleIII", true,
                        "expiresOn", LICENCE_EXPIRY))
                .toList();
        Map<String, Object> profile = Map.of("subject", subject, "name", Map.of("given", given, "family", family),
                "npi", npi, "timeZone", zone, "caseloadLimit", 100, "licences", licences,
                "deaRegistrations", registrations);
        List<Map<String, String>> weekly = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> Map.of("day", day, "start", from, "end", to))
                .toList();
        return new Demo(profile, weekly);
    }
}
