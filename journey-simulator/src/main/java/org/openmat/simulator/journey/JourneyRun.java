package org.openmat.simulator.journey;

import java.time.Duration;
import java.util.List;

import org.openmat.simulator.reconciliation.Reconciliation;

/**
 * What a run did: every journey, the reconciliations (on simulated time after the windows closed, and again on real
 * time) and how long the parts took.
 *
 * @param userCreation Keycloak's bulk import of the synthetic users
 * @param logins       the first password grant of every synthetic user
 * @param journeyTime  enrolment through the day-7 answers, clock moves included
 */
public record JourneyRun(List<PatientJourney> journeys, int clinicians, List<Reconciliation> reconciliations,
        Duration userCreation, int usersCreated, Duration logins, int loginCount, Duration journeyTime,
        Duration settleTime, int clockMoves) {

    public long lost() {
        return journeys.stream().filter(journey -> !journey.endedAsExpected()).count();
    }
}
