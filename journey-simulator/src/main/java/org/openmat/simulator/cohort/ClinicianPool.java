package org.openmat.simulator.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.openmat.simulator.system.SyntheticUser;

/**
 * Enough fresh clinicians per region for a cohort to book its inductions on one day: each offers
 * {@link #INDUCTIONS_PER_DAY} a day, and a third more are added so that patients choosing at random rarely collide.
 */
public record ClinicianPool(List<SyntheticClinician> clinicians) {

    public static final int INDUCTIONS_PER_DAY = 20;
    private static final double HEADROOM = 4.0 / 3.0;

    public static ClinicianPool forCohort(SyntheticCohort cohort, String password) {
        Random random = new Random(cohort.seed() ^ 0x5EEDC11L);
        int serialBase = Math.floorMod(cohort.runId().hashCode(), 9_000) * 100_000;
        List<SyntheticClinician> clinicians = new ArrayList<>();
        cohort.patientsPerRegion().forEach((region, patients) -> {
            int needed = patients == 0 ? 0 : (int) Math.ceil(patients * HEADROOM / INDUCTIONS_PER_DAY);
            for (int i = 0; i < needed; i++) {
                int index = clinicians.size();
                String username = "sim-%s-c%03d".formatted(cohort.runId(), index);
                String family = Names.family(random);
                SyntheticUser user = new SyntheticUser(SyntheticCohort.subjectOf(username), username, password,
                        "clinician", Names.given(random), family, Optional.empty());
                int serial = serialBase + index;
                clinicians.add(new SyntheticClinician(index, user, region, ProviderNumbers.npi(100_000_000 + serial),
                        ProviderNumbers.dea(family.charAt(0), serial), 10 * INDUCTIONS_PER_DAY));
            }
        });
        return new ClinicianPool(List.copyOf(clinicians));
    }

    public int size() {
        return clinicians.size();
    }
}
