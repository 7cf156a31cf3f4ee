package org.openmat.followup;

import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupProperties.class)
class FollowupConfiguration {

    @Bean
    NoWithdrawalRule noWithdrawalRule(FollowupProperties properties) {
        return properties.rule();
    }

    @Bean
    CheckInWindowPolicy checkInWindowPolicy(FollowupProperties properties) {
        return properties.window().policy();
    }
}
