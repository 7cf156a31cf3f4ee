package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProportionTests {

    @Test
    void keepsTheExactCountsAndRoundsOnlyForDisplay() {
        Proportion tenOfTwelve = new Proportion(10, 12);

        assertThat(tenOfTwelve.numerator()).isEqualTo(10);
        assertThat(tenOfTwelve.denominator()).isEqualTo(12);
        assertThat(tenOfTwelve.percent(1)).isEqualByComparingTo("83.3");
        assertThat(tenOfTwelve.percent(4)).isEqualByComparingTo("83.3333");
        assertThat(tenOfTwelve.display()).isEqualTo("10/12 (83.3%)");
    }

    @Test
    void roundsHalfUp() {
        assertThat(new Proportion(1, 8).percent(0)).isEqualTo(new BigDecimal("13"));
        assertThat(new Proportion(1, 40).percent(0)).isEqualTo(new BigDecimal("3"));
        assertThat(new Proportion(2, 3).percent(1)).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void showsAnEmptyDenominatorAsNotAvailableRatherThanZero() {
        Proportion none = new Proportion(0, 0);

        assertThat(none.isDefined()).isFalse();
        assertThat(none.display()).isEqualTo("0/0 (n/a)");
        assertThatIllegalStateException().isThrownBy(() -> none.percent(1));
    }

    @Test
    void rejectsANumeratorAboveTheDenominator() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Proportion(3, 2));
    }
}
