package org.openmat.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class ValidationAnnotationsTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Location(@UsStateCode String state, @IanaTimeZone String zone) {
    }

    @Test
    void acceptsKnownStatesAndRegionZones() {
        assertThat(validator.validate(new Location("NY", "America/New_York"))).isEmpty();
        assertThat(validator.validate(new Location("hi", "Pacific/Honolulu"))).isEmpty();
        assertThat(validator.validate(new Location(null, null))).isEmpty();
    }

    @Test
    void rejectsUnknownStatesAndOffsetsOrUnknownZones() {
        assertThat(validator.validate(new Location("XX", "America/Atlantis"))).hasSize(2);
        assertThat(validator.validate(new Location("NY", "UTC+5"))).hasSize(1);
        assertThat(validator.validate(new Location("NY", "Z"))).hasSize(1);
    }
}
