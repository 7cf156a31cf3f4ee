package org.openmat.prescribing.disclosure.webhook;

import org.openmat.platform.scheduling.PeriodicTask;
import org.openmat.prescribing.pharmacy.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every instance polls for due webhook deliveries; the database decides which instance attempts which. */
@Configuration(proxyBeanMethods = false)
class WebhookPolling {

    @Bean
    PeriodicTask webhookPoller(WebhookDispatcher dispatcher, WebhookProperties properties) {
        return new PeriodicTask("webhook-dispatcher", properties.pollInterval(), dispatcher::dispatchAllDue);
    }
}
