-- Prescription records are never edited in place: the issue facts are one immutable row, every status change is an
-- appended history row, and the current status is the newest history row. Triggers refuse updates and deletes.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rows of % are append-only', TG_TABLE_NAME;
END
$$;

CREATE TABLE prescription (
    id                             UUID PRIMARY KEY,
    patient_id                     UUID          NOT NULL,
    clinician_id                   UUID          NOT NULL,
    clinician_subject              TEXT          NOT NULL,
    visit_id                       UUID          NOT NULL,
    patient_state                  TEXT          NOT NULL,
    prescriber_npi                 TEXT,
    prescriber_dea                 TEXT,
    product_code                   TEXT          NOT NULL,
    rxnorm_code                    TEXT          NOT NULL,
    phase                          TEXT          NOT NULL,
    dose_per_day_mg                NUMERIC(7, 3) NOT NULL,
    day_one_dose_mg                NUMERIC(7, 3),
    sig                            TEXT          NOT NULL,
    times_per_day                  INTEGER,
    quantity                       INTEGER       NOT NULL,
    days_supply                    INTEGER       NOT NULL,
    refills                        INTEGER       NOT NULL,
    split_group_id                 UUID,
    pharmacy_id                    TEXT,
    pdmp_check_id                  UUID REFERENCES pdmp_check (id),
    telemedicine_without_in_person BOOLEAN       NOT NULL,
    issued_at                      TIMESTAMPTZ   NOT NULL,
    issued_on                      DATE          NOT NULL,
    validity_end                   DATE          NOT NULL
);
CREATE INDEX prescription_patient ON prescription (patient_id, issued_at);
CREATE TRIGGER prescription_append_only BEFORE UPDATE OR DELETE ON prescription
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Warnings the prescriber overrode, with the reason, who and when.
CREATE TABLE prescription_override (
    prescription_id UUID        NOT NULL REFERENCES prescription (id),
    warning_code    TEXT        NOT NULL,
    warning_detail  TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    overridden_by   TEXT        NOT NULL,
    overridden_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (prescription_id, warning_code)
);
CREATE TRIGGER prescription_override_append_only BEFORE UPDATE OR DELETE ON prescription_override
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Every status the prescription has had: ISSUED, then CANCELLED or the pharmacy's fill statuses.
CREATE TABLE prescription_history (
    prescription_id          UUID        NOT NULL REFERENCES prescription (id),
    sequence                 INTEGER     NOT NULL,
    status                   TEXT        NOT NULL,
    changed_at               TIMESTAMPTZ NOT NULL,
    changed_by               TEXT        NOT NULL,
    actor                    TEXT        NOT NULL,
    reason                   TEXT,
    reason_code              TEXT,
    dispensed_at_least_once  BOOLEAN     NOT NULL,
    PRIMARY KEY (prescription_id, sequence)
);
CREATE TRIGGER prescription_history_append_only BEFORE UPDATE OR DELETE ON prescription_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE VIEW prescription_current AS
SELECT DISTINCT ON (prescription_id) prescription_id, status, dispensed_at_least_once, changed_at
FROM prescription_history
ORDER BY prescription_id, sequence DESC;
