package org.openmat.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.OPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmat.scheduling.clinicians.ClinicianFixtures;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;

/** Clinicians set up through the API as operations would: a profile, then weekly hours. */
final class AvailabilityFixtures {

    private AvailabilityFixtures() {
    }

    /** A clinician named Ada Ng with weekly rules such as {@code "MONDAY 09:00-11:00"} in their own zone. */
    static UUID clinician(HttpJson http, String zone, List<Map<String, Object>> licences,
            List<Map<String, Object>> dea, String... rules) {
        UUID id = ClinicianFixtures.register(http,
                ClinicianFixtures.profile(ClinicianFixtures.newSubject(), "Ada", "Ng", zone, licences, dea));
        List<Map<String, String>> weekly = new ArrayList<>();
        for (String rule : rules) {
            String[] parts = rule.split("[ -]");
            weekly.add(Map.of("day", parts[0], "start", parts[1], "end", parts[2]));
        }
        Response set = http.put("/api/clinicians/" + id + "/availability/weekly", OPS,
                HttpJson.json(Map.of("rules", weekly)));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        return id;
    }
}
