package org.openmat.followup.checkin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.followup.checkin.CheckInSummary;

/**
 * A check-in as the patient sees it: when to answer and, once answered, their score.
 *
 * @param answerable whether an answer would be accepted now
 * @param escalated  whether the answer alerted the clinician (an urgent visit is offered)
 */
record CheckInView(UUID id, String status, boolean answerable, LocalDate inductionDate, String timeZone,
        LocalDate dueDate, Instant windowOpensAt, Instant windowClosesAt, OutcomeView outcome, boolean escalated) {

    /** The scored answer and the rule it was judged by. */
    record OutcomeView(Instant answeredAt, int sowsTotal, int withdrawalSubtotal, int craving, String band,
            String ruleId, boolean noWithdrawal, boolean helpRequested) {

        static OutcomeView of(CheckInSummary.Outcome o) {
            return o == null ? null : new OutcomeView(o.answeredAt(), o.sowsTotal(), o.withdrawalSubtotal(),
                    o.craving(), o.band(), o.ruleId(), o.noWithdrawal(), o.helpRequested());
        }
    }

    static CheckInView of(CheckInSummary c) {
        return new CheckInView(c.id(), c.status().name(), c.answerable(), c.inductionDate(), c.timeZone(),
                c.dueDate(), c.windowOpensAt(), c.windowClosesAt(), OutcomeView.of(c.outcome()),
                c.escalationId() != null);
    }
}
