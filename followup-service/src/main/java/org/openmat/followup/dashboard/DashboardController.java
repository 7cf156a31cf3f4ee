package org.openmat.followup.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.openmat.followup.FollowupProperties;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's public settings, so the page hard-codes neither the issuer nor the client. */
@Hidden
@RestController
class DashboardController {

    private final DashboardConfig config;

    DashboardController(OAuth2ResourceServerProperties resourceServer, FollowupProperties properties,
            NoWithdrawalRule configuredRule) {
        this.config = DashboardConfig.of(resourceServer.getJwt().getIssuerUri(), properties.dashboard().clientId(),
                configuredRule);
    }

    @GetMapping("/ops/config.json")
    DashboardConfig config() {
        return config;
    }
}
