package org.openmat.scheduling.visits;

import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.visits.domain.VisitPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VisitConfiguration {

    @Bean
    VisitPolicy visitPolicy(SchedulingProperties scheduling, VisitProperties visits) {
        return new VisitPolicy(scheduling.changeCutoff(), visits.checkInOpensBefore());
    }
}
