package org.openmat.simulator.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SyntheticCohortTests {

    @Test
    void theSameSeedGivesTheSameGroupsStatesAndAnswersWhateverTheRun() {
        SyntheticCohort first = SyntheticCohort.generate("run1", 500, 7L, CohortMix.defaults(), "pw");
        SyntheticCohort second = SyntheticCohort.generate("run2", 500, 7L, CohortMix.defaults(), "other");

        assertThat(fingerprint(first)).isEqualTo(fingerprint(second));
        assertThat(first.patients().get(0).user().username()).isEqualTo("sim-run1-p00000");
        assertThat(first.patients().get(0).user().id()).isNotEqualTo(second.patients().get(0).user().id());
    }

    @Test
    void anotherSeedGivesAnotherCohort() {
        SyntheticCohort first = SyntheticCohort.generate("run", 500, 7L, CohortMix.defaults(), "pw");
        SyntheticCohort other = SyntheticCohort.generate("run", 500, 8L, CohortMix.defaults(), "pw");

        assertThat(fingerprint(first)).isNotEqualTo(fingerprint(other));
    }

    @Test
    void groupCountsFollowTheMixExactly() {
        SyntheticCohort cohort = SyntheticCohort.generate("run", 1000, 42L, CohortMix.defaults(), "pw");

        assertThat(cohort.groupCounts()).isEqualTo(Map.of(CohortGroup.NONE_OR_MILD, 700, CohortGroup.MODERATE, 100,
                CohortGroup.SEVERE, 50, CohortGroup.NON_RESPONDER, 100, CohortGroup.NO_CONSENT, 50));
    }

    @Test
    void everyAnswerFitsItsGroupAndNonRespondersGiveNone() {
        SyntheticCohort cohort = SyntheticCohort.generate("run", 1000, 3L, CohortMix.defaults(), "pw");

        for (SyntheticPatient patient : cohort.patients()) {
            assertThat(patient.sowsRatings().values()).allSatisfy(rating -> assertThat(rating).isBetween(0, 4));
            switch (patient.group()) {
                case NONE_OR_MILD, NO_CONSENT -> assertThat(patient.score().orElseThrow().band())
                        .isIn(Band.NONE, Band.MILD);
                case MODERATE -> assertThat(patient.score().orElseThrow().band()).isEqualTo(Band.MODERATE);
                case SEVERE -> assertThat(patient.score().orElseThrow().band()).isEqualTo(Band.SEVERE);
                case NON_RESPONDER -> assertThat(patient.score()).isEmpty();
            }
            if (patient.answers()) {
                assertThat(patient.sowsRatings()).hasSize(16);
            }
        }
    }

    @Test
    void noneOrMildAnswersIncludeCravingOnlySoTheTwoRulesDiffer() {
        SyntheticCohort cohort = SyntheticCohort.generate("run", 1000, 42L, CohortMix.defaults(), "pw");

        long strict = cohort.patients().stream().flatMap(p -> p.score().stream())
                .filter(NoWithdrawalRule.STRICT::judge).count();
        long pragmatic = cohort.patients().stream().flatMap(p -> p.score().stream())
                .filter(NoWithdrawalRule.PRAGMATIC::judge).count();

        assertThat(strict).isPositive().isLessThan(pragmatic);
    }

    @Test
    void clinicianPoolOffersEachRegionAThirdMoreInductionSlotsThanItHasPatients() {
        SyntheticCohort cohort = SyntheticCohort.generate("run", 1000, 42L, CohortMix.defaults(), "pw");

        ClinicianPool pool = ClinicianPool.forCohort(cohort, "pw");

        cohort.patientsPerRegion().forEach((region, patients) -> {
            long clinicians = pool.clinicians().stream().filter(c -> c.region() == region).count();
            assertThat(clinicians * ClinicianPool.INDUCTIONS_PER_DAY).isGreaterThanOrEqualTo(patients * 4L / 3);
        });
        assertThat(pool.clinicians()).extracting(SyntheticClinician::npi).doesNotHaveDuplicates();
    }

    private static List<String> fingerprint(SyntheticCohort cohort) {
        return cohort.patients().stream()
                .map(p -> p.group() + "/" + p.state() + "/" + p.sowsRatings() + "/" + p.dateOfBirth())
                .toList();
    }
}
