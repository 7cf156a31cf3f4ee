package org.openmat.scheduling.clinicians.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiCheckDigitTests {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1497758544"})
    void acceptsNpisWhoseLastDigitIsTheLuhnCheckOverThe80840Prefix(String npi) {
        assertThat(NpiCheckDigit.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "1245319596", "2134567893"})
    void rejectsNpisWithAWrongCheckDigitOrSwappedDigits(String npi) {
        assertThat(NpiCheckDigit.isValid(npi)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "12345678930", "123456789X", " 1234567893", "8084012345"})
    void rejectsAnythingButTenDigits(String npi) {
        assertThat(NpiCheckDigit.isValid(npi)).isFalse();
    }
}
