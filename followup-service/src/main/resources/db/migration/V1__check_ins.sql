-- One seven-day withdrawal check-in per induction prescription, whatever happens to event delivery.
CREATE TABLE check_in (
    id                 UUID PRIMARY KEY,
    patient_id         UUID        NOT NULL,
    prescription_id    UUID        NOT NULL UNIQUE,
    clinician_id       UUID        NOT NULL,
    visit_id           UUID,
    induced_at         TIMESTAMPTZ NOT NULL,
    time_zone          TEXT        NOT NULL,
    time_zone_source   TEXT        NOT NULL CHECK (time_zone_source IN ('PATIENT', 'FALLBACK')),
    -- The window policy the check-in was planned with, so a changed setting never moves existing check-ins.
    due_day            INTEGER     NOT NULL,
    opens_on_day       INTEGER     NOT NULL,
    closes_after_day   INTEGER     NOT NULL,
    reminder_time      TIME        NOT NULL,
    -- Derived from the above in the patient's zone (Java computes them), kept for queries and worklists.
    induction_date     DATE        NOT NULL,
    due_date           DATE        NOT NULL,
    window_opens_at    TIMESTAMPTZ NOT NULL,
    window_closes_at   TIMESTAMPTZ NOT NULL,
    first_week_ends_at TIMESTAMPTZ NOT NULL,
    -- Where the patient was at the induction visit (from scheduling), else where intake last placed them.
    patient_state      TEXT,
    state_source       TEXT        CHECK (state_source IN ('INDUCTION_VISIT', 'PATIENT_RECORD')),
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'OVERDUE', 'CANCELLED')),
    status_changed_at  TIMESTAMPTZ NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX check_in_patient ON check_in (patient_id);
CREATE INDEX check_in_induction_date ON check_in (induction_date);
CREATE INDEX check_in_visit ON check_in (visit_id);
CREATE INDEX check_in_pending_close ON check_in (window_closes_at) WHERE status = 'PENDING';

-- The answer and the outcome judged from it, with the rule (id and version) it was judged by.
CREATE TABLE check_in_outcome (
    check_in_id         UUID PRIMARY KEY REFERENCES check_in (id),
    answered_at         TIMESTAMPTZ NOT NULL,
    ratings             JSONB       NOT NULL,
    sows_total          INTEGER     NOT NULL CHECK (sows_total BETWEEN 0 AND 64),
    withdrawal_subtotal INTEGER     NOT NULL CHECK (withdrawal_subtotal BETWEEN 0 AND 60),
    craving             INTEGER     NOT NULL CHECK (craving BETWEEN 0 AND 4),
    band                TEXT        NOT NULL,
    rule_id             TEXT        NOT NULL,
    no_withdrawal       BOOLEAN     NOT NULL,
    help_requested      BOOLEAN     NOT NULL,
    -- The patient's own words: shown to their clinician only, never put in events or logs.
    patient_note        TEXT,
    CHECK (sows_total = withdrawal_subtotal + craving)
);

CREATE TABLE check_in_reminder (
    check_in_id UUID        NOT NULL REFERENCES check_in (id),
    kind        TEXT        NOT NULL,
    send_at     TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ,
    PRIMARY KEY (check_in_id, kind)
);
CREATE INDEX check_in_reminder_due ON check_in_reminder (send_at) WHERE sent_at IS NULL;

-- A cancellation that arrived before its prescription (a replay from the dead-letter topic, say).
CREATE TABLE prescription_cancellation (
    prescription_id UUID PRIMARY KEY,
    cancelled_at    TIMESTAMPTZ NOT NULL
);

-- Where the patient was at each completed visit, from scheduling's VisitCompleted.
CREATE TABLE visit_location (
    visit_id      UUID PRIMARY KEY,
    patient_id    UUID        NOT NULL,
    patient_state TEXT        NOT NULL,
    completed_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE escalation (
    id               UUID PRIMARY KEY,
    check_in_id      UUID        NOT NULL UNIQUE REFERENCES check_in (id),
    patient_id       UUID        NOT NULL,
    clinician_id     UUID        NOT NULL,
    reason_codes     TEXT        NOT NULL,
    band             TEXT        NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL,
    resolved_at      TIMESTAMPTZ,
    resolved_by      TEXT,
    resolved_by_role TEXT,
    resolution_note  TEXT,
    CHECK ((resolved_at IS NULL) = (resolution_note IS NULL))
);
CREATE INDEX escalation_patient ON escalation (patient_id);
CREATE INDEX escalation_open ON escalation (raised_at) WHERE resolved_at IS NULL;

-- Which clinician's panel each patient is on, fed by scheduling's PanelAssignmentChanged.
CREATE TABLE panel_membership (
    patient_id        UUID PRIMARY KEY,
    clinician_id      UUID        NOT NULL,
    clinician_subject TEXT        NOT NULL,
    assigned_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX panel_membership_clinician ON panel_membership (clinician_subject);

-- The latest fill status each pharmacy reported per prescription.
CREATE TABLE prescription_fill (
    prescription_id UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    clinician_id    UUID,
    pharmacy_id     TEXT,
    fill_status     TEXT        NOT NULL,
    reason_code     TEXT,
    reported_at     TIMESTAMPTZ NOT NULL
);
