package org.openmat.followup.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.openmat.followup.checkin.domain.OutcomeFigures;

/**
 * Outcome figures for the inductions of a period, overall and per group, all under one rule.
 *
 * @param grouping null when only the overall figures were asked for
 */
public record OutcomeReport(Instant asOf, LocalDate from, LocalDate to, NoWithdrawalRule rule,
        OutcomeGrouping grouping, GroupFigures overall, List<GroupFigures> groups) {

    /**
     * @param window the check-in window(s) the group's inductions were planned with, described
     */
    public record GroupFigures(String key, String label, OutcomeFigures figures, int openEscalations,
            String window) {
    }
}
