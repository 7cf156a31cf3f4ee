package org.openmat.simulator.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.simulator.cohort.Band;
import org.openmat.simulator.cohort.CohortGroup;
import org.openmat.simulator.cohort.CohortMix;
import org.openmat.simulator.cohort.NoWithdrawalRule;
import org.openmat.simulator.cohort.PatientState;
import org.openmat.simulator.cohort.SowsItems;
import org.openmat.simulator.cohort.SyntheticCohort;
import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.system.SyntheticUser;

class SimulatedTruthTests {

    private final SyntheticCohort cohort = new SyntheticCohort("run", 1L, CohortMix.defaults(), List.of(
            patient(0, CohortGroup.NONE_OR_MILD, ratings(0, 0)),
            patient(1, CohortGroup.NONE_OR_MILD, ratings(0, 3)),
            patient(2, CohortGroup.NONE_OR_MILD, ratings(6, 1)),
            patient(3, CohortGroup.MODERATE, ratings(12, 2)),
            patient(4, CohortGroup.SEVERE, ratings(25, 4)),
            patient(5, CohortGroup.NON_RESPONDER, Map.of()),
            patient(6, CohortGroup.NO_CONSENT, ratings(0, 0))));

    @Test
    void everyPatientIsInductedRespondersCompleteAndNonRespondersTurnOverdue() {
        SevenDayFigures truth = SimulatedTruth.of(cohort, NoWithdrawalRule.STRICT).figures();

        assertThat(truth.inducted()).isEqualTo(7);
        assertThat(truth.completed()).isEqualTo(6);
        assertThat(truth.overdue()).isEqualTo(1);
        assertThat(truth.pending()).isZero();
        assertThat(truth.bands()).isEqualTo(Map.of(Band.NONE, 2, Band.MILD, 2, Band.MODERATE, 1, Band.SEVERE, 1));
        assertThat(truth.openEscalations()).isEqualTo(2);
    }

    @Test
    void theRuleDecidesWhoHasNoWithdrawal() {
        assertThat(SimulatedTruth.of(cohort, NoWithdrawalRule.STRICT).figures().noWithdrawal())
                .as("total 0 on items 1-15: two all-zero answers and the craving-only one").isEqualTo(3);
        assertThat(SimulatedTruth.of(cohort, NoWithdrawalRule.PRAGMATIC).figures().noWithdrawal())
                .as("sixteen-item total within the mild band").isEqualTo(4);
    }

    @Test
    void onlyConsentingPatientsPrescriptionsReachAPharmacy() {
        SimulatedTruth truth = SimulatedTruth.of(cohort, NoWithdrawalRule.STRICT);

        assertThat(truth.dispensedByPartner()).isEqualTo(6);
        assertThat(truth.withheldFromPartner()).isEqualTo(1);
    }

    static Map<String, Integer> ratings(int withdrawal, int craving) {
        Map<String, Integer> ratings = new HashMap<>();
        int left = withdrawal;
        for (String item : SowsItems.WITHDRAWAL) {
            int rating = Math.min(4, left);
            ratings.put(item, rating);
            left -= rating;
        }
        ratings.put(SowsItems.CRAVING, craving);
        return ratings;
    }

    private static SyntheticPatient patient(int index, CohortGroup group, Map<String, Integer> ratings) {
        SyntheticUser user = new SyntheticUser(UUID.randomUUID(), "p" + index, "pw", "patient", "Avery", "Alder",
                Optional.empty());
        return new SyntheticPatient(index, user, group, PatientState.NY, LocalDate.of(1980, 1, 1), "+12125550100",
                ratings);
    }
}
