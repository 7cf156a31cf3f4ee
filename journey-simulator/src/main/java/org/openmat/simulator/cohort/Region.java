package org.openmat.simulator.cohort;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Where synthetic clinicians practise: licensed (with DEA registrations) in its states, in one time zone. */
public enum Region {
    EAST("America/New_York"),
    WEST("America/Phoenix");

    private final ZoneId zone;

    Region(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<PatientState> states() {
        return Arrays.stream(PatientState.values()).filter(state -> state.region() == this).toList();
    }
}
