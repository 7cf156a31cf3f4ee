package org.openmat.scheduling.visits;

import java.net.URI;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;

/** The 409 refusals of booking and of the visit lifecycle, each with its own stable problem type. */
public final class VisitProblems {

    private static final URI SLOT_UNAVAILABLE = ProblemTypes.of("slot-unavailable");
    private static final URI SLOT_TAKEN = ProblemTypes.of("slot-taken");

    private VisitProblems() {
    }

    /** Whether a booking was refused because its time is not (or no longer) open to this patient. */
    public static boolean isSlotGone(ApiProblemException refusal) {
        return SLOT_UNAVAILABLE.equals(refusal.type()) || SLOT_TAKEN.equals(refusal.type());
    }

    public static ApiProblemException notEligible() {
        return ApiProblemException.conflict(ProblemTypes.of("not-eligible"), "Not eligible to book",
                "Only enrolled patients whose screening found them eligible can book visits");
    }

    public static ApiProblemException slotUnavailable() {
        return ApiProblemException.conflict(SLOT_UNAVAILABLE, "Slot not offered",
                "That clinician does not offer this visit type at that time to a patient in your state");
    }

    public static ApiProblemException slotTaken() {
        return ApiProblemException.conflict(SLOT_TAKEN, "Slot taken",
                "Someone else booked that time a moment ago; choose another slot");
    }

    public static ApiProblemException patientAlreadyBooked() {
        return ApiProblemException.conflict(SLOT_TAKEN, "Slot taken",
                "You already have a visit that overlaps that time");
    }

    public static ApiProblemException changeCutoffPassed() {
        return ApiProblemException.conflict(ProblemTypes.of("change-cutoff-passed"), "Too late to change",
                "This visit is too close to change; contact your care team");
    }

    public static ApiProblemException checkInNotOpen() {
        return ApiProblemException.conflict(ProblemTypes.of("check-in-not-open"), "Check-in is not open",
                "Check-in opens shortly before the visit and closes when it was due to end");
    }

    public static ApiProblemException clinicianNotLicensed() {
        return ApiProblemException.conflict(ProblemTypes.of("clinician-not-licensed-in-state"),
                "Clinician not licensed in your state",
                "Your clinician is not licensed in the state you are in on the visit date; please rebook");
    }

    public static ApiProblemException noShowTooEarly() {
        return ApiProblemException.conflict(ProblemTypes.of("visit-not-started"), "Visit has not started",
                "A no-show can only be recorded once the visit was due to start");
    }

    public static ApiProblemException changedConcurrently() {
        return ApiProblemException.conflict(ProblemTypes.of("visit-changed-concurrently"), "Visit changed",
                "The visit was changed at the same time by someone else; reload it and try again");
    }
}
