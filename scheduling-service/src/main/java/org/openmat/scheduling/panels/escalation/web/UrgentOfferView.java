package org.openmat.scheduling.panels.escalation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.openmat.scheduling.panels.escalation.UrgentOfferReads.Listed;
import org.openmat.scheduling.panels.escalation.UrgentVisitOffer;
import org.openmat.scheduling.visits.web.VisitView.LocalTimes;

/**
 * An urgent visit offer as its patient or a clinician sees it; the slot fields are null while there is no slot.
 *
 * @param status       {@code OPEN}, {@code NO_SLOT} (the care team must call), {@code ACCEPTED} or {@code EXPIRED}
 * @param choice       {@code OWN_CLINICIAN} or {@code COVERING_CLINICIAN}
 * @param noSlotReason {@code NO_SLOT_IN_WINDOW} or {@code PATIENT_CANNOT_BOOK}, when there is no slot
 * @param visitId      the booked visit once accepted
 */
record UrgentOfferView(UUID offerId, UUID escalationId, UUID patientId, String status, String visitType,
        UUID clinicianId, String clinicianName, String choice, Instant startsAt, Instant endsAt, LocalTimes local,
        String patientState, String noSlotReason, Instant offeredAt, Instant expiresAt, UUID visitId,
        Instant acceptedAt, Instant escalationResolvedAt) {

    static UrgentOfferView of(Listed listed, ZoneId readerZone) {
        UrgentVisitOffer offer = listed.offer();
        return new UrgentOfferView(offer.id(), offer.escalationId(), offer.patientId(), listed.status().name(),
                "URGENT", offer.clinicianId(), listed.clinicianName(), nameOf(offer.choice()), offer.startsAt(),
                offer.endsAt(), local(offer, readerZone), offer.patientState(), nameOf(offer.noSlotReason()),
                offer.offeredAt(), offer.expiresAt(), offer.visitId(), offer.acceptedAt(),
                offer.escalationResolvedAt());
    }

    private static LocalTimes local(UrgentVisitOffer offer, ZoneId zone) {
        if (offer.startsAt() == null) {
            return null;
        }
        return new LocalTimes(zone.getId(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offer.startsAt().atZone(zone)),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offer.endsAt().atZone(zone)));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
