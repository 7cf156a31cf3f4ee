package org.openmat.followup.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInAssessment;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.openmat.followup.checkin.domain.SowsAnswers;
import org.openmat.followup.checkin.domain.SowsItem;
import org.openmat.followup.escalation.Escalations;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient answers their check-in: validated and scored by the domain, judged by the configured no-withdrawal rule,
 * stored with that rule's id, published, and escalated when the domain says so. Any refusal stores nothing.
 */
@Service
public class CheckInAnswers {

    private final CheckInRecords records;
    private final CheckInOutcomes outcomes;
    private final CheckInReads reads;
    private final Escalations escalations;
    private final Outbox outbox;
    private final Clock clock;
    private final NoWithdrawalRule rule;

    CheckInAnswers(CheckInRecords records, CheckInOutcomes outcomes, CheckInReads reads, Escalations escalations,
            Outbox outbox, Clock clock, NoWithdrawalRule rule) {
        this.records = records;
        this.outcomes = outcomes;
        this.reads = reads;
        this.escalations = escalations;
        this.outbox = outbox;
        this.clock = clock;
        this.rule = rule;
    }

    /**
     * @throws org.openmat.followup.checkin.domain.InvalidSowsAnswersException for missing or out-of-range items
     * @throws org.openmat.followup.checkin.domain.CheckInNotAnswerableException outside the window or when answered
     */
    @Transactional
    public CheckInSummary answer(UUID patientId, UUID checkInId, Map<SowsItem, Integer> ratings, String patientNote,
            boolean helpRequested) {
        CheckIn checkIn = records.lock(checkInId).filter(c -> c.patientId().equals(patientId))
                .orElseThrow(() -> ApiProblemException.notFound("Check-in"));
        SowsAnswers answers = new SowsAnswers(ratings);
        Instant now = clock.instant();
        CheckInAssessment assessment = checkIn.answer(answers, rule, helpRequested, now);
        records.updateStatus(checkIn, now);
        records.dropUnsentReminders(checkIn.id());
        outcomes.store(checkIn.id(), now, answers, assessment, helpRequested, patientNote);
        outbox.publish(CheckInEvents.completed(checkIn, assessment, rule, now));
        if (assessment.escalation().shouldEscalate()) {
            escalations.raise(checkIn.id(), checkIn.patientId(), checkIn.clinicianId(), assessment.escalation(),
                    assessment.score().band(), now);
        }
        return reads.one(checkIn.id()).orElseThrow();
    }
}
