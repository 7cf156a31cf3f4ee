package org.openmat.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentPurpose;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.ExpiryEvent;
import org.openmat.intake.consent.domain.ExpiryEventOccurred;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.consent.domain.PurposeOfUse;
import org.openmat.intake.consent.domain.RecipientClass;
import org.openmat.intake.consent.domain.Recipients;
import org.openmat.intake.consent.domain.Revocation;
import org.openmat.intake.consent.domain.Signature;

/** The stored form of a {@link Part2Consent}: every element as signed, plus its revocation once there is one. */
@Entity
@Table(name = "part2_consent")
class ConsentRecord {

    @Id
    private UUID id;
    @Column(updatable = false)
    private UUID patientId;
    private String patientName;
    private String disclosingProgram;
    private String informationCategories;
    private String recipientClasses;
    @ElementCollection
    @CollectionTable(name = "part2_consent_named_recipient", joinColumns = @JoinColumn(name = "consent_id"))
    @OrderColumn(name = "ordinal")
    private List<NamedRecipientColumns> namedRecipients = new ArrayList<>();
    private String purposes;
    private String purposeOtherDescription;
    private boolean revocationRightAcknowledged;
    private String expiryKind;
    private LocalDate expiresOn;
    private String expiryEvent;
    private Instant expiryEventOccurredAt;
    private String signatureTypedName;
    private Instant signedAt;
    private String consentTextVersion;
    private String patientTimeZone;
    private Instant recordedAt;
    private Instant revokedAt;
    private String revokedBy;
    private String revocationReason;

    protected ConsentRecord() {
    }

    ConsentRecord(Part2Consent consent, Instant recordedAt) {
        ConsentTerms terms = consent.terms();
        this.id = consent.id();
        this.patientId = consent.patientId();
        this.patientName = terms.patientName();
        this.disclosingProgram = terms.disclosingProgram();
        this.informationCategories = Codes.join(terms.information());
        this.recipientClasses = Codes.join(terms.recipients().classes());
        terms.recipients().named().forEach(recipient -> namedRecipients.add(new NamedRecipientColumns(recipient)));
        this.purposes = Codes.join(terms.purpose().purposes());
        this.purposeOtherDescription = terms.purpose().otherDescription();
        this.revocationRightAcknowledged = terms.revocationRightAcknowledged();
        setExpiry(terms.expiry());
        this.signatureTypedName = terms.signature().typedName();
        this.signedAt = terms.signature().signedAt();
        this.consentTextVersion = terms.consentTextVersion();
        this.patientTimeZone = consent.patientZone().getId();
        this.recordedAt = recordedAt;
    }

    private void setExpiry(ConsentExpiry expiry) {
        expiryKind = "NONE";
        if (expiry instanceof ConsentExpiry.OnDate onDate) {
            expiryKind = "DATE";
            expiresOn = onDate.lastDay();
        } else if (expiry instanceof ConsentExpiry.OnEvent onEvent) {
            expiryKind = "EVENT";
            expiryEvent = onEvent.event().name();
        }
    }

    /** Keeps the revocation the domain recorded, with the patient's optional reason. */
    void revoked(Revocation revocation, String reason) {
        this.revokedAt = revocation.at();
        this.revokedBy = revocation.revokedBy();
        this.revocationReason = reason;
    }

    Part2Consent toDomain() {
        ConsentTerms terms = new ConsentTerms(patientName, disclosingProgram,
                Codes.parse(informationCategories, InformationCategory.class),
                new Recipients(Codes.parse(recipientClasses, RecipientClass.class),
                        namedRecipients.stream().map(NamedRecipientColumns::toDomain).toList()),
                new ConsentPurpose(Codes.parse(purposes, PurposeOfUse.class), purposeOtherDescription),
                revocationRightAcknowledged, expiry(), new Signature(signatureTypedName, signedAt), consentTextVersion);
        return Part2Consent.restore(id, patientId, terms, ZoneId.of(patientTimeZone),
                revokedAt == null ? null : new Revocation(revokedAt, revokedBy),
                expiryEventOccurredAt == null ? null : new ExpiryEventOccurred(
                        ExpiryEvent.valueOf(expiryEvent), expiryEventOccurredAt));
    }

    private ConsentExpiry expiry() {
        return switch (expiryKind) {
            case "DATE" -> ConsentExpiry.onDate(expiresOn);
            case "EVENT" -> ConsentExpiry.onEvent(ExpiryEvent.valueOf(expiryEvent));
            default -> ConsentExpiry.none();
        };
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String revocationReason() {
        return revocationReason;
    }
}
