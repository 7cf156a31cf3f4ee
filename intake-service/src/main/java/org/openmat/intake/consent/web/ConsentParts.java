package org.openmat.intake.consent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentPurpose;
import org.openmat.intake.consent.domain.ExpiryEvent;
import org.openmat.intake.consent.domain.NamedRecipient;
import org.openmat.intake.consent.domain.PurposeOfUse;
import org.openmat.intake.consent.domain.RecipientClass;
import org.openmat.intake.consent.domain.RecipientKind;
import org.openmat.intake.consent.domain.Recipients;
import org.openmat.intake.consent.domain.Signature;
import org.openmat.intake.screening.domain.FieldViolation;

/**
 * The elements of a consent on the wire, shared by request and response. Only sizes are checked here: whether an
 * element is missing or inconsistent is the domain's call, so that every problem is reported at once.
 */
final class ConsentParts {

    private ConsentParts() {
    }

    record RecipientsPart(@Size(max = 10) Set<RecipientClass> classes,
                          @Size(max = 20) List<@Valid NamedRecipientPart> named) {

        Recipients toDomain() {
            List<NamedRecipient> recipients = new ArrayList<>();
            if (named != null) {
                named.forEach(part -> recipients.add(part == null ? null : part.toDomain()));
            }
            return new Recipients(classes, recipients);
        }

        static RecipientsPart of(Recipients recipients) {
            return new RecipientsPart(recipients.classes(), recipients.named().stream()
                    .map(r -> new NamedRecipientPart(r.name(), r.kind(), r.partnerId())).toList());
        }
    }

    /** @param partnerId the id of a partner pharmacy (e.g. {@code pharm-a}); only with kind {@code PHARMACY} */
    record NamedRecipientPart(@Size(max = 200) String name, RecipientKind kind, @Size(max = 40) String partnerId) {

        NamedRecipient toDomain() {
            return new NamedRecipient(strip(name), kind, strip(partnerId));
        }
    }

    /** @param otherDescription required with purpose {@code OTHER} */
    record PurposePart(@Size(max = 10) Set<PurposeOfUse> purposes, @Size(max = 500) String otherDescription) {

        ConsentPurpose toDomain() {
            return new ConsentPurpose(purposes, strip(otherDescription));
        }

        static PurposePart of(ConsentPurpose purpose) {
            return new PurposePart(purpose.purposes(), purpose.otherDescription());
        }
    }

    enum ExpiryKind { DATE, EVENT, NONE }

    /**
     * @param date  the last day in force, in the patient's time zone; only with kind {@code DATE}
     * @param event the event that ends the consent; only with kind {@code EVENT}
     */
    record ExpiryPart(ExpiryKind kind, LocalDate date, ExpiryEvent event) {

        /** Null when no kind was chosen, which the domain reports as a missing expiry. */
        ConsentExpiry toDomain() {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case DATE -> ConsentExpiry.onDate(date);
                case EVENT -> ConsentExpiry.onEvent(event);
                case NONE -> ConsentExpiry.none();
            };
        }

        /** A date or event beside another kind would be silently dropped, misleading the patient about the expiry. */
        List<FieldViolation> violations() {
            List<FieldViolation> violations = new ArrayList<>();
            if (date != null && kind != ExpiryKind.DATE) {
                violations.add(new FieldViolation("expiry.date", "is only for expiry kind DATE"));
            }
            if (event != null && kind != ExpiryKind.EVENT) {
                violations.add(new FieldViolation("expiry.event", "is only for expiry kind EVENT"));
            }
            return violations;
        }

        static ExpiryPart of(ConsentExpiry expiry) {
            if (expiry instanceof ConsentExpiry.OnDate onDate) {
                return new ExpiryPart(ExpiryKind.DATE, onDate.lastDay(), null);
            }
            if (expiry instanceof ConsentExpiry.OnEvent onEvent) {
                return new ExpiryPart(ExpiryKind.EVENT, null, onEvent.event());
            }
            return new ExpiryPart(ExpiryKind.NONE, null, null);
        }
    }

    /**
     * @param typedName the signer's full name as typed
     * @param signedAt  when they signed: not in the future, nor longer ago than the configured maximum age
     */
    record SignaturePart(@Size(max = 200) String typedName, Instant signedAt) {

        Signature toDomain() {
            return new Signature(strip(typedName), signedAt);
        }

        static SignaturePart of(Signature signature) {
            return new SignaturePart(signature.typedName(), signature.signedAt());
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
