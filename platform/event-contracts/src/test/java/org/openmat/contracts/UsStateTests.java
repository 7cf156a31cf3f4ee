package org.openmat.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsStateTests {

    @Test
    void coversFiftyStatesDcAndFiveTerritories() {
        assertThat(UsState.values()).hasSize(56);
    }

    @Test
    void readsCodesIgnoringCaseAndRejectsUnknownOnes() {
        assertThat(UsState.fromCode("ny")).contains(UsState.NY);
        assertThat(UsState.fromCode(" HI ")).contains(UsState.HI);
        assertThat(UsState.fromCode("XX")).isEmpty();
        assertThat(UsState.fromCode(null)).isEmpty();
    }
}
