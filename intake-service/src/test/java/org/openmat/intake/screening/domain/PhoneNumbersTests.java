package org.openmat.intake.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+12125550142    | +12125550142",
            "+447911123456   | +447911123456",
            "2125550142      | +12125550142",
            "(212) 555-0142  | +12125550142",
            "212.555.0142    | +12125550142",
            "' 212 555 0142 '| +12125550142"})
    void acceptsE164OrUsTenDigitNumbersAndNormalisesThemToE164(String submitted, String e164) {
        assertThat(PhoneNumbers.toE164(submitted)).contains(e164);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "555-0142", "12125550142", "1-212-555-0142", "0125550142", "2121550142",
            "+0212555014", "+1234567890123456", "212-555-0142 ext 5", "+1 212 555 0142", "phone"})
    void rejectsNumbersInNeitherForm(String submitted) {
        assertThat(PhoneNumbers.isValid(submitted)).isFalse();
    }
}
