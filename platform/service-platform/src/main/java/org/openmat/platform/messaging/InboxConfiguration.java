package org.openmat.platform.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    EventInbox eventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new EventInbox(jdbc, new TransactionTemplate(transactionManager));
    }
}
