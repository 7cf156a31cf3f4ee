package org.openmat.intake.registration;

import java.util.List;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.openmat.platform.problem.ProblemTypes;

import java.util.Map;

/**
 * The partner pharmacies a patient may choose from, under {@code openmat.intake.partner-pharmacies}. The registry of
 * record is prescribing's; intake keeps the list patients choose from.
 */
@ConfigurationProperties("openmat.intake")
public record PartnerPharmacies(@DefaultValue({}) List<Partner> partnerPharmacies) {

    /** A pharmacy a patient can pick at sign-up. */
    public record Partner(String id, String name) {
    }

    /** Refuses an id that is not on the list (null means none chosen). */
    public void requireKnown(String pharmacyId, String field) {
        if (pharmacyId != null && partnerPharmacies.stream().noneMatch(p -> p.id().equals(pharmacyId))) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                    "The request has 1 invalid field(s)", Map.of("errors",
                            List.of(new ProblemDetailsAdvice.FieldError(field, "must be one of the partner pharmacies"))));
        }
    }
}
