package org.openmat.prescribing.rules;

/** A prescription is issued only after a completed visit of this patient with this prescriber. */
final class EncounterRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        Encounter visit = input.visit();
        PrescriptionRequest request = input.request();
        if (visit.status() != EncounterStatus.COMPLETED) {
            findings.violation(ViolationCode.VISIT_NOT_COMPLETED,
                    "visit " + visit.visitId() + " is " + visit.status() + ", not COMPLETED");
        } else if (request.issuedAt().isBefore(visit.completedAt())) {
            findings.violation(ViolationCode.ISSUED_BEFORE_VISIT_COMPLETED,
                    "issued at " + request.issuedAt() + " before the visit completed at " + visit.completedAt());
        }
        if (!visit.patientId().equals(request.patientId())) {
            findings.violation(ViolationCode.VISIT_PATIENT_MISMATCH,
                    "visit " + visit.visitId() + " belongs to another patient");
        }
        if (!visit.clinicianId().equals(request.prescriberId())) {
            findings.violation(ViolationCode.VISIT_CLINICIAN_MISMATCH,
                    "visit " + visit.visitId() + " was held by another clinician");
        }
    }
}
