package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * The patient answered the seven-day SOWS check-in. Scores and codes only: the patient's own words stay in followup.
 *
 * @param sowsTotal          all sixteen items, 0-64
 * @param withdrawalSubtotal items 1-15, 0-60
 * @param craving            item 16, 0-4, reported separately
 * @param band               {@code NONE}, {@code MILD}, {@code MODERATE} or {@code SEVERE} (CTN-0094 bands of the total)
 * @param ruleId             the no-withdrawal rule the outcome was judged by, e.g. {@code strict-v1}
 * @param ruleVersion        that rule's version, e.g. {@code v1}
 * @param noWithdrawal       whether the answer counts as "no withdrawal symptoms" under that rule
 * @param escalated          whether the answer raised an escalation (see {@link EscalationRaised})
 */
@EventType(value = "org.openmat.followup.CheckInCompleted.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record CheckInCompleted(UUID eventId, Instant occurredAt, UUID checkInId, UUID patientId, UUID clinicianId,
        Instant answeredAt, int sowsTotal, int withdrawalSubtotal, int craving, String band, String ruleId,
        String ruleVersion, boolean noWithdrawal, boolean escalated) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
