package org.openmat.simulator.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmat.simulator.system.SyntheticUser;

/** A synthetic clinician of a region: licensed and DEA-registered in its states, available every day. */
public record SyntheticClinician(int index, SyntheticUser user, Region region, String npi, String dea,
        int caseloadLimit) {

    /** Every day 00:00-23:59 in the clinician's zone: 20 induction slots (60 min + 10 min buffer) a day. */
    public static final String DAY_STARTS = "00:00";
    public static final String DAY_ENDS = "23:59";

    /** The body of {@code POST /api/clinicians}. */
    public Map<String, Object> profile(LocalDate credentialsExpire) {
        List<Map<String, Object>> licences = region.states().stream()
                .map(state -> Map.<String, Object>of("state", state.name(), "number", state.name() + "-SIM-" + npi,
                        "expiresOn", credentialsExpire.toString()))
                .toList();
        List<Map<String, Object>> registrations = region.states().stream()
                .map(state -> Map.<String, Object>of("state", state.name(), "number", dea, "scheduleIII", true,
                        "expiresOn", credentialsExpire.toString()))
                .toList();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("subject", user.id().toString());
        profile.put("name", Map.of("given", user.firstName(), "family", user.lastName()));
        profile.put("npi", npi);
        profile.put("timeZone", region.zone().getId());
        profile.put("caseloadLimit", caseloadLimit);
        profile.put("licences", licences);
        profile.put("deaRegistrations", registrations);
        return profile;
    }

    /** The body of {@code PUT /api/clinicians/{id}/availability/weekly}. */
    public Map<String, Object> weeklyAvailability() {
        return Map.of("rules", Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "start", DAY_STARTS, "end", DAY_ENDS))
                .toList());
    }

    @Override
    public String toString() {
        return "SyntheticClinician[" + user.username() + ", " + region + "]";
    }
}
