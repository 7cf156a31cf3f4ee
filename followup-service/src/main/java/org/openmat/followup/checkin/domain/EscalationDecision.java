package org.openmat.followup.checkin.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Whether a check-in alerts the clinician and offers an urgent visit, with every reason that applies. */
public record EscalationDecision(Set<EscalationReason> reasons) {

    public EscalationDecision {
        reasons = reasons.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /** Moderate or severe band (on the sixteen-item total), or an explicit request for help, escalates. */
    public static EscalationDecision decide(SowsScore score, boolean patientAskedForHelp) {
        Set<EscalationReason> reasons = EnumSet.noneOf(EscalationReason.class);
        switch (score.band()) {
            case MODERATE -> reasons.add(EscalationReason.MODERATE_WITHDRAWAL);
            case SEVERE -> reasons.add(EscalationReason.SEVERE_WITHDRAWAL);
            default -> { }
        }
        if (patientAskedForHelp) {
            reasons.add(EscalationReason.PATIENT_ASKED_FOR_HELP);
        }
        return new EscalationDecision(reasons);
    }

    /** A request for help made outside a questionnaire escalates on its own. */
    public static EscalationDecision patientAskedForHelp() {
        return new EscalationDecision(EnumSet.of(EscalationReason.PATIENT_ASKED_FOR_HELP));
    }

    public boolean shouldEscalate() {
        return !reasons.isEmpty();
    }

    public Set<String> reasonCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        reasons.forEach(reason -> codes.add(reason.code()));
        return Collections.unmodifiableSet(codes);
    }
}
