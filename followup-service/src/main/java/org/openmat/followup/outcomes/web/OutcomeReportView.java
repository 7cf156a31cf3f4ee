package org.openmat.followup.outcomes.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmat.followup.checkin.domain.OutcomeFigures;
import org.openmat.followup.checkin.domain.Proportion;
import org.openmat.followup.outcomes.OutcomeReport;
import org.openmat.followup.outcomes.OutcomeReport.GroupFigures;

/**
 * The outcome figures as an operations page shows them: every percentage with its numerator and denominator, and
 * every set of figures with the rule and window it was computed with.
 */
record OutcomeReportView(Instant asOf, PeriodView period, RuleView rule, String groupBy, FiguresView overall,
        List<GroupView> groups) {

    static final String PERIOD_BASIS = "induction date in the patient's time zone, both ends inclusive";

    record PeriodView(LocalDate from, LocalDate to, String basis) {
    }

    record RuleView(String id, String version, String definition) {
    }

    record GroupView(String key, String label, FiguresView figures) {
    }

    /** @param percent null when the denominator is empty (shown as n/a, never as 0 %) */
    record ProportionView(int numerator, int denominator, BigDecimal percent, String display) {

        static ProportionView of(Proportion p) {
            return new ProportionView(p.numerator(), p.denominator(),
                    p.isDefined() ? p.percent(Proportion.DISPLAY_DECIMALS) : null, p.display());
        }
    }

    /**
     * @param inducted  the denominator: inductions of the period whose prescription was not cancelled
     * @param bands     completed check-ins per SOWS band
     */
    record FiguresView(int inducted, int completed, int pending, int overdue, int excludedCancelled,
            ProportionView completionRate, int noWithdrawal, ProportionView noWithdrawalOfInducted,
            ProportionView noWithdrawalOfCompleted, Map<String, Integer> bands, int openEscalations, String ruleId,
            String window, String headline) {

        static FiguresView of(GroupFigures group) {
            OutcomeFigures f = group.figures();
            Map<String, Integer> bands = new LinkedHashMap<>();
            f.bandDistribution().forEach((band, count) -> bands.put(band.name(), count));
            return new FiguresView(f.inducted(), f.completed(), f.pending(), f.overdue(), f.excludedCancelled(),
                    ProportionView.of(f.completionRate()), f.noWithdrawal(),
                    ProportionView.of(f.noWithdrawalOfInducted()), ProportionView.of(f.noWithdrawalOfCompleted()),
                    bands, group.openEscalations(), f.ruleId(), group.window(), f.headline());
        }
    }

    static OutcomeReportView of(OutcomeReport report) {
        return new OutcomeReportView(report.asOf(), new PeriodView(report.from(), report.to(), PERIOD_BASIS),
                new RuleView(report.rule().id(), report.rule().version(), report.rule().definition()),
                report.grouping() == null ? null : report.grouping().parameter(), FiguresView.of(report.overall()),
                report.groups().stream()
                        .map(g -> new GroupView(g.key(), g.label(), FiguresView.of(g)))
                        .toList());
    }
}
