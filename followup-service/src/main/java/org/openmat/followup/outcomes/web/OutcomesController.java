package org.openmat.followup.outcomes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.openmat.followup.outcomes.OutcomeGrouping;
import org.openmat.followup.outcomes.OutcomeReports;
import org.openmat.followup.web.InvalidRequestFieldsException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seven-day outcome figures for operations; by default the last twelve weeks under the configured rule. */
@RestController
@PreAuthorize("hasRole('ops')")
class OutcomesController {

    static final int DEFAULT_DAYS = 84;
    static final int MAX_DAYS = 3 * 366;

    private final OutcomeReports reports;
    private final NoWithdrawalRule configuredRule;
    private final Clock clock;

    OutcomesController(OutcomeReports reports, NoWithdrawalRule configuredRule, Clock clock) {
        this.reports = reports;
        this.configuredRule = configuredRule;
        this.clock = clock;
    }

    @GetMapping("/api/ops/outcomes")
    OutcomeReportView outcomes(@RequestParam(required = false) String groupBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String rule) {
        OutcomeGrouping grouping = groupBy == null ? null : OutcomeGrouping.byParameter(groupBy).orElseThrow(() ->
                InvalidRequestFieldsException.of("groupBy", "must be one of " + Arrays.stream(OutcomeGrouping.values())
                        .map(OutcomeGrouping::parameter).collect(Collectors.joining(", "))));
        LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidRequestFieldsException.of("from", "must not be after 'to' nor more than three years before it");
        }
        return OutcomeReportView.of(reports.report(start, end, grouping, rule == null ? configuredRule : ruleOf(rule)));
    }

    private static NoWithdrawalRule ruleOf(String id) {
        try {
            return NoWithdrawalRule.byId(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestFieldsException.of("rule", "must be one of " + Arrays.stream(NoWithdrawalRule.values())
                    .map(NoWithdrawalRule::id).collect(Collectors.joining(", ")));
        }
    }
}
