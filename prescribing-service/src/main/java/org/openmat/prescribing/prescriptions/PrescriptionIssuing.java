package org.openmat.prescribing.prescriptions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.encounters.Encounters;
import org.openmat.prescribing.panels.PanelPatient;
import org.openmat.prescribing.prescriptions.PrescriptionProblems.Finding;
import org.openmat.prescribing.rules.Encounter;
import org.openmat.prescribing.rules.PrescribingRules;
import org.openmat.prescribing.rules.PrescriptionRequest;
import org.openmat.prescribing.rules.RuleOutcome;
import org.openmat.prescribing.rules.ViolationCode;
import org.openmat.prescribing.rules.WarningOverride;
import org.openmat.prescribing.web.InvalidFieldsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a prescription when {@link PrescribingRules} allow it: stores it with its overrides and first history entry,
 * announces {@code PrescriptionIssued}, and lets disclosure decide what the pharmacy receives, all in one transaction.
 */
@Service
public class PrescriptionIssuing {

    private final PrescriptionStore store;
    private final PrescribingContexts contexts;
    private final PrescribingRules rules;
    private final BuprenorphineCatalogue catalogue;
    private final PatientReplica patients;
    private final Encounters encounters;
    private final Outbox outbox;
    private final ApplicationEventPublisher localEvents;
    private final Clock clock;

    PrescriptionIssuing(PrescriptionStore store, PrescribingContexts contexts, PrescribingRules rules,
            BuprenorphineCatalogue catalogue, PatientReplica patients, Encounters encounters, Outbox outbox,
            ApplicationEventPublisher localEvents, Clock clock) {
        this.store = store;
        this.contexts = contexts;
        this.rules = rules;
        this.catalogue = catalogue;
        this.patients = patients;
        this.encounters = encounters;
        this.outbox = outbox;
        this.localEvents = localEvents;
        this.clock = clock;
    }

    /** Issues or refuses (422 for violations, 409 for warnings without an override); refused means nothing stored. */
    @Transactional
    public Prescription issue(PanelPatient panel, IssueCommand command) {
        CatalogueProduct product = orderableProduct(command.productCode());
        store.lockPatient(panel.patientId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReplicatedPatient patient = patients.find(panel.patientId())
                .orElseThrow(PrescriptionProblems::patientNotReplicated);
        Encounter visit = encounters.find(command.visitId()).orElseThrow(() -> PrescriptionProblems.violated(List.of(
                new Finding(ViolationCode.VISIT_NOT_COMPLETED.name(), "no completed visit with this id is known"))));
        PrescribingContexts.Assembled assembled = contexts.assemble(panel, patient, visit, now);
        if (!assembled.prescriber().active()) {
            throw PrescriptionProblems.violated(List.of(new Finding("PRESCRIBER_INACTIVE",
                    "the prescriber's profile is inactive")));
        }
        PrescriptionRequest request = new PrescriptionRequest(panel.patientId().toString(),
                panel.clinicianId().toString(), product, command.phase(), command.dosePerDayMg(),
                command.dayOneDoseMg(), command.quantity(), command.daysSupply(), command.refills(), now,
                command.splitGroupId() == null ? null : command.splitGroupId().toString(),
                command.overrides().stream().map(choice -> new WarningOverride(choice.code(), choice.reason(),
                        panel.clinicianSubject(), now)).toList());
        RuleOutcome outcome = rules.evaluate(request, assembled.context(), clock);
        if (!outcome.violations().isEmpty()) {
            throw PrescriptionProblems.rulesViolated(outcome.violations());
        }
        if (!outcome.unresolvedWarnings().isEmpty()) {
            throw PrescriptionProblems.overrideRequired(outcome.unresolvedWarnings());
        }
        Prescription prescription = Prescription.issue(details(panel, patient, visit, command, product, assembled,
                outcome, now));
        store.insert(prescription);
        outbox.publish(PrescriptionEvents.issued(prescription.details()));
        localEvents.publishEvent(new LocalPrescriptionEvents.Issued(prescription, now));
        return prescription;
    }

    private CatalogueProduct orderableProduct(String code) {
        CatalogueProduct product = catalogue.find(code)
                .orElseThrow(() -> InvalidFieldsException.of("productCode", "is not in the catalogue"));
        if (product.rxNorm().preferred().isEmpty()) {
            throw InvalidFieldsException.of("productCode", "has no verified RxNorm code, so it cannot be ordered");
        }
        return product;
    }

    private PrescriptionDetails details(PanelPatient panel, ReplicatedPatient patient, Encounter visit,
            IssueCommand command, CatalogueProduct product, PrescribingContexts.Assembled assembled,
            RuleOutcome outcome, Instant now) {
        LocalDate issuedOn = LocalDate.ofInstant(now, patient.timeZone());
        List<AppliedOverride> overrides = outcome.appliedOverrides().stream()
                .map(o -> new AppliedOverride(o.code(), outcome.warnings().stream()
                        .filter(w -> w.code() == o.code()).findFirst().orElseThrow().detail(),
                        o.reason().strip(), o.overriddenBy(), o.overriddenAt()))
                .toList();
        String pharmacyId = command.pharmacyId() != null ? command.pharmacyId() : patient.preferredPharmacyId();
        return new PrescriptionDetails(UUID.randomUUID(), panel.patientId(), panel.clinicianId(),
                panel.clinicianSubject(), command.visitId(), visit.patientState(), assembled.prescriber().npi(),
                assembled.prescriber().deaNumberFor(visit.patientState(), issuedOn).orElse(null), product,
                command.phase(), command.dosePerDayMg(), command.dayOneDoseMg(), command.sig().strip(),
                command.timesPerDay(), command.quantity(), command.daysSupply(), command.refills(),
                command.splitGroupId(), pharmacyId, assembled.pdmpCheck().map(check -> check.id()).orElse(null),
                !visit.inPersonEvaluation(), now, issuedOn, rules.policy().scheduleThreeValidityEnd(issuedOn),
                overrides);
    }
}
