package org.openmat.intake.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.outbox.Outbox;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Signs a person up exactly once per Keycloak subject and announces the enrolment through the outbox. */
@Service
public class PatientRegistration {

    private final PatientRepository patients;
    private final PatientHistory history;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final EligibilityRules eligibility;

    PatientRegistration(PatientRepository patients, PatientHistory history, Outbox outbox, Clock clock,
            TransactionTemplate transactions, EligibilityRules eligibility) {
        this.eligibility = eligibility;
        this.patients = patients;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The outcome of a registration: the patient record and whether this call created it. */
    public record Registration(Patient patient, boolean created) {
    }

    public Registration register(String subject, PatientDetails details) {
        Optional<Patient> existing = find(subject);
        if (existing.isPresent()) {
            return new Registration(existing.get(), false);
        }
        try {
            return new Registration(transactions.execute(status -> create(subject, details)), true);
        } catch (DataIntegrityViolationException concurrentRegistration) {
            return new Registration(find(subject).orElseThrow(() -> concurrentRegistration), false);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Patient> find(String subject) {
        return patients.findBySubject(subject);
    }

    private Patient create(String subject, PatientDetails details) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EligibilityRules.Verdict verdict = eligibility.atSignUp(details);
        Patient patient = patients.saveAndFlush(new Patient(subject, details, verdict, now));
        history.record(patient.id(), now, subject, "REGISTERED", List.of());
        outbox.publish(new PatientEnrolled(UUID.randomUUID(), now, patient.id(), patient.homeState(),
                patient.currentState(), patient.timeZone(), patient.eligibility(), patient.flagCodes(),
                patient.preferredPharmacyId(), patient.subject()));
        return patient;
    }
}
