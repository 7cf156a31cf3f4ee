package org.openmat.scheduling.panels;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.scheduling.availability.domain.LicensureGap;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations move a patient to another clinician's panel: one who is active, licensed in the state where the patient
 * is now (on today's date there), and has room.
 */
@Service
public class PanelTransfers {

    static final URI CLINICIAN_INACTIVE = ProblemTypes.of("clinician-inactive");
    static final URI CLINICIAN_NOT_LICENSED = ProblemTypes.of("clinician-not-licensed");

    private final PatientReplica patients;
    private final Clinicians clinicians;
    private final PanelPolicy policy;
    private final PanelAssignments assignments;
    private final Clock clock;

    PanelTransfers(PatientReplica patients, Clinicians clinicians, PanelPolicy policy, PanelAssignments assignments,
            Clock clock) {
        this.patients = patients;
        this.clinicians = clinicians;
        this.policy = policy;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Transactional
    public PanelMembership transfer(UUID patientId, UUID clinicianId) {
        ReplicatedPatient patient = patients.find(patientId).orElseThrow(() -> ApiProblemException.notFound("Patient"));
        Clinician target = clinicians.findById(clinicianId).orElseThrow(() -> ApiProblemException.notFound("Clinician"));
        if (!target.active()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, CLINICIAN_INACTIVE, "Clinician inactive",
                    "An inactive clinician takes no panel patients");
        }
        LocalDate today = LocalDate.now(clock.withZone(patient.timeZone()));
        UsState state = UsState.fromCode(patient.currentState())
                .orElseThrow(() -> new IllegalStateException("replica holds an unknown state code"));
        Set<LicensureGap> gaps = target.licensure().consultingGaps(state, today);
        if (!gaps.isEmpty()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, CLINICIAN_NOT_LICENSED, "Clinician not licensed",
                    "The clinician holds no valid licence in the patient's current state",
                    Map.of("state", state.name(), "gaps", gaps.stream().map(Enum::name).sorted().toList()));
        }
        policy.requireRoomFor(patientId, clinicianId);
        return assignments.transfer(patientId, clinicianId);
    }
}
