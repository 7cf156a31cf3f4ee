package org.openmat.prescribing.pharmacy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openmat.prescribing.rules.CancelRx;

/** Validates against the FHIR R4 base profiles with HAPI's instance validator; the first run takes seconds. */
class MedicationRequestValidationTests {

    private static FhirValidator validator;

    private final MedicationRequestMapper mapper = new MedicationRequestMapper();

    @BeforeAll
    static void createValidator() {
        FhirContext context = FhirContext.forR4Cached();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @Test
    void issuedOrderIsValidFhirR4() {
        assertNoErrors(mapper.toMedicationRequest(PharmacyFixtures.splitSuboxonePrescription()));
    }

    @Test
    void cancelledOrderIsValidFhirR4() {
        CancelRx cancelRx = new CancelRx("Prescribed in error", "clinician-7", Instant.parse("2026-03-02T16:00:00Z"));

        assertNoErrors(mapper.toCancellation(PharmacyFixtures.splitSuboxonePrescription(), cancelRx));
    }

    private static void assertNoErrors(MedicationRequest request) {
        ValidationResult result = validator.validateWithResult(request);
        result.getMessages().forEach(message -> System.out.println("FHIR validation " + message.getSeverity() + " at "
                        + message.getLocationString() + ": " + message.getMessage()));
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        assertThat(errors).extracting(SingleValidationMessage::getMessage).isEmpty();
    }
}
