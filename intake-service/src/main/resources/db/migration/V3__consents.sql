-- 42 CFR Part 2 consents: every element as signed, with the consent text version shown. Never deleted; a revocation
-- is recorded on the row so that disclosures before it stay traceable to the consent in force at the time.
CREATE TABLE part2_consent (
    id                            UUID PRIMARY KEY,
    patient_id                    UUID        NOT NULL REFERENCES patient (id),
    patient_name                  TEXT        NOT NULL,
    disclosing_program            TEXT        NOT NULL,
    information_categories        TEXT        NOT NULL,
    recipient_classes             TEXT        NOT NULL,
    purposes                      TEXT        NOT NULL,
    purpose_other_description     TEXT,
    revocation_right_acknowledged BOOLEAN     NOT NULL,
    expiry_kind                   TEXT        NOT NULL CHECK (expiry_kind IN ('DATE', 'EVENT', 'NONE')),
    expires_on                    DATE,
    expiry_event                  TEXT,
    expiry_event_occurred_at      TIMESTAMPTZ,
    signature_typed_name          TEXT        NOT NULL,
    signed_at                     TIMESTAMPTZ NOT NULL,
    consent_text_version          TEXT        NOT NULL,
    patient_time_zone             TEXT        NOT NULL,
    recorded_at                   TIMESTAMPTZ NOT NULL,
    revoked_at                    TIMESTAMPTZ,
    revoked_by                    TEXT,
    revocation_reason             TEXT,
    CONSTRAINT part2_consent_expiry_matches_kind CHECK (
        (expiry_kind = 'DATE' AND expires_on IS NOT NULL AND expiry_event IS NULL)
        OR (expiry_kind = 'EVENT' AND expiry_event IS NOT NULL AND expires_on IS NULL)
        OR (expiry_kind = 'NONE' AND expires_on IS NULL AND expiry_event IS NULL)),
    CONSTRAINT part2_consent_revocation_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX part2_consent_patient ON part2_consent (patient_id, signed_at);

-- Recipients named individually on a consent, in the order the patient listed them.
CREATE TABLE part2_consent_named_recipient (
    consent_id UUID    NOT NULL REFERENCES part2_consent (id),
    ordinal    INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    partner_id TEXT,
    PRIMARY KEY (consent_id, ordinal)
);
