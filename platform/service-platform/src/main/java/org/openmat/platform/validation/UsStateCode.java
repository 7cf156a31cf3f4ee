package org.openmat.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A two-letter US state, DC or territory code from {@link org.openmat.contracts.UsState}; null is left to @NotNull. */
@Documented
@Constraint(validatedBy = UsStateCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UsStateCode {

    String message() default "must be a US state code such as NY";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
