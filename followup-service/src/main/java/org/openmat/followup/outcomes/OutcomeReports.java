package org.openmat.followup.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.openmat.followup.checkin.domain.OutcomeFiguresCalculator;
import org.openmat.followup.outcomes.OutcomeReport.GroupFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations' outcome figures: every induction of the period (by induction date in the patient's zone) is in the
 * denominator unless its prescription was cancelled; the domain calculator applies the requested rule to each stored
 * score, so figures can be recomputed under any rule without counting anyone who never answered.
 */
@Service
public class OutcomeReports {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CheckInWindowPolicy configuredWindow;

    OutcomeReports(JdbcTemplate jdbc, Clock clock, CheckInWindowPolicy configuredWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredWindow = configuredWindow;
    }

    @Transactional(readOnly = true)
    public OutcomeReport report(LocalDate from, LocalDate to, OutcomeGrouping grouping, NoWithdrawalRule rule) {
        Instant now = clock.instant();
        List<CohortMember> cohort = jdbc.query(CohortMember.SELECT + "WHERE c.induction_date BETWEEN ? AND ?",
                CohortMember::row, from, to);
        GroupFigures overall = figures("all", "All inductions", cohort, rule, now);
        List<GroupFigures> groups = new ArrayList<>();
        if (grouping != null) {
            Map<String, List<CohortMember>> byKey = new TreeMap<>(cohort.stream()
                    .collect(Collectors.groupingBy(grouping::keyOf)));
            if (grouping == OutcomeGrouping.INDUCTION_WEEK) {
                everyWeek(from, to).forEach(week -> byKey.putIfAbsent(week, List.of()));
            }
            byKey.forEach((key, members) -> groups.add(figures(key, grouping.labelOf(key), members, rule, now)));
        }
        return new OutcomeReport(now, from, to, rule, grouping, overall, groups);
    }

    private GroupFigures figures(String key, String label, List<CohortMember> members, NoWithdrawalRule rule,
            Instant now) {
        Set<CheckInWindowPolicy> windows = members.stream().map(CohortMember::window)
                .map(w -> new CheckInWindowPolicy(w.dueDay(), w.opensOnDay(), w.closesAfterDay(),
                        configuredWindow.reminderLocalTime()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        CheckInWindowPolicy window = windows.size() == 1 ? windows.iterator().next() : configuredWindow;
        String described = windows.size() > 1
                ? windows.stream().map(CheckInWindowPolicy::describe).collect(Collectors.joining("; "))
                : window.describe();
        var figures = OutcomeFiguresCalculator.calculate(members.stream().map(m -> m.followUp(now)).toList(),
                rule, window);
        int openEscalations = (int) members.stream().filter(CohortMember::openEscalation).count();
        return new GroupFigures(key, label, figures, openEscalations, described);
    }

    private static List<String> everyWeek(LocalDate from, LocalDate to) {
        List<String> weeks = new ArrayList<>();
        for (LocalDate week = OutcomeGrouping.weekStart(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week.toString());
        }
        return weeks;
    }
}
