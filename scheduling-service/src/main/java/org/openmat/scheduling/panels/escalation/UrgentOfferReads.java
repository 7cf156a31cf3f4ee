package org.openmat.scheduling.panels.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Urgent offers as their readers list them: those still needing action first, then the newest first. */
@Service
@Transactional(readOnly = true)
public class UrgentOfferReads {

    /** An offer with its status as of now and the name of the clinician it proposes (null without a slot). */
    public record Listed(UrgentVisitOffer offer, UrgentOfferStatus status, String clinicianName) {
    }

    private static final Comparator<Listed> NEEDING_ACTION_FIRST = Comparator.comparing(Listed::status)
            .thenComparing((Listed listed) -> listed.offer().offeredAt(), Comparator.reverseOrder());

    private final UrgentOffers offers;
    private final Clinicians clinicians;
    private final Clock clock;

    UrgentOfferReads(UrgentOffers offers, Clinicians clinicians, Clock clock) {
        this.offers = offers;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    public List<Listed> ofPatient(UUID patientId) {
        return listed(offers.findByPatientId(patientId));
    }

    /** Offers for the clinician's panel patients, of the clinician's own slots, and of escalations they were alerted to. */
    public List<Listed> forClinician(Clinician clinician) {
        return listed(offers.forClinician(clinician.id()));
    }

    private List<Listed> listed(List<UrgentVisitOffer> found) {
        Instant now = clock.instant();
        return found.stream()
                .map(offer -> new Listed(offer, offer.statusAt(now), nameOf(offer.clinicianId())))
                .sorted(NEEDING_ACTION_FIRST)
                .toList();
    }

    private String nameOf(UUID clinicianId) {
        return clinicianId == null ? null : clinicians.findById(clinicianId).map(Clinician::displayName).orElse(null);
    }
}
