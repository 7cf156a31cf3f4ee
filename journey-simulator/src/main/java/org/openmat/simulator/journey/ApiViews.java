package org.openmat.simulator.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the journey keeps from API answers, as the later steps need it. */
public final class ApiViews {

    private ApiViews() {
    }

    public record Registered(UUID patientId, Instant registeredAt) {
    }

    public record Screened(String outcome, Instant submittedAt) {
    }

    public record Slot(UUID clinicianId, Instant startsAt, Instant endsAt) {
    }

    public record BookedVisit(UUID visitId, UUID clinicianId, Instant startsAt, Instant endsAt) {
    }

    /** @param disclosure {@code SENT}, {@code WITHHELD} ... as prescribing tells the clinician */
    public record IssuedPrescription(UUID prescriptionId, Instant issuedAt, String disclosure) {
    }

    public record CheckIn(UUID id, String status, LocalDate dueDate, String timeZone, Instant windowOpensAt,
            Instant windowClosesAt) {
    }

    public record Answered(String status, String band, boolean noWithdrawal, boolean escalated) {
    }
}
