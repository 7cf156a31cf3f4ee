package org.openmat.simulator.cohort;

import java.time.ZoneId;
import java.util.Map;

/**
 * The states synthetic patients live in, each with the partner pharmacy that serves it (pharm-a: New York and New
 * Jersey; pharm-b: Arizona and New Mexico, as the run command registers them) and the region of its clinicians.
 */
public enum PatientState {
    NY("America/New_York", "pharm-a", Region.EAST, "Albany", "12207"),
    NJ("America/New_York", "pharm-a", Region.EAST, "Newark", "07102"),
    AZ("America/Phoenix", "pharm-b", Region.WEST, "Phoenix", "85004"),
    NM("America/Denver", "pharm-b", Region.WEST, "Albuquerque", "87102");

    private final ZoneId zone;
    private final String pharmacyId;
    private final Region region;
    private final String city;
    private final String postalCode;

    PatientState(String zone, String pharmacyId, Region region, String city, String postalCode) {
        this.zone = ZoneId.of(zone);
        this.pharmacyId = pharmacyId;
        this.region = region;
        this.city = city;
        this.postalCode = postalCode;
    }

    public ZoneId zone() {
        return zone;
    }

    public String pharmacyId() {
        return pharmacyId;
    }

    public Region region() {
        return region;
    }

    Map<String, String> address(int houseNumber) {
        return Map.of("line1", houseNumber + " Simulation Street", "city", city, "state", name(),
                "postalCode", postalCode);
    }
}
