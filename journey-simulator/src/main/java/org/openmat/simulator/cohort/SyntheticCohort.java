package org.openmat.simulator.cohort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.openmat.simulator.system.SyntheticUser;

/**
 * A seeded cohort: exact group counts from the mix, shuffled, each patient in one of the four states with the SOWS
 * ratings they will give. The same seed gives the same groups, states and answers; the run id only names the users.
 */
public record SyntheticCohort(String runId, long seed, CohortMix mix, List<SyntheticPatient> patients) {

    public static SyntheticCohort generate(String runId, int size, long seed, CohortMix mix, String password) {
        Random random = new Random(seed);
        List<CohortGroup> groups = new ArrayList<>();
        mix.counts(size).forEach((group, count) -> groups.addAll(Collections.nCopies(count, group)));
        Collections.shuffle(groups, random);
        SowsAnswerGenerator answers = new SowsAnswerGenerator(random);
        PatientState[] states = PatientState.values();
        List<SyntheticPatient> patients = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            CohortGroup group = groups.get(index);
            PatientState state = states[random.nextInt(states.length)];
            String username = "sim-%s-p%05d".formatted(runId, index);
            SyntheticUser user = new SyntheticUser(subjectOf(username), username, password, "patient",
                    Names.given(random), Names.family(random), Optional.empty());
            LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String phone = "+1%03d555%04d".formatted(201 + random.nextInt(700), random.nextInt(10_000));
            patients.add(new SyntheticPatient(index, user, group, state, born, phone, answers.answersFor(group)));
        }
        return new SyntheticCohort(runId, seed, mix, List.copyOf(patients));
    }

    static UUID subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("openmat-simulator:" + username).getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return patients.size();
    }

    public Map<Region, Integer> patientsPerRegion() {
        Map<Region, Integer> counts = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            counts.put(region, 0);
        }
        patients.forEach(patient -> counts.merge(patient.state().region(), 1, Integer::sum));
        return counts;
    }

    public Map<CohortGroup, Integer> groupCounts() {
        Map<CohortGroup, Integer> counts = new EnumMap<>(CohortGroup.class);
        patients.forEach(patient -> counts.merge(patient.group(), 1, Integer::sum));
        return counts;
    }
}
