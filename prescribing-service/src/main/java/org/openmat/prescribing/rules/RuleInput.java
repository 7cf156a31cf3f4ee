package org.openmat.prescribing.rules;

import java.time.Instant;
import java.time.LocalDate;

/** Everything one evaluation looks at, with the issue date already placed in the patient's zone. */
record RuleInput(
        PrescriptionRequest request, PrescribingContext context, PrescribingPolicy policy, Instant now) {

    LocalDate issueDate() {
        return LocalDate.ofInstant(request.issuedAt(), context.patientZone());
    }

    Encounter visit() {
        return context.visit();
    }
}
