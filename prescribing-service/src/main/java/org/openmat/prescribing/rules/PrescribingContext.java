package org.openmat.prescribing.rules;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules need to know besides the request itself.
 *
 * @param visit the encounter the prescription belongs to
 * @param pdmpRecords every PDMP review or unavailable record kept for this prescribing decision
 * @param priorTelemedicinePrescriptions the patient's earlier, not cancelled, telemedicine prescriptions
 *     without an in-person evaluation
 * @param inPersonEvaluationOnRecord true when the patient has had an in-person medical evaluation
 * @param patientZone the patient's time zone; it decides every calendar date the rules use
 */
public record PrescribingContext(
        Encounter visit,
        PrescriberCredentials prescriber,
        List<PdmpRecord> pdmpRecords,
        List<PriorTelemedicinePrescription> priorTelemedicinePrescriptions,
        boolean inPersonEvaluationOnRecord,
        Set<IntakeFlag> intakeFlags,
        ZoneId patientZone) {

    public PrescribingContext {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(prescriber, "prescriber");
        pdmpRecords = List.copyOf(pdmpRecords);
        priorTelemedicinePrescriptions = List.copyOf(priorTelemedicinePrescriptions);
        intakeFlags = Set.copyOf(intakeFlags);
        Objects.requireNonNull(patientZone, "patientZone");
    }
}
