package org.openmat.followup.escalation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An alert to the patient's clinician that stays open until someone resolves it with a note, once. */
public final class Escalation {

    /** Who may resolve an escalation: the clinician of the patient's panel, or operations staff. */
    public enum ResolverRole { CLINICIAN, OPS }

    private final UUID id;
    private final UUID patientId;
    private Instant resolvedAt;

    public Escalation(UUID id, UUID patientId, Instant resolvedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.resolvedAt = resolvedAt;
    }

    /** @throws EscalationAlreadyResolvedException when someone resolved it before */
    public void resolve(String note, Instant at) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a resolution needs a note");
        }
        if (resolvedAt != null) {
            throw new EscalationAlreadyResolvedException();
        }
        resolvedAt = at;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }
}
