-- What prescribing knows from other services' events. Each table is a replica: the newest snapshot wins and an
-- older event arriving late changes nothing (as_of guards), so redelivery and reordering are harmless.

-- scheduling.panels.v1: whose panel each patient is on; clinician_id is null once the patient left every panel.
CREATE TABLE panel_membership (
    patient_id        UUID PRIMARY KEY,
    clinician_id      UUID,
    clinician_subject TEXT,
    as_of             TIMESTAMPTZ NOT NULL
);
CREATE INDEX panel_membership_clinician ON panel_membership (clinician_subject);

-- scheduling.visits.v1 VisitCompleted: the encounters a prescription may belong to.
CREATE TABLE encounter (
    visit_id             UUID PRIMARY KEY,
    patient_id           UUID        NOT NULL,
    clinician_id         UUID        NOT NULL,
    visit_type           TEXT        NOT NULL,
    patient_state        TEXT        NOT NULL,
    modality             TEXT        NOT NULL,
    in_person_evaluation BOOLEAN     NOT NULL,
    induction            BOOLEAN     NOT NULL,
    completed_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX encounter_patient ON encounter (patient_id);

-- scheduling.clinicians.v1 ClinicianProfileChanged: NPI, state licences and DEA registrations.
CREATE TABLE clinician (
    clinician_id UUID PRIMARY KEY,
    subject      TEXT,
    npi          TEXT,
    active       BOOLEAN     NOT NULL,
    as_of        TIMESTAMPTZ NOT NULL
);

CREATE TABLE clinician_licence (
    clinician_id UUID NOT NULL REFERENCES clinician (clinician_id) ON DELETE CASCADE,
    state        TEXT NOT NULL,
    number       TEXT NOT NULL,
    expires_on   DATE
);
CREATE INDEX clinician_licence_clinician ON clinician_licence (clinician_id);

CREATE TABLE clinician_dea_registration (
    clinician_id UUID    NOT NULL REFERENCES clinician (clinician_id) ON DELETE CASCADE,
    state        TEXT    NOT NULL,
    number       TEXT    NOT NULL,
    schedule_iii BOOLEAN NOT NULL,
    expires_on   DATE
);
CREATE INDEX clinician_dea_registration_clinician ON clinician_dea_registration (clinician_id);

-- intake.patients.v1 ConsentGranted / ConsentRevoked: the scope of each Part 2 consent as codes (comma-separated).
-- Revocations live apart so that one arriving before its grant is still honoured.
CREATE TABLE consent (
    consent_id             UUID PRIMARY KEY,
    patient_id             UUID        NOT NULL,
    signed_at              TIMESTAMPTZ NOT NULL,
    recipient_classes      TEXT        NOT NULL,
    named_pharmacy_ids     TEXT        NOT NULL,
    information_categories TEXT        NOT NULL,
    purposes               TEXT        NOT NULL,
    expires_on             DATE,
    expiry_event           TEXT,
    time_zone              TEXT
);
CREATE INDEX consent_patient ON consent (patient_id);

CREATE TABLE consent_revocation (
    consent_id UUID PRIMARY KEY,
    patient_id UUID        NOT NULL,
    revoked_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX consent_revocation_patient ON consent_revocation (patient_id);
