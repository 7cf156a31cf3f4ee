package org.openmat.prescribing.prescriptions;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.prescribing.clinicians.ClinicianCredentials;
import org.openmat.prescribing.clinicians.KnownPrescriber;
import org.openmat.prescribing.encounters.Encounters;
import org.openmat.prescribing.panels.PanelPatient;
import org.openmat.prescribing.pdmp.PdmpChecks;
import org.openmat.prescribing.pdmp.StoredPdmpCheck;
import org.openmat.prescribing.rules.Encounter;
import org.openmat.prescribing.rules.IntakeFlag;
import org.openmat.prescribing.rules.PrescriberCredentials;
import org.openmat.prescribing.rules.PrescribingContext;
import org.springframework.stereotype.Component;

/** Gathers what the prescribing rules look at from the replicas and records prescribing keeps. */
@Component
class PrescribingContexts {

    // PDMP checks older than this cannot count (the rules allow 24 h by default) but still explain a refusal.
    private static final Duration PDMP_HISTORY = Duration.ofDays(90);

    private final ClinicianCredentials clinicians;
    private final Encounters encounters;
    private final PdmpChecks pdmpChecks;
    private final PrescriptionStore store;

    PrescribingContexts(ClinicianCredentials clinicians, Encounters encounters, PdmpChecks pdmpChecks,
            PrescriptionStore store) {
        this.clinicians = clinicians;
        this.encounters = encounters;
        this.pdmpChecks = pdmpChecks;
        this.store = store;
    }

    /** The context, the prescriber's credentials and the PDMP check the prescription will reference. */
    record Assembled(PrescribingContext context, KnownPrescriber prescriber, Optional<StoredPdmpCheck> pdmpCheck) {
    }

    Assembled assemble(PanelPatient panel, ReplicatedPatient patient, Encounter visit, Instant now) {
        KnownPrescriber prescriber = clinicians.find(panel.clinicianId()).orElseGet(() -> new KnownPrescriber(
                panel.clinicianId(), null, true, new PrescriberCredentials(List.of(), List.of())));
        List<StoredPdmpCheck> checks = pdmpChecks.ofPatient(patient.patientId(), now.minus(PDMP_HISTORY));
        PrescribingContext context = new PrescribingContext(visit, prescriber.credentials(),
                checks.stream().map(StoredPdmpCheck::record).toList(),
                store.priorTelemedicine(patient.patientId()),
                encounters.inPersonEvaluationOnRecord(patient.patientId()),
                intakeFlags(patient.flagCodes()), patient.timeZone());
        Optional<StoredPdmpCheck> forState = checks.stream()
                .filter(check -> check.record().state() == visit.patientState())
                .findFirst();
        return new Assembled(context, prescriber, forState);
    }

    /** Intake's screening flags the rules know; others (e.g. BREASTFEEDING) are for the clinician's own review. */
    static Set<IntakeFlag> intakeFlags(List<String> codes) {
        return codes.stream()
                .flatMap(code -> Arrays.stream(IntakeFlag.values()).filter(flag -> flag.name().equals(code)))
                .collect(Collectors.toSet());
    }
}
