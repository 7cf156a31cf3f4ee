package org.openmat.intake.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes patient records for every intake feature. Each change is kept in the history, and a change to
 * what other services know (location, time zone, pharmacy, eligibility) is announced as PatientDetailsChanged.
 */
@Service
public class PatientRecords {

    private static final Set<String> ELIGIBILITY_INPUTS = Set.of("dateOfBirth", "currentState", "timeZone");
    private static final Set<String> SHARED_FIELDS = Set.of("currentState", "timeZone", "preferredPharmacyId",
            "eligibility", "flagCodes");

    private final PatientRepository patients;
    private final PatientHistory history;
    private final Outbox outbox;
    private final Clock clock;
    private final EligibilityRules eligibility;

    PatientRecords(PatientRepository patients, PatientHistory history, Outbox outbox, Clock clock,
            EligibilityRules eligibility) {
        this.eligibility = eligibility;
        this.patients = patients;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Patient> bySubject(String subject) {
        return patients.findBySubject(subject);
    }

    @Transactional(readOnly = true)
    public Patient require(UUID patientId) {
        return patients.findById(patientId).orElseThrow(() -> ApiProblemException.notFound("Patient"));
    }

    @Transactional
    public Patient correct(UUID patientId, PatientDetails correction, String changedBy) {
        Patient patient = require(patientId);
        Instant now = now();
        List<FieldChange> changes = new ArrayList<>(patient.apply(correction, now));
        if (changes.stream().anyMatch(change -> ELIGIBILITY_INPUTS.contains(change.field()))) {
            EligibilityRules.Verdict verdict = eligibility.afterCorrection(patient);
            changes.addAll(patient.decideEligibility(verdict.outcome(), verdict.flagCodes(), now));
        }
        recordChanges(patient, changes, now, changedBy, "CORRECTED");
        return patient;
    }

    /** Stores a new eligibility decision (from screening) with its flag codes. */
    @Transactional
    public Patient decideEligibility(UUID patientId, String outcome, List<String> flagCodes, String decidedBy) {
        Patient patient = require(patientId);
        Instant now = now();
        recordChanges(patient, patient.decideEligibility(outcome, flagCodes, now), now, decidedBy, "ELIGIBILITY");
        return patient;
    }

    /** A page of enrolments for operations, newest first. */
    @Transactional(readOnly = true)
    public Page<Patient> enrolments(EnrolmentQuery query, Pageable page) {
        return patients.findAll(query.toSpecification(), page);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID patientId) {
        return history.of(patientId);
    }

    private void recordChanges(Patient patient, List<FieldChange> changes, Instant now, String changedBy, String kind) {
        if (changes.isEmpty()) {
            return;
        }
        patients.saveAndFlush(patient);
        history.record(patient.id(), now, changedBy, kind, changes);
        if (changes.stream().anyMatch(change -> SHARED_FIELDS.contains(change.field()))) {
            outbox.publish(new PatientDetailsChanged(UUID.randomUUID(), now, patient.id(), patient.currentState(),
                    patient.timeZone(), patient.preferredPharmacyId(), patient.eligibility(), patient.flagCodes()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
