package org.openmat.simulator.reconciliation;

import java.util.EnumMap;
import java.util.Map;

import org.openmat.simulator.cohort.Band;
import org.openmat.simulator.cohort.NoWithdrawalRule;
import org.openmat.simulator.cohort.SowsScore;
import org.openmat.simulator.cohort.SyntheticCohort;
import org.openmat.simulator.cohort.SyntheticPatient;

/**
 * What the figures must be once every journey ran to its end, worked out from the cohort alone with the simulator's
 * own scoring: every patient inducted; responders completed, scored and banded; non-responders overdue; moderate and
 * severe answers escalated; only consenting patients' prescriptions reach and are dispensed by a partner pharmacy.
 */
public record SimulatedTruth(SevenDayFigures figures, int dispensedByPartner, int withheldFromPartner) {

    public static SimulatedTruth of(SyntheticCohort cohort, NoWithdrawalRule rule) {
        int completed = 0;
        int overdue = 0;
        int noWithdrawal = 0;
        int escalations = 0;
        int consented = 0;
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (SyntheticPatient patient : cohort.patients()) {
            consented += patient.consents() ? 1 : 0;
            if (patient.score().isEmpty()) {
                overdue++;
                continue;
            }
            SowsScore score = patient.score().get();
            completed++;
            bands.merge(score.band(), 1, Integer::sum);
            noWithdrawal += rule.judge(score) ? 1 : 0;
            escalations += score.band().escalates() ? 1 : 0;
        }
        SevenDayFigures figures = new SevenDayFigures(cohort.size(), completed, 0, overdue, noWithdrawal, bands,
                escalations);
        return new SimulatedTruth(figures, consented, cohort.size() - consented);
    }
}
