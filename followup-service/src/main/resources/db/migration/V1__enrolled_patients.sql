-- followup's own copy of what it needs to know about a patient, fed by intake's events.
CREATE TABLE enrolled_patient (
    patient_id     UUID PRIMARY KEY,
    current_state  VARCHAR(2)  NOT NULL,
    time_zone      TEXT        NOT NULL,
    eligibility    TEXT        NOT NULL,
    enrolled_at    TIMESTAMPTZ NOT NULL
);
