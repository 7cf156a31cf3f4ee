package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.openmat.intake.screening.domain.InvalidFieldsException;

/**
 * A patient's 42 CFR Part 2 consent to disclose SUD treatment records. It is in force from signing until it is
 * revoked in writing or expires; disclosures are allowed only while it is in force.
 */
public final class Part2Consent {

    private final UUID id;
    private final UUID patientId;
    private final ConsentTerms terms;
    private final ZoneId patientZone;
    private Revocation revocation;
    private ExpiryEventOccurred expiryEvent;

    private Part2Consent(UUID id, UUID patientId, ConsentTerms terms, ZoneId patientZone, Revocation revocation,
                         ExpiryEventOccurred expiryEvent) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.patientZone = Objects.requireNonNull(patientZone, "patientZone");
        this.revocation = revocation;
        this.expiryEvent = expiryEvent;
    }

    /**
     * Records a consent the patient has just signed.
     *
     * @throws InvalidFieldsException listing every missing or invalid element
     */
    public static Part2Consent grant(UUID id, UUID patientId, ConsentTerms terms, ZoneId patientZone, Instant now) {
        var violations = terms.violations(Objects.requireNonNull(patientZone, "patientZone"), now);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException("Part 2 consent", violations);
        }
        return new Part2Consent(id, patientId, terms, patientZone, null, null);
    }

    /** Rebuilds a stored consent; {@code revocation} and {@code expiryEvent} are null when none was recorded. */
    public static Part2Consent restore(UUID id, UUID patientId, ConsentTerms terms, ZoneId patientZone,
                                       Revocation revocation, ExpiryEventOccurred expiryEvent) {
        return new Part2Consent(id, patientId, terms, patientZone, revocation, expiryEvent);
    }

    /**
     * Records the patient's written revocation: no disclosure on this consent from {@code at} on.
     *
     * @throws ConsentAlreadyRevokedException when it was revoked before
     */
    public ConsentRevoked revoke(Instant at, String revokedBy) {
        if (revocation != null) {
            throw new ConsentAlreadyRevokedException(id);
        }
        if (at.isBefore(signedAt())) {
            throw new IllegalArgumentException("a consent cannot be revoked before it was signed");
        }
        revocation = new Revocation(at, revokedBy);
        return new ConsentRevoked(id, patientId, at);
    }

    /**
     * Records that an event happened for the patient; returns whether it ended this consent (only a consent that
     * expires on that event, and only the first time).
     */
    public boolean recordExpiryEvent(ExpiryEventOccurred occurred) {
        boolean expiresOnIt = terms.expiry() instanceof ConsentExpiry.OnEvent onEvent
                && onEvent.event() == occurred.event();
        if (!expiresOnIt || expiryEvent != null) {
            return false;
        }
        expiryEvent = occurred;
        return true;
    }

    /** Signed by then, not revoked at or before then, and not expired. */
    public boolean isInForceAt(Instant instant) {
        if (instant.isBefore(signedAt())) {
            return false;
        }
        if (revocation != null && !instant.isBefore(revocation.at())) {
            return false;
        }
        ConsentExpiry expiry = terms.expiry();
        if (expiry instanceof ConsentExpiry.OnDate onDate) {
            return !instant.atZone(patientZone).toLocalDate().isAfter(onDate.lastDay());
        }
        if (expiry instanceof ConsentExpiry.OnEvent) {
            return expiryEvent == null || instant.isBefore(expiryEvent.at());
        }
        return true;
    }

    /** Whether the recipients include partner pharmacies as a class or any named pharmacy. */
    public boolean coversPharmacies() {
        return terms.recipients().includePharmacies();
    }

    /** Whether this partner pharmacy may receive records: the pharmacy class, or this pharmacy named. */
    public boolean coversPharmacy(String partnerPharmacyId) {
        return terms.recipients().includePharmacy(partnerPharmacyId);
    }

    public boolean covers(InformationCategory category) {
        return terms.covers(category);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public ConsentTerms terms() {
        return terms;
    }

    public ZoneId patientZone() {
        return patientZone;
    }

    public Instant signedAt() {
        return terms.signature().signedAt();
    }

    /** The date of signing, in the patient's time zone. */
    public LocalDate signedOn() {
        return signedAt().atZone(patientZone).toLocalDate();
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public Optional<ExpiryEventOccurred> expiryEvent() {
        return Optional.ofNullable(expiryEvent);
    }
}
