package org.openmat.scheduling.clinicians.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.openmat.scheduling.clinicians.domain.DeaNumberCheckDigit;

/** A DEA registration number: two letters and seven digits with a valid check digit; null is left to @NotNull. */
@Documented
@Constraint(validatedBy = ValidDeaNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidDeaNumber {

    String message() default "must be a DEA number: two letters and seven digits with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidDeaNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || DeaNumberCheckDigit.isValid(value);
        }
    }
}
