-- One urgent visit offer per followup escalation (EscalationRaised, made idempotent by the unique escalation_id).
-- The slot is proposed, not held: accepting books it through normal booking, where the visit table's exclusion
-- constraints decide races, and a slot taken meanwhile is proposed afresh. Without a slot the offer is NO_SLOT and
-- the care team calls. EXPIRED is not stored: an offer not accepted by expires_at has expired.
CREATE TABLE urgent_visit_offer (
    id                     UUID PRIMARY KEY,
    escalation_id          UUID        NOT NULL UNIQUE,
    patient_id             UUID        NOT NULL,
    alerted_clinician_id   UUID,
    status                 VARCHAR(16) NOT NULL CHECK (status IN ('OPEN', 'NO_SLOT', 'ACCEPTED')),
    choice                 VARCHAR(32) CHECK (choice IN ('OWN_CLINICIAN', 'COVERING_CLINICIAN')),
    clinician_id           UUID REFERENCES clinician (id),
    starts_at              TIMESTAMPTZ,
    ends_at                TIMESTAMPTZ,
    patient_state          VARCHAR(2),
    no_slot_reason         VARCHAR(32) CHECK (no_slot_reason IN ('NO_SLOT_IN_WINDOW', 'PATIENT_CANNOT_BOOK')),
    raised_at              TIMESTAMPTZ NOT NULL,
    offered_at             TIMESTAMPTZ NOT NULL,
    proposed_at            TIMESTAMPTZ NOT NULL,
    expires_at             TIMESTAMPTZ NOT NULL,
    visit_id               UUID REFERENCES visit (id),
    accepted_at            TIMESTAMPTZ,
    escalation_resolved_at TIMESTAMPTZ,
    version                BIGINT      NOT NULL,
    CHECK ((status = 'NO_SLOT') = (clinician_id IS NULL)),
    CHECK ((status = 'NO_SLOT') = (no_slot_reason IS NOT NULL)),
    CHECK ((clinician_id IS NULL) = (starts_at IS NULL) AND (starts_at IS NULL) = (ends_at IS NULL)
           AND (clinician_id IS NULL) = (choice IS NULL)),
    CHECK ((status = 'ACCEPTED') = (visit_id IS NOT NULL AND accepted_at IS NOT NULL)),
    CHECK (ends_at > starts_at AND expires_at > offered_at)
);
CREATE INDEX urgent_visit_offer_patient ON urgent_visit_offer (patient_id, offered_at);
CREATE INDEX urgent_visit_offer_clinician ON urgent_visit_offer (clinician_id);
