package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NoWithdrawalRuleTests {

    @Test
    void strictRuleRequiresZeroOnWithdrawalItems() {
        assertThat(NoWithdrawalRule.STRICT.judge(SowsScore.fromParts(0, 0))).isTrue();
        assertThat(NoWithdrawalRule.STRICT.judge(SowsScore.fromParts(1, 0))).isFalse();
    }

    @Test
    void strictRuleIgnoresCraving() {
        assertThat(NoWithdrawalRule.STRICT.judge(SowsScore.fromParts(0, 4))).isTrue();
    }

    @Test
    void pragmaticRuleAcceptsTotalsUpToTheTopOfTheMildBand() {
        assertThat(NoWithdrawalRule.PRAGMATIC.judge(SowsScore.fromParts(0, 0))).isTrue();
        assertThat(NoWithdrawalRule.PRAGMATIC.judge(SowsScore.fromParts(9, 1))).isTrue();
        assertThat(NoWithdrawalRule.PRAGMATIC.judge(SowsScore.fromParts(10, 1))).isFalse();
        assertThat(NoWithdrawalRule.PRAGMATIC.judge(SowsScore.fromParts(11, 0))).isFalse();
    }

    @Test
    void rulesCarryStableVersionedIds() {
        assertThat(NoWithdrawalRule.STRICT.id()).isEqualTo("strict-v1");
        assertThat(NoWithdrawalRule.PRAGMATIC.id()).isEqualTo("pragmatic-v1");
        assertThat(NoWithdrawalRule.PRAGMATIC.version()).isEqualTo("v1");
    }

    @Test
    void resolvesAConfiguredRuleById() {
        assertThat(NoWithdrawalRule.byId("pragmatic-v1")).isEqualTo(NoWithdrawalRule.PRAGMATIC);
    }

    @Test
    void rejectsAnUnknownRuleIdListingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoWithdrawalRule.byId("strict"))
                .withMessage("unknown no-withdrawal rule 'strict'; known rules: [strict-v1, pragmatic-v1]");
    }

    @Test
    void verdictRecordsTheRuleIdItWasJudgedUnder() {
        assertThat(NoWithdrawalRule.STRICT.verdictFor(SowsScore.fromParts(3, 0)))
                .isEqualTo(new RuleVerdict("strict-v1", false));
        assertThat(NoWithdrawalRule.PRAGMATIC.verdictFor(SowsScore.fromParts(3, 0)))
                .isEqualTo(new RuleVerdict("pragmatic-v1", true));
    }
}
