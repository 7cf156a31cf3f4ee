package org.openmat.simulator.journey;

import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.Http;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SystemEndpoints;
import org.openmat.simulator.system.Tokens;

/**
 * The public API steps of the journey, one typed method each, by service. Every call is timed under its step name;
 * answers the journey expects while an event is still on its way (or under contention) come back empty and are
 * counted as retries; any other unexpected answer throws {@link StepFailedException}.
 */
public record JourneyApi(IntakeApi intake, SchedulingApi scheduling, PrescribingApi prescribing,
        FollowupApi followup) {

    public static JourneyApi of(Http http, SystemEndpoints endpoints, Tokens tokens, Metrics metrics) {
        return new JourneyApi(new IntakeApi(new StepCalls(http, endpoints, tokens, metrics, Service.INTAKE)),
                new SchedulingApi(new StepCalls(http, endpoints, tokens, metrics, Service.SCHEDULING)),
                new PrescribingApi(new StepCalls(http, endpoints, tokens, metrics, Service.PRESCRIBING)),
                new FollowupApi(new StepCalls(http, endpoints, tokens, metrics, Service.FOLLOWUP)));
    }
}
