package org.openmat.scheduling.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openmat.platform.problem.ApiProblemException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionOperations;

class VisitTransactionsTests {

    private final VisitTransactions transactions = new VisitTransactions(TransactionOperations.withoutTransaction());

    @Test
    void anExclusionViolationOnTheClinicianMeansTheSlotWasTaken() {
        assertThatThrownBy(() -> transactions.run(() -> {
            throw integrity("23P01", "conflicting key value violates exclusion constraint "
                    + "\"visit_clinician_not_double_booked\"");
        })).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.type().toString()).isEqualTo("https://openmat.org/problems/slot-taken");
            assertThat(e.getMessage()).contains("Someone else");
        });
    }

    @Test
    void anExclusionViolationOnThePatientSaysThePatientAlreadyHasAVisitThen() {
        assertThatThrownBy(() -> transactions.run(() -> {
            throw integrity("23P01", "conflicting key value violates exclusion constraint "
                    + "\"visit_patient_not_double_booked\"");
        })).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.type().toString()).isEqualTo("https://openmat.org/problems/slot-taken");
            assertThat(e.getMessage()).contains("You already have a visit");
        });
    }

    @Test
    void aUniqueViolationAlsoMeansTheSlotWasTaken() {
        assertThatThrownBy(() -> transactions.run(() -> {
            throw integrity("23505", "duplicate key value violates unique constraint");
        })).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.type().toString()).endsWith("/slot-taken"));
    }

    @Test
    void otherIntegrityViolationsAreNotDisguisedAsConflicts() {
        DataIntegrityViolationException foreignKey = integrity("23503", "violates foreign key constraint");

        assertThatThrownBy(() -> transactions.run(() -> {
            throw foreignKey;
        })).isSameAs(foreignKey);
    }

    @Test
    void aDeadlockBetweenRacingBookingsIsRetriedInAFreshTransaction() {
        AtomicInteger attempts = new AtomicInteger();

        String result = transactions.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"));
            }
            return "booked";
        });

        assertThat(result).isEqualTo("booked");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aDeadlockThatKeepsRecurringEventuallyFails() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run(() -> {
            attempts.incrementAndGet();
            throw new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"));
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(VisitTransactions.MAX_ATTEMPTS);
    }

    @Test
    void aConcurrentChangeToTheSameVisitIsAConflict() {
        assertThatThrownBy(() -> transactions.run(() -> {
            throw new ObjectOptimisticLockingFailureException(Visit.class, "id");
        })).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.type().toString()).endsWith("/visit-changed-concurrently"));
    }

    @Test
    void refusalsOfTheDomainPassThroughUnchanged() {
        ApiProblemException refusal = VisitProblems.slotUnavailable();

        assertThatThrownBy(() -> transactions.run(() -> {
            throw refusal;
        })).isSameAs(refusal);
    }

    private static DataIntegrityViolationException integrity(String sqlState, String message) {
        return new DataIntegrityViolationException("could not execute statement",
                new RuntimeException("constraint", new SQLException(message, sqlState)));
    }
}
