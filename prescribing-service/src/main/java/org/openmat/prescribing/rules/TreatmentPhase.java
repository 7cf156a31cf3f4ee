package org.openmat.prescribing.rules;

/** Whether a prescription starts buprenorphine (induction) or continues it (maintenance). */
public enum TreatmentPhase {
    INDUCTION,
    MAINTENANCE
}
