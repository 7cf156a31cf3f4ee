package org.openmat.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.openmat.contracts.UsState;

public class UsStateCodeValidator implements ConstraintValidator<UsStateCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || UsState.fromCode(value).isPresent();
    }
}
