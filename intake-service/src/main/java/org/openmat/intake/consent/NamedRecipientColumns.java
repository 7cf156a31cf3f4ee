package org.openmat.intake.consent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openmat.intake.consent.domain.NamedRecipient;
import org.openmat.intake.consent.domain.RecipientKind;

/** One row of a consent's individually named recipients. */
@Embeddable
class NamedRecipientColumns {

    private String name;
    @Enumerated(EnumType.STRING)
    private RecipientKind kind;
    private String partnerId;

    protected NamedRecipientColumns() {
    }

    NamedRecipientColumns(NamedRecipient recipient) {
        this.name = recipient.name();
        this.kind = recipient.kind();
        this.partnerId = recipient.partnerId();
    }

    NamedRecipient toDomain() {
        return new NamedRecipient(name, kind, partnerId);
    }
}
