-- Owned by service-platform, created only in services that enable openmat.patient-replica.enabled:
-- a service's copy of the patient facts intake publishes (location, time zone, pharmacy, eligibility and flags).
CREATE TABLE patient_replica (
    patient_id            UUID PRIMARY KEY,
    subject               TEXT UNIQUE,
    current_state         VARCHAR(2)  NOT NULL,
    time_zone             TEXT        NOT NULL,
    preferred_pharmacy_id TEXT,
    eligibility           TEXT        NOT NULL,
    flag_codes            TEXT        NOT NULL,
    enrolled_at           TIMESTAMPTZ NOT NULL,
    as_of                 TIMESTAMPTZ NOT NULL
);
