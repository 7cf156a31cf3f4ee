package org.openmat.simulator.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CohortMixTests {

    @Test
    void countsAddUpToTheCohortByLargestRemainder() {
        var counts = CohortMix.defaults().counts(7);

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
        assertThat(counts.get(CohortGroup.NONE_OR_MILD)).isEqualTo(5);
    }

    @Test
    void percentagesMustSumToOneHundred() {
        assertThatThrownBy(() -> new CohortMix(70, 10, 5, 10, 4)).hasMessageContaining("sum to 100");
    }
}
