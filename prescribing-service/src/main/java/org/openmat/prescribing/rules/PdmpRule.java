package org.openmat.prescribing.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmat.contracts.UsState;

/**
 * Before issue, the PDMP of the state the patient is in was reviewed recently, covering 12 months.
 * If it was unavailable and the attempts are recorded, only a 7-day supply may be issued.
 */
final class PdmpRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        UsState state = input.visit().patientState();
        List<PdmpRecord> records = input.context().pdmpRecords();
        List<PdmpRecord> forState = records.stream().filter(r -> r.state().equals(state)).toList();
        if (records.isEmpty()) {
            findings.violation(ViolationCode.PDMP_REVIEW_MISSING, "no PDMP review recorded");
            return;
        }
        if (forState.isEmpty()) {
            findings.violation(ViolationCode.PDMP_REVIEW_NOT_FOR_PATIENT_STATE,
                    "PDMP records only for " + statesOf(records) + "; the patient was in " + state.name());
            return;
        }

        Map<ViolationCode, String> reviewProblems = new LinkedHashMap<>();
        for (PdmpRecord record : forState) {
            if (record instanceof PdmpReview review) {
                Map<ViolationCode, String> problems = problemsOf(review, input);
                if (problems.isEmpty()) {
                    return;
                }
                problems.forEach(reviewProblems::putIfAbsent);
            }
        }

        List<PdmpUnavailable> outages = forState.stream()
                .filter(PdmpUnavailable.class::isInstance).map(PdmpUnavailable.class::cast).toList();
        if (outages.stream().anyMatch(outage -> hasRecentAttempt(outage, input))) {
            capSupplyWhileUnavailable(input, findings);
            return;
        }
        reviewProblems.forEach(findings::violation);
        if (!outages.isEmpty()) {
            findings.violation(ViolationCode.PDMP_UNAVAILABLE_WITHOUT_RECENT_ATTEMPT,
                    "PDMP recorded as unavailable without an attempt in the " + input.policy().pdmpMaxAge()
                            + " before issue");
        }
    }

    private static Map<ViolationCode, String> problemsOf(PdmpReview review, RuleInput input) {
        Map<ViolationCode, String> problems = new LinkedHashMap<>();
        Instant issuedAt = input.request().issuedAt();
        PrescribingPolicy policy = input.policy();
        if (review.reviewedAt().isAfter(issuedAt)) {
            problems.put(ViolationCode.PDMP_REVIEW_AFTER_ISSUE,
                    "PDMP reviewed at " + review.reviewedAt() + ", after issue at " + issuedAt);
        } else if (Duration.between(review.reviewedAt(), issuedAt).compareTo(policy.pdmpMaxAge()) > 0) {
            problems.put(ViolationCode.PDMP_REVIEW_STALE,
                    "PDMP reviewed at " + review.reviewedAt() + ", more than " + policy.pdmpMaxAge() + " before issue");
        }
        if (review.lookbackMonths() < policy.pdmpLookbackMonths()) {
            problems.put(ViolationCode.PDMP_LOOKBACK_TOO_SHORT,
                    "PDMP review covered " + review.lookbackMonths() + " months, not " + policy.pdmpLookbackMonths());
        }
        return problems;
    }

    private static boolean hasRecentAttempt(PdmpUnavailable outage, RuleInput input) {
        Instant issuedAt = input.request().issuedAt();
        return outage.attempts().stream().map(PdmpAttempt::attemptedAt).anyMatch(attemptedAt ->
                !attemptedAt.isAfter(issuedAt)
                        && Duration.between(attemptedAt, issuedAt).compareTo(input.policy().pdmpMaxAge()) <= 0);
    }

    private static void capSupplyWhileUnavailable(RuleInput input, Findings findings) {
        int supplyDays = input.request().authorisedSupplyDays();
        int maximum = input.policy().pdmpUnavailableMaxSupplyDays();
        if (supplyDays > maximum) {
            findings.violation(ViolationCode.PDMP_UNAVAILABLE_SUPPLY_TOO_LONG,
                    "PDMP unavailable: " + supplyDays + " days authorised (refills included), at most " + maximum);
        }
    }

    private static String statesOf(List<PdmpRecord> records) {
        return records.stream().map(r -> r.state().name()).distinct().collect(Collectors.joining(", "));
    }
}
