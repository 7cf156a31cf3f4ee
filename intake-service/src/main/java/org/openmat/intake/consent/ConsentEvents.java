package org.openmat.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.NamedRecipient;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.consent.domain.RecipientKind;

/** The integration events of consents: their scope as codes, never names or free text. */
final class ConsentEvents {

    private ConsentEvents() {
    }

    static ConsentGranted granted(Part2Consent consent, Instant now) {
        ConsentTerms terms = consent.terms();
        LocalDate expiresOn = terms.expiry() instanceof ConsentExpiry.OnDate onDate ? onDate.lastDay() : null;
        String expiryEvent = terms.expiry() instanceof ConsentExpiry.OnEvent onEvent ? onEvent.event().name() : null;
        return new ConsentGranted(UUID.randomUUID(), now, consent.patientId(), consent.id(), consent.signedAt(),
                Codes.names(terms.recipients().classes()), namedPartnerPharmacyIds(consent),
                Codes.names(terms.information()), Codes.names(terms.purpose().purposes()), expiresOn, expiryEvent,
                consent.patientZone().getId(), terms.consentTextVersion());
    }

    static ConsentRevoked revoked(Part2Consent consent, Instant now) {
        Instant revokedAt = consent.revocation().orElseThrow().at();
        return new ConsentRevoked(UUID.randomUUID(), now, consent.patientId(), consent.id(), revokedAt,
                Codes.names(consent.terms().recipients().classes()), namedPartnerPharmacyIds(consent));
    }

    private static List<String> namedPartnerPharmacyIds(Part2Consent consent) {
        return consent.terms().recipients().named().stream()
                .filter(recipient -> recipient.kind() == RecipientKind.PHARMACY)
                .map(NamedRecipient::partnerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
