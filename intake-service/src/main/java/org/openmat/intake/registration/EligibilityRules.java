package org.openmat.intake.registration;

import java.util.List;

/**
 * What registration needs to know about eligibility, implemented by the eligibility and screening features (so that
 * they depend on registration, never the other way round).
 */
public interface EligibilityRules {

    /** An eligibility outcome code and its flag codes, as they travel in events. */
    record Verdict(String outcome, List<String> flagCodes) {
    }

    /** The decision for a new sign-up, before any screening (age and state can already rule someone out). */
    Verdict atSignUp(PatientDetails patient);

    /** The decision after the patient corrected facts eligibility rests on, using their latest screening if any. */
    Verdict afterCorrection(Patient patient);
}
