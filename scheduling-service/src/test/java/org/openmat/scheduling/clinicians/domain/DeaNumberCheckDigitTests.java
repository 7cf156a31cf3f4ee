package org.openmat.scheduling.clinicians.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeaNumberCheckDigitTests {

    @ParameterizedTest
    @ValueSource(strings = {"AB1234563", "FN5623740", "BJ6125341", "ab1234563"})
    void acceptsTwoLettersAndSevenDigitsEndingInTheCheckDigit(String number) {
        assertThat(DeaNumberCheckDigit.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB1234564", "AB2134563", "MO1234567"})
    void rejectsAWrongCheckDigit(String number) {
        assertThat(DeaNumberCheckDigit.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"A1234563", "ABC123456", "AB123456", "AB12345630", "1B1234563", "AB 1234563"})
    void rejectsAnythingButTwoLettersAndSevenDigits(String number) {
        assertThat(DeaNumberCheckDigit.isValid(number)).isFalse();
    }
}
