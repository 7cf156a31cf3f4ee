package org.openmat.followup.dashboard;

import java.util.Arrays;
import java.util.List;

import org.openmat.followup.checkin.domain.NoWithdrawalRule;

/**
 * What the ops dashboard needs before anyone signs in: where to sign in, as which public client, and which
 * no-withdrawal rules the outcome API accepts. Nothing here is secret.
 *
 * @param issuer      the Keycloak realm the service trusts; the page reads its discovery document
 * @param clientId    the public client (authorization code with PKCE) the page signs in with
 * @param defaultRule the rule reports use when none is asked for
 */
record DashboardConfig(String issuer, String clientId, String defaultRule, List<RuleOption> rules) {

    record RuleOption(String id, String definition) {
    }

    static DashboardConfig of(String issuer, String clientId, NoWithdrawalRule defaultRule) {
        return new DashboardConfig(issuer, clientId, defaultRule.id(), Arrays.stream(NoWithdrawalRule.values())
                .map(rule -> new RuleOption(rule.id(), rule.definition()))
                .toList());
    }
}
