package org.openmat.simulator.journey;

import org.openmat.simulator.cohort.SowsScore;
import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.journey.ApiViews.Answered;
import org.openmat.simulator.metrics.Metrics;

/**
 * Day 7 of the induction for one patient: responders answer the SOWS; the band followup scored must be the band the
 * simulator scored, and moderate or severe answers must have escalated.
 */
final class DaySeven implements JourneyStep {

    private final JourneyApi api;
    private final Metrics metrics;

    DaySeven(JourneyApi api, Metrics metrics) {
        this.api = api;
        this.metrics = metrics;
    }

    @Override
    public void run(PatientJourney journey) {
        SyntheticPatient patient = journey.patient();
        if (!patient.answers()) {
            return;
        }
        Answered answered = api.followup().answer(patient.user().credentials(), journey.checkIn().id(),
                patient.sowsRatings());
        journey.answered(answered);
        SowsScore expected = patient.score().orElseThrow();
        if (!expected.band().name().equals(answered.band())) {
            metrics.errors().count("followup: answer check-in: band differs from the simulator's scoring");
        }
        if (expected.band().escalates() != answered.escalated()) {
            metrics.errors().count("followup: answer check-in: escalation differs from the simulator's rule");
        }
    }
}
