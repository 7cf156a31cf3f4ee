package org.openmat.simulator.journey;

import static org.openmat.simulator.journey.StepCalls.expect;
import static org.openmat.simulator.journey.StepCalls.instant;
import static org.openmat.simulator.journey.StepCalls.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.journey.ApiViews.Answered;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.system.Credentials;
import tools.jackson.databind.JsonNode;

/** The seven-day check-in in followup as the patient, the clinician's panel and operations see it. */
public final class FollowupApi {

    private final StepCalls calls;

    FollowupApi(StepCalls calls) {
        this.calls = calls;
    }

    public List<CheckIn> myCheckIns(Credentials patient) {
        String step = "followup: my check-ins";
        List<CheckIn> list = new ArrayList<>();
        expect(step, calls.get(step, "/api/check-ins/mine", patient), Set.of(200)).json().forEach(c -> list.add(
                new CheckIn(uuid(c, "id"), c.path("status").asString(), LocalDate.parse(c.path("dueDate").asString()),
                        c.path("timeZone").asString(), instant(c, "windowOpensAt"), instant(c, "windowClosesAt"))));
        return list;
    }

    public Answered answer(Credentials patient, UUID checkInId, Map<String, Integer> ratings) {
        String step = "followup: answer check-in";
        JsonNode checkIn = expect(step, calls.post(step, "/api/check-ins/" + checkInId + "/answers", patient,
                Map.of("ratings", ratings)), Set.of(201)).json();
        JsonNode outcome = checkIn.path("outcome");
        return new Answered(checkIn.path("status").asString(), outcome.path("band").asString(),
                outcome.path("noWithdrawal").asBoolean(), checkIn.path("escalated").asBoolean());
    }

    /** The ops outcome report grouped by prescribing clinician, induction dates {@code from}-{@code to}. */
    public JsonNode outcomesByClinician(Credentials ops, LocalDate from, LocalDate to, String ruleId) {
        String step = "followup: ops outcomes";
        return expect(step, calls.get(step, "/api/ops/outcomes?groupBy=clinician&from=" + from + "&to=" + to
                + "&rule=" + ruleId, ops), Set.of(200)).json();
    }

    /** Every item of an ops worklist ({@code overdue}, {@code open-escalations}). */
    public List<JsonNode> worklist(Credentials ops, String name) {
        return calls.pages("followup: ops worklist", "/api/ops/worklists/" + name, ops);
    }

    /** Every check-in on the calling clinician's panel with the given status. */
    public List<JsonNode> panelCheckIns(Credentials clinician, String status) {
        return calls.pages("followup: clinician panel", "/api/panel/check-ins?status=" + status, clinician);
    }
}
