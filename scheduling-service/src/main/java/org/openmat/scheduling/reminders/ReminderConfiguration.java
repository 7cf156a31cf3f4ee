package org.openmat.scheduling.reminders;

import java.time.Clock;

import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.scheduling.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    ReminderDispatcher reminderDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            Outbox outbox, Clock clock, ReminderProperties properties) {
        return new ReminderDispatcher(jdbc, new TransactionTemplate(transactionManager), outbox, clock,
                properties.batchSize());
    }

    @Bean
    PeriodicTask reminderPoller(ReminderDispatcher reminderDispatcher, ReminderProperties properties) {
        return new PeriodicTask("visit-reminders", properties.pollInterval(), reminderDispatcher::dispatchDue);
    }
}
