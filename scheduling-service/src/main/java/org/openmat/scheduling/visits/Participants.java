package org.openmat.scheduling.visits;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.stereotype.Component;

/** Who the caller is in scheduling: a patient known from intake's events, a clinician with a profile, or neither. */
@Component
public class Participants {

    private final PatientReplica patients;
    private final Clinicians clinicians;

    Participants(PatientReplica patients, Clinicians clinicians) {
        this.patients = patients;
        this.clinicians = clinicians;
    }

    public Optional<ReplicatedPatient> patient(Caller caller) {
        return caller.hasRole(Roles.PATIENT) ? patients.findBySubject(caller.subject()) : Optional.empty();
    }

    public Optional<Clinician> clinician(Caller caller) {
        return caller.hasRole(Roles.CLINICIAN) ? clinicians.findBySubject(caller.subject()) : Optional.empty();
    }

    public ReplicatedPatient requirePatient(Caller caller) {
        return patient(caller).orElseThrow(() -> ApiProblemException.notFound("Your patient record"));
    }

    public Clinician requireClinician(Caller caller) {
        return clinician(caller).orElseThrow(() -> ApiProblemException.notFound("Your clinician profile"));
    }

    /** The screening flags the clinician must see, travelling with the patient's visits. */
    public List<String> flagsOf(UUID patientId) {
        return patients.find(patientId).map(ReplicatedPatient::flagCodes).orElse(List.of());
    }

    public Clinician clinicianOf(Visit visit) {
        return clinicians.findById(visit.clinicianId())
                .orElseThrow(() -> new IllegalStateException("visit refers to a missing clinician"));
    }
}
