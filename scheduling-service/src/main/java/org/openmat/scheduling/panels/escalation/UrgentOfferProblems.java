package org.openmat.scheduling.panels.escalation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The 409 a patient gets when the offered time went meanwhile, with what the offer proposes now. */
final class UrgentOfferProblems {

    private UrgentOfferProblems() {
    }

    static ApiProblemException slotGone(UrgentVisitOffer fresh) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("offerId", fresh.id().toString());
        now.put("status", fresh.hasSlot() ? "OPEN" : "NO_SLOT");
        if (fresh.hasSlot()) {
            now.put("clinicianId", fresh.clinicianId().toString());
            now.put("startsAt", fresh.startsAt().toString());
            now.put("endsAt", fresh.endsAt().toString());
        }
        String detail = fresh.hasSlot()
                ? "That time is no longer available; the offer now proposes the next urgent time, accept it to book"
                : "That time is no longer available and no other urgent time is open; your care team will call you";
        return new ApiProblemException(HttpStatus.CONFLICT, ProblemTypes.of("urgent-offer-slot-gone"),
                "Offered time no longer available", detail, Map.of("offer", now));
    }
}
