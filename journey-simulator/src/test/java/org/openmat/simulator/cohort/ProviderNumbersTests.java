package org.openmat.simulator.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderNumbersTests {

    @Test
    void npiCarriesTheLuhnDigitOverThe80840Prefix() {
        assertThat(ProviderNumbers.npi(123456789)).isEqualTo("1234567893");
        assertThat(ProviderNumbers.npi(198765432)).isEqualTo("1987654328");
    }

    @Test
    void deaNumberCarriesItsCheckDigit() {
        assertThat(ProviderNumbers.dea('m', 482913)).isEqualTo("BM4829137");
        assertThat(ProviderNumbers.dea('N', 730214)).isEqualTo("BN7302146");
    }
}
