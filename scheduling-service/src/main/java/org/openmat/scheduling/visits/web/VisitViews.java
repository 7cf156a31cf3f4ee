package org.openmat.scheduling.visits.web;

import java.time.ZoneOffset;
import java.util.List;

import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.springframework.stereotype.Component;

/** Renders visits for whoever asks: the patient in their zone, the clinician in theirs with the patient's flags. */
@Component
public class VisitViews {

    private final Participants participants;

    VisitViews(Participants participants) {
        this.participants = participants;
    }

    public VisitView forCaller(Caller caller, Visit visit) {
        return participants.patient(caller).filter(p -> visit.hasPatient(p.patientId()))
                .map(patient -> forPatient(patient, visit))
                .or(() -> participants.clinician(caller).filter(c -> visit.hasClinician(c.id()))
                        .map(clinician -> forClinician(clinician, visit)))
                .orElseGet(() -> VisitView.of(visit, ZoneOffset.UTC, null));
    }

    VisitView forPatient(ReplicatedPatient patient, Visit visit) {
        return VisitView.of(visit, patient.timeZone(), null);
    }

    VisitView forClinician(Clinician clinician, Visit visit) {
        return VisitView.of(visit, clinician.timeZone(), List.copyOf(participants.flagsOf(visit.patientId())));
    }
}
