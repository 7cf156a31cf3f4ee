package org.openmat.intake.screening;

import java.util.UUID;

import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.eligibility.Eligibility;
import org.openmat.intake.eligibility.StoredDecision;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.screening.fhir.QuestionnaireResponseExporter;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest screening of a patient, for the patient themself or a clinician whose panel they are on. */
@Service
public class ScreeningReads {

    private final PatientAccess access;
    private final ScreeningRecords records;
    private final Eligibility eligibility;
    private final QuestionnaireResponseExporter exporter = new QuestionnaireResponseExporter();

    ScreeningReads(PatientAccess access, ScreeningRecords records, Eligibility eligibility) {
        this.access = access;
        this.records = records;
        this.eligibility = eligibility;
    }

    /** The latest submission and the decision made on it. */
    public record LatestScreening(StoredScreening screening, StoredDecision decision) {
    }

    @Transactional(readOnly = true)
    public LatestScreening own(Caller caller) {
        return latest(access.ownRecord(caller));
    }

    @Transactional(readOnly = true)
    public LatestScreening ofPanelPatient(Caller caller, UUID patientId) {
        return latest(access.readableBy(caller, patientId));
    }

    /** The latest screening as a FHIR R4 QuestionnaireResponse in JSON. */
    @Transactional(readOnly = true)
    public String fhirOfPanelPatient(Caller caller, UUID patientId) {
        StoredScreening screening = latest(access.readableBy(caller, patientId)).screening();
        return exporter.toJson(exporter.export(screening.response(), "Patient/" + screening.patientId()));
    }

    private LatestScreening latest(Patient patient) {
        StoredScreening screening = records.latest(patient.id())
                .orElseThrow(() -> ApiProblemException.notFound("Screening"));
        StoredDecision decision = eligibility.onScreening(screening.id())
                .orElseThrow(() -> new IllegalStateException("a screening submission has no eligibility decision"));
        return new LatestScreening(screening, decision);
    }
}
