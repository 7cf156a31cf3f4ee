-- Screening answers exactly as submitted, one row per submission; resubmitting adds a row, the highest number wins.
CREATE TABLE screening_response (
    id                    UUID PRIMARY KEY,
    patient_id            UUID        NOT NULL REFERENCES patient (id),
    submission            INTEGER     NOT NULL,
    questionnaire_id      TEXT        NOT NULL,
    questionnaire_version TEXT        NOT NULL,
    answers               JSONB       NOT NULL,
    submitted_at          TIMESTAMPTZ NOT NULL,
    submitted_by          TEXT        NOT NULL,
    CONSTRAINT screening_response_submission UNIQUE (patient_id, submission)
);

-- Every eligibility decision with its reasons; the patient row holds only the current outcome and flags.
CREATE TABLE eligibility_decision (
    id                    BIGSERIAL PRIMARY KEY,
    patient_id            UUID        NOT NULL REFERENCES patient (id),
    screening_response_id UUID        REFERENCES screening_response (id),
    decided_at            TIMESTAMPTZ NOT NULL,
    decided_by            TEXT        NOT NULL,
    outcome               TEXT        NOT NULL,
    flag_codes            TEXT[]      NOT NULL,
    reason_codes          TEXT[]      NOT NULL
);
CREATE INDEX eligibility_decision_patient ON eligibility_decision (patient_id, id);
CREATE INDEX eligibility_decision_screening ON eligibility_decision (screening_response_id);
