package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WithdrawalBandTests {

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
            "0, NONE",
            "1, MILD", "10, MILD",
            "11, MODERATE", "20, MODERATE",
            "21, SEVERE", "64, SEVERE"})
    void bandsFollowCtn0094Boundaries(int total, WithdrawalBand expected) {
        assertThat(WithdrawalBand.forTotal(total)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65})
    void rejectsTotalsOutsideTheInstrumentRange(int total) {
        assertThatIllegalArgumentException().isThrownBy(() -> WithdrawalBand.forTotal(total));
    }
}
