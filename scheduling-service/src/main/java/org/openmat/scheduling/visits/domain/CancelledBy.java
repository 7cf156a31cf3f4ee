package org.openmat.scheduling.visits.domain;

/** Who cancelled a visit; the patient is bound by the change cut-off, the clinician and operations staff are not. */
public enum CancelledBy {
    PATIENT, CLINICIAN, OPS
}
