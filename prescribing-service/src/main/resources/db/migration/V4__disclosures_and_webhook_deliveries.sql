-- Every disclosure made to a partner pharmacy: what went (the exact payload), to whom, when, on which Part 2 consent,
-- with the redisclosure notice it carried. Append-only.
CREATE TABLE disclosure (
    id                  UUID PRIMARY KEY,
    prescription_id     UUID        NOT NULL REFERENCES prescription (id),
    patient_id          UUID        NOT NULL,
    pharmacy_id         TEXT        NOT NULL,
    consent_id          UUID        NOT NULL,
    kind                TEXT        NOT NULL,
    channel             TEXT        NOT NULL,
    redisclosure_notice TEXT        NOT NULL,
    payload             TEXT        NOT NULL,
    disclosed_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX disclosure_prescription ON disclosure (prescription_id);
CREATE INDEX disclosure_pharmacy ON disclosure (pharmacy_id, prescription_id);
CREATE TRIGGER disclosure_append_only BEFORE UPDATE OR DELETE ON disclosure
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Disclosures that were not made, and why, so the clinician and patient can be told.
CREATE TABLE withheld_disclosure (
    id              UUID PRIMARY KEY,
    prescription_id UUID        NOT NULL REFERENCES prescription (id),
    pharmacy_id     TEXT,
    kind            TEXT        NOT NULL,
    channel         TEXT,
    reason_code     TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX withheld_disclosure_prescription ON withheld_disclosure (prescription_id);
CREATE TRIGGER withheld_disclosure_append_only BEFORE UPDATE OR DELETE ON withheld_disclosure
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Webhook deliveries waiting, delivered or given up; instances claim due rows with FOR UPDATE SKIP LOCKED and push
-- next_attempt_at ahead as a lease while they call the receiver. seq orders a prescription's deliveries to a partner.
CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    seq             BIGSERIAL   NOT NULL UNIQUE,
    prescription_id UUID        NOT NULL REFERENCES prescription (id),
    patient_id      UUID        NOT NULL,
    clinician_id    UUID        NOT NULL,
    partner_id      TEXT        NOT NULL,
    consent_id      UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD_LETTERED', 'WITHHELD')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    outcome_code    TEXT
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_prescription ON webhook_delivery (prescription_id, partner_id, seq);

-- Each attempt: when, where to, and how it ended (never the response body).
CREATE TABLE webhook_attempt (
    delivery_id  UUID        NOT NULL REFERENCES webhook_delivery (id),
    attempt_no   INTEGER     NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    target_url   TEXT,
    outcome      TEXT        NOT NULL,
    http_status  INTEGER,
    duration_ms  BIGINT      NOT NULL,
    PRIMARY KEY (delivery_id, attempt_no)
);
CREATE TRIGGER webhook_attempt_append_only BEFORE UPDATE OR DELETE ON webhook_attempt
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
