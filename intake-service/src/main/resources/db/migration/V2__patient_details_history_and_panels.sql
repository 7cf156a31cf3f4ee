ALTER TABLE patient
    ADD COLUMN preferred_name        TEXT,
    ADD COLUMN sex_at_birth          TEXT,
    ADD COLUMN gender_identity       TEXT,
    ADD COLUMN phone                 TEXT,
    ADD COLUMN email                 TEXT,
    ADD COLUMN address_line1         TEXT,
    ADD COLUMN address_line2         TEXT,
    ADD COLUMN city                  TEXT,
    ADD COLUMN postal_code           TEXT,
    ADD COLUMN preferred_pharmacy_id TEXT,
    ADD COLUMN coverage              TEXT,
    ADD COLUMN payer_name            TEXT,
    ADD COLUMN member_id             TEXT,
    ADD COLUMN flag_codes            TEXT NOT NULL DEFAULT '',
    ADD COLUMN updated_at            TIMESTAMPTZ;

CREATE INDEX patient_eligibility_state_registered ON patient (eligibility, current_state, registered_at);

-- Every change to a patient record, never overwritten: who, when, what changed (field, before, after).
CREATE TABLE patient_change (
    id          BIGSERIAL PRIMARY KEY,
    patient_id  UUID        NOT NULL REFERENCES patient (id),
    changed_at  TIMESTAMPTZ NOT NULL,
    changed_by  TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    changes     JSONB       NOT NULL
);
CREATE INDEX patient_change_patient ON patient_change (patient_id, changed_at);

-- Which clinician's panel each patient is on, fed by scheduling's PanelAssignmentChanged events.
CREATE TABLE panel_membership (
    patient_id        UUID PRIMARY KEY,
    clinician_id      UUID        NOT NULL,
    clinician_subject TEXT        NOT NULL,
    assigned_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX panel_membership_clinician ON panel_membership (clinician_subject);
