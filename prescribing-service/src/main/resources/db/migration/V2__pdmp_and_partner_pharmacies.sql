-- PDMP checks a clinician recorded before prescribing: a review of the state's PDMP, or the failed attempts to reach it.
CREATE TABLE pdmp_check (
    id              UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    clinician_id    UUID        NOT NULL,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('REVIEW', 'UNAVAILABLE')),
    state           TEXT        NOT NULL,
    reviewed_at     TIMESTAMPTZ,
    lookback_months INTEGER,
    result          TEXT,
    CHECK ((kind = 'REVIEW') = (reviewed_at IS NOT NULL AND lookback_months IS NOT NULL AND result IS NOT NULL))
);
CREATE INDEX pdmp_check_patient ON pdmp_check (patient_id, recorded_at);

CREATE TABLE pdmp_attempt (
    check_id     UUID        NOT NULL REFERENCES pdmp_check (id),
    attempt_no   INTEGER     NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    failure      TEXT        NOT NULL,
    PRIMARY KEY (check_id, attempt_no)
);

-- The partner pharmacies prescriptions may be routed to, managed by admins.
CREATE TABLE partner_pharmacy (
    id          TEXT PRIMARY KEY,
    name        TEXT        NOT NULL,
    ncpdp_id    TEXT        NOT NULL,
    npi         TEXT        NOT NULL,
    states      TEXT        NOT NULL,
    kafka_topic BOOLEAN     NOT NULL,
    webhook_url TEXT,
    active      BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Standard Webhooks signing secrets; several overlap while one is rotated.
CREATE TABLE partner_webhook_secret (
    id           UUID PRIMARY KEY,
    partner_id   TEXT        NOT NULL REFERENCES partner_pharmacy (id),
    secret       TEXT        NOT NULL,
    active_from  TIMESTAMPTZ NOT NULL,
    active_until TIMESTAMPTZ
);
CREATE INDEX partner_webhook_secret_partner ON partner_webhook_secret (partner_id);
