package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.SimulationSettings;
import org.openmat.simulator.metrics.Progress;
import org.openmat.simulator.reconciliation.FigureCheck;
import org.openmat.simulator.reconciliation.OpsFigures;
import org.openmat.simulator.reconciliation.Reconciliation;
import org.openmat.simulator.reconciliation.SevenDayFigures;
import org.openmat.simulator.reconciliation.SimulatedTruth;
import org.openmat.simulator.system.Credentials;
import tools.jackson.databind.JsonNode;

/** The ops, clinician and pharmacy views of one run, read through the APIs and set beside the truth. */
final class RunReconciliation {

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STABLE_FOR = Duration.ofSeconds(35);

    private final JourneyApi api;
    private final SimulationSettings settings;
    private final Progress progress;
    private final Map<UUID, Credentials> clinicians;
    private final Set<UUID> clinicianIds;
    private final LocalDate from;
    private final LocalDate to;
    private final SimulatedTruth truth;
    private final List<PatientJourney> journeys;
    private final int topicLeaks;
    private final int readableWithoutConsent;

    /** @param clinicians this run's clinicians: their ids isolate the run's figures, their logins read panels */
    RunReconciliation(JourneyApi api, SimulationSettings settings, Progress progress,
            Map<UUID, Credentials> clinicians, LocalDate signUpDate, SimulatedTruth truth,
            List<PatientJourney> journeys, int topicLeaks, int readableWithoutConsent) {
        this.api = api;
        this.settings = settings;
        this.progress = progress;
        this.clinicians = clinicians;
        this.clinicianIds = clinicians.keySet();
        this.from = signUpDate.minusDays(2);
        this.to = signUpDate.plusDays(4);
        this.truth = truth;
        this.journeys = journeys;
        this.topicLeaks = topicLeaks;
        this.readableWithoutConsent = readableWithoutConsent;
    }

    /**
     * Reconciles until the figures match, or until they have not changed for longer than followup's due-work poller
     * takes to pass (30 s by default), or the timeout: a difference that outlasts that is not one still settling.
     */
    Reconciliation settle(String when) throws InterruptedException {
        progress.begin("reconciling on " + when.substring(0, when.indexOf(',')), 1);
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        Reconciliation reconciliation = reconcile(when);
        long unchangedSince = System.nanoTime();
        while (!reconciliation.reconciled() && System.nanoTime() < deadline
                && System.nanoTime() - unchangedSince < STABLE_FOR.toNanos()) {
            Thread.sleep(5_000);
            Reconciliation again = reconcile(when);
            if (!again.checks().equals(reconciliation.checks())) {
                unchangedSince = System.nanoTime();
            }
            reconciliation = again;
        }
        progress.itemDone();
        return reconciliation;
    }

    Reconciliation reconcile(String when) {
        SevenDayFigures expected = truth.figures();
        JsonNode report = api.followup().outcomesByClinician(settings.ops(), from, to, settings.rule().id());
        SevenDayFigures observed = OpsFigures.ofClinicians(report, clinicianIds);
        List<FigureCheck> checks = new ArrayList<>(Reconciliation.sevenDay("ops figures:", observed, expected));
        checks.add(new FigureCheck("ops worklist: overdue check-ins",
                OpsFigures.ofClinicians(api.followup().worklist(settings.ops(), "overdue"), clinicianIds),
                expected.overdue()));
        checks.add(new FigureCheck("ops worklist: open escalations",
                OpsFigures.ofClinicians(api.followup().worklist(settings.ops(), "open-escalations"), clinicianIds),
                expected.openEscalations()));
        checks.add(new FigureCheck("clinician panels: completed check-ins", panelCount("COMPLETED"),
                expected.completed()));
        checks.add(new FigureCheck("clinician panels: overdue check-ins", panelCount("OVERDUE"), expected.overdue()));
        checks.add(new FigureCheck("pharmacies: dispensed (consenting patients)",
                journeys.stream().filter(PatientJourney::dispensed).count(), truth.dispensedByPartner()));
        checks.add(new FigureCheck("pharmacies: topic orders for patients without consent", topicLeaks, 0));
        checks.add(new FigureCheck("pharmacies: readable prescriptions of patients without consent",
                readableWithoutConsent, 0));
        checks.add(new FigureCheck("journeys that ended as their group should",
                journeys.stream().filter(PatientJourney::endedAsExpected).count(), journeys.size()));
        String basis = "rule " + report.path("rule").path("id").asString() + " ("
                + report.path("rule").path("definition").asString() + "), window "
                + report.path("overall").path("window").asString() + ", induction dates " + from + " to " + to;
        return new Reconciliation(when, basis, checks);
    }

    private long panelCount(String status) {
        return clinicians.values().stream().mapToLong(c -> api.followup().panelCheckIns(c, status).size()).sum();
    }
}
