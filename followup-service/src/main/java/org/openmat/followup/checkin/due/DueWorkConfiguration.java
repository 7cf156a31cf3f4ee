package org.openmat.followup.checkin.due;

import java.time.Clock;

import org.openmat.followup.FollowupProperties;
import org.openmat.followup.checkin.CheckInRecords;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.scheduling.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DueWorkConfiguration {

    @Bean
    DueWorkDispatcher dueWorkDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            CheckInRecords records, Outbox outbox, Clock clock, FollowupProperties properties) {
        return new DueWorkDispatcher(jdbc, new TransactionTemplate(transactionManager), records, outbox, clock,
                properties.dueWork().batchSize());
    }

    @Bean
    PeriodicTask dueWorkPoller(DueWorkDispatcher dueWorkDispatcher, FollowupProperties properties) {
        return new PeriodicTask("check-in-due-work", properties.dueWork().pollInterval(), dueWorkDispatcher::dispatchDue);
    }
}
