package org.openmat.intake.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.eligibility.Eligibility;
import org.openmat.intake.eligibility.StoredDecision;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.intake.screening.domain.ScreeningQuestionnaire;
import org.openmat.intake.screening.domain.ScreeningResponse;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.platform.security.Caller;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts a patient's screening answers and decides their eligibility on them, in one transaction. */
@Service
public class ScreeningSubmissions {

    // A lost race means another submission of the same patient was just stored; retrying numbers this one after it.
    private static final int ATTEMPTS = 5;

    private final PatientAccess access;
    private final ScreeningRecords records;
    private final Eligibility eligibility;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ScreeningSubmissions(PatientAccess access, ScreeningRecords records, Eligibility eligibility, Clock clock,
            TransactionTemplate transactions) {
        this.access = access;
        this.records = records;
        this.eligibility = eligibility;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A stored submission and the eligibility decided on it. */
    public record Submitted(StoredScreening screening, StoredDecision decision) {
    }

    /**
     * Stores the caller's answers to the current questionnaire as their next submission and decides eligibility.
     *
     * @throws InvalidFieldsException listing every invalid answer; nothing is stored
     */
    public Submitted submit(Caller caller, CodedAnswers answers) {
        CodedAnswers.Decoded decoded = answers.decode();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> submitOnce(caller, decoded));
            } catch (DuplicateKeyException | ConcurrencyFailureException concurrentSubmission) {
                if (attempt == ATTEMPTS) {
                    throw ApiProblemException.conflict(ProblemTypes.CONFLICT, "Concurrent submission",
                            "Another screening submission was being stored at the same time; submit again");
                }
            }
        }
    }

    private Submitted submitOnce(Caller caller, CodedAnswers.Decoded decoded) {
        Patient patient = access.ownRecord(caller);
        ScreeningResponse response = accept(decoded, clock.instant().truncatedTo(ChronoUnit.MICROS));
        StoredScreening stored = records.append(patient.id(), response, caller.subject());
        return new Submitted(stored, eligibility.decide(patient, response, stored.id(), caller.subject()));
    }

    // Unreadable codes and the domain's rules are reported together, each field once.
    private static ScreeningResponse accept(CodedAnswers.Decoded decoded, Instant now) {
        if (decoded.unreadable().isEmpty()) {
            return ScreeningResponse.submit(ScreeningQuestionnaire.current(), decoded.answers(), now);
        }
        List<FieldViolation> all = new ArrayList<>(decoded.unreadable());
        decoded.answers().violations(now).stream()
                .filter(violation -> decoded.unreadable().stream().noneMatch(u -> covers(u.field(), violation.field())))
                .forEach(all::add);
        throw new InvalidFieldsException("screening answers", all);
    }

    private static boolean covers(String unreadable, String field) {
        return unreadable.equals(field) || unreadable.startsWith(field + "[") || unreadable.startsWith(field + ".");
    }
}
