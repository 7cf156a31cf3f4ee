package org.openmat.prescribing.prescriptions;

import java.time.Instant;

import org.openmat.prescribing.rules.PrescriptionStatus;

/**
 * One step in a prescription's history.
 *
 * @param changedBy  the clinician's subject, or the partner pharmacy id for fill statuses
 * @param actor      {@code CLINICIAN} or {@code PHARMACY}
 * @param reason     the cancellation reason (free text the clinician wrote), else null
 * @param reasonCode the pharmacy's code for a status such as NOT_DISPENSED, else null
 */
public record StatusEntry(int sequence, PrescriptionStatus status, Instant changedAt, String changedBy, String actor,
        String reason, String reasonCode, boolean dispensedAtLeastOnce) {

    public static final String CLINICIAN = "CLINICIAN";
    public static final String PHARMACY = "PHARMACY";
}
