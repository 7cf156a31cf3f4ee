package org.openmat.scheduling.visits;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.openmat.platform.problem.ApiProblemException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a change to visits in one transaction and turns PostgreSQL's refusals into clean answers: an exclusion or
 * unique violation (another visit holds the time) becomes a 409, and a deadlock between two bookings racing for the
 * same time, which PostgreSQL resolves by aborting one of them, is retried so the loser sees the winner's visit.
 */
@Component
public class VisitTransactions {

    static final int MAX_ATTEMPTS = 5;
    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");
    private static final Set<String> TIME_TAKEN = Set.of("23P01", "23505");
    private static final String PATIENT_CONSTRAINT = "visit_patient_not_double_booked";

    private final TransactionOperations transactions;

    public VisitTransactions(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    public <T> T run(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> change.get());
            } catch (RuntimeException e) {
                Optional<SQLException> sql = sqlCause(e);
                String state = sql.map(SQLException::getSQLState).orElse("");
                if (RETRYABLE.contains(state) && attempt < MAX_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                throw translate(e, state, sql);
            }
        }
    }

    private static RuntimeException translate(RuntimeException e, String state, Optional<SQLException> sql) {
        if (TIME_TAKEN.contains(state)) {
            boolean patientOverlap = sql.map(SQLException::getMessage).filter(m -> m.contains(PATIENT_CONSTRAINT))
                    .isPresent();
            return patientOverlap ? VisitProblems.patientAlreadyBooked() : VisitProblems.slotTaken();
        }
        if (e instanceof OptimisticLockingFailureException) {
            return VisitProblems.changedConcurrently();
        }
        return e;
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null && !(cause instanceof ApiProblemException); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a visit change", interrupted);
        }
    }
}
