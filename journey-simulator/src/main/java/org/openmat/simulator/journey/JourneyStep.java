package org.openmat.simulator.journey;

/** What one phase does for one journey. */
@FunctionalInterface
interface JourneyStep {

    void run(PatientJourney journey) throws InterruptedException;
}
