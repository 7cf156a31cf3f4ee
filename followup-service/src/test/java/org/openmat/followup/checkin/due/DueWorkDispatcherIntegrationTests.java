package org.openmat.followup.checkin.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents;
import org.openmat.followup.checkin.CheckInRecords;
import org.openmat.followup.checkin.InductionFollowUps;
import org.openmat.platform.outbox.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances of the service running the dispatcher at the same moment, on the same database. */
@FollowupIntegrationTest
class DueWorkDispatcherIntegrationTests {

    static final int CHECK_INS = 40;

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired CheckInRecords records;
    @Autowired Outbox outbox;
    @Autowired TestClock clock;
    @Autowired InductionFollowUps followUps;
    @Autowired DueWorkDispatcher dispatcher;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twoInstancesAtOnceSendEachReminderAndCloseEachWindowExactlyOnce() throws Exception {
        clock.stopAt("2032-01-01T00:00:00Z");
        dispatcher.dispatchDue();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        List<UUID> prescriptions = new ArrayList<>();
        for (int i = 0; i < CHECK_INS; i++) {
            PrescriptionIssued issued = FollowupTestEvents.induction(UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2032-01-05T15:00:00Z"));
            transactions.executeWithoutResult(status -> followUps.open(issued));
            prescriptions.add(issued.prescriptionId());
        }
        DueWorkDispatcher one = new DueWorkDispatcher(jdbc, transactions, records, outbox, clock, 7);
        DueWorkDispatcher other = new DueWorkDispatcher(jdbc, transactions, records, outbox, clock, 7);

        clock.stopAt("2032-01-12T15:00:00Z");
        List<DueWorkDispatcher.Dispatched> reminding = together(one, other);
        assertThat(reminding.stream().mapToInt(DueWorkDispatcher.Dispatched::reminders).sum()).isEqualTo(3 * CHECK_INS);
        assertThat(count("""
                SELECT count(*) FROM check_in_reminder r JOIN check_in c ON c.id = r.check_in_id
                WHERE c.prescription_id = ANY(?) AND r.sent_at IS NOT NULL""", prescriptions)).isEqualTo(3 * CHECK_INS);

        clock.stopAt("2032-01-14T05:00:00Z");
        List<DueWorkDispatcher.Dispatched> closing = together(one, other);
        assertThat(closing.stream().mapToInt(DueWorkDispatcher.Dispatched::overdue).sum()).isEqualTo(CHECK_INS);
        assertThat(count("SELECT count(*) FROM check_in WHERE prescription_id = ANY(?) AND status = 'OVERDUE'",
                prescriptions)).isEqualTo(CHECK_INS);
    }

    private static List<DueWorkDispatcher.Dispatched> together(DueWorkDispatcher... dispatchers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DueWorkDispatcher.Dispatched>> runs = new ArrayList<>();
            for (DueWorkDispatcher dispatcher : dispatchers) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return dispatcher.dispatchDue();
                }));
            }
            start.countDown();
            List<DueWorkDispatcher.Dispatched> results = new ArrayList<>();
            for (Future<DueWorkDispatcher.Dispatched> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, List<UUID> prescriptions) {
        return jdbc.queryForObject(sql, Long.class, (Object) prescriptions.toArray(UUID[]::new));
    }
}
