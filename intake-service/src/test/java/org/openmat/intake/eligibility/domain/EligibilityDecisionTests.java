package org.openmat.intake.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EligibilityDecisionTests {

    @Test
    void codesAreTheStableStringsCarriedInPatientEnrolled() {
        assertThat(Arrays.stream(EligibilityOutcome.values()).map(EligibilityOutcome::code))
                .containsExactly("ELIGIBLE", "ELIGIBLE_WITH_FLAGS", "NOT_ELIGIBLE", "PENDING_SCREENING");
        assertThat(Arrays.stream(EligibilityFlag.values()).map(EligibilityFlag::code)).containsExactly(
                "PREGNANCY", "BREASTFEEDING", "BENZODIAZEPINES", "ALCOHOL", "SEDATIVES", "METHADONE",
                "RECENT_FENTANYL", "LIVER_DISEASE", "ALLERGY", "MINOR_GUARDIAN_REQUIRED");
        assertThat(Arrays.stream(IneligibilityReason.values()).map(IneligibilityReason::code))
                .containsExactly("UNDER_MINIMUM_AGE", "STATE_NOT_SERVED");
    }

    @Test
    void eligibleWithoutFlagsIsPlainEligibleAndWithFlagsIsEligibleWithFlags() {
        assertThat(EligibilityDecision.eligible(Set.of()).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(EligibilityDecision.eligible(Set.of(EligibilityFlag.ALLERGY)).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE_WITH_FLAGS);
    }

    @Test
    void listsFlagCodesInAFixedOrderWhateverTheInputOrder() {
        EligibilityDecision decision = EligibilityDecision.eligible(
                Set.of(EligibilityFlag.ALLERGY, EligibilityFlag.PREGNANCY, EligibilityFlag.METHADONE));

        assertThat(decision.flagCodes()).containsExactly("PREGNANCY", "METHADONE", "ALLERGY");
    }

    @Test
    void refusesInconsistentDecisions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityDecision(
                EligibilityOutcome.NOT_ELIGIBLE, Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityDecision(
                EligibilityOutcome.ELIGIBLE, Set.of(EligibilityFlag.ALCOHOL), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityDecision(
                EligibilityOutcome.ELIGIBLE_WITH_FLAGS, Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityDecision(
                EligibilityOutcome.PENDING_SCREENING, Set.of(), Set.of(IneligibilityReason.STATE_NOT_SERVED)));
    }
}
