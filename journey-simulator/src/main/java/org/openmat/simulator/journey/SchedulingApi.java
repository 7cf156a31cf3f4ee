package org.openmat.simulator.journey;

import static org.openmat.simulator.journey.StepCalls.expect;
import static org.openmat.simulator.journey.StepCalls.instant;
import static org.openmat.simulator.journey.StepCalls.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.Slot;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Credentials;
import tools.jackson.databind.JsonNode;

/** Slot search, booking and the visit day in scheduling, and the clinician administration a run needs. */
public final class SchedulingApi {

    private final StepCalls calls;

    SchedulingApi(StepCalls calls) {
        this.calls = calls;
    }

    /** Empty while scheduling does not know the patient as enrolled and eligible yet (intake's events in flight). */
    public Optional<List<Slot>> searchInductionSlots(Credentials patient, LocalDate date) {
        String step = "scheduling: slot search";
        ApiResponse response = calls.get(step, "/api/slots?visitType=INDUCTION&from=" + date + "&to=" + date,
                patient);
        if (response.is(404) || (response.is(409) && response.problemType().equals("patient-not-eligible"))) {
            calls.retried(step, response, "replica not there yet");
            return Optional.empty();
        }
        List<Slot> slots = new ArrayList<>();
        expect(step, response, Set.of(200)).json().path("slots").forEach(slot -> slots.add(
                new Slot(uuid(slot, "clinicianId"), instant(slot, "startsAt"), instant(slot, "endsAt"))));
        return Optional.of(slots);
    }

    /** Empty when someone else took the slot first. */
    public Optional<BookedVisit> book(Credentials patient, Slot slot) {
        String step = "scheduling: book";
        ApiResponse response = calls.post(step, "/api/visits", patient, Map.of("clinicianId",
                slot.clinicianId().toString(), "visitType", "INDUCTION", "startsAt", slot.startsAt().toString()));
        if (response.is(409) && Set.of("slot-taken", "slot-unavailable").contains(response.problemType())) {
            calls.retried(step, response, "chose another slot");
            return Optional.empty();
        }
        JsonNode visit = expect(step, response, Set.of(201)).json();
        return Optional.of(new BookedVisit(uuid(visit, "visitId"), uuid(visit, "clinicianId"),
                instant(visit, "startsAt"), instant(visit, "endsAt")));
    }

    public void checkIn(Credentials patient, UUID visitId, String state) {
        String step = "scheduling: check-in";
        expect(step, calls.post(step, "/api/visits/" + visitId + "/check-in", patient, Map.of("currentState", state)),
                Set.of(200));
    }

    public void startVisit(Credentials clinician, UUID visitId) {
        String step = "scheduling: start visit";
        expect(step, calls.post(step, "/api/visits/" + visitId + "/start", clinician, Map.of()), Set.of(200));
    }

    /** A video induction without in-person evaluation; returns when scheduling recorded it complete. */
    public Instant completeInduction(Credentials clinician, UUID visitId) {
        String step = "scheduling: complete visit";
        return instant(expect(step, calls.post(step, "/api/visits/" + visitId + "/completion", clinician,
                Map.of("modality", "VIDEO", "inPersonEvaluation", false, "induction", true)), Set.of(200)).json(),
                "completedAt");
    }

    public UUID registerClinician(Credentials admin, Map<String, Object> profile) {
        String step = "scheduling: register clinician";
        return uuid(expect(step, calls.post(step, "/api/clinicians", admin, profile), Set.of(201)).json(), "id");
    }

    public void replaceWeeklyAvailability(Credentials admin, UUID clinicianId, Map<String, Object> rules) {
        String step = "scheduling: weekly availability";
        expect(step, calls.put(step, "/api/clinicians/" + clinicianId + "/availability/weekly", admin, rules),
                Set.of(200));
    }

    public void deactivateClinician(Credentials admin, UUID clinicianId) {
        String step = "scheduling: deactivate clinician";
        expect(step, calls.post(step, "/api/clinicians/" + clinicianId + "/deactivation", admin, Map.of()),
                Set.of(200));
    }
}
