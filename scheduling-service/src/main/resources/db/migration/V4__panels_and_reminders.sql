-- Visit reminders: one row per visit occurrence (visit and start time) and lead, planned in the transaction that
-- books or moves the visit. A row is sent once: pollers on every instance claim due rows with FOR UPDATE SKIP LOCKED
-- and set sent_at in the transaction that writes the event to the outbox. No foreign key to visit: the rows are written
-- before JPA flushes the visit in the same transaction.
CREATE TABLE visit_reminder (
    visit_id  UUID        NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    lead      TEXT        NOT NULL,
    due_at    TIMESTAMPTZ NOT NULL,
    sent_at   TIMESTAMPTZ,
    PRIMARY KEY (visit_id, starts_at, lead)
);
CREATE INDEX visit_reminder_pending ON visit_reminder (due_at) WHERE sent_at IS NULL;

-- A patient is on at most one clinician's panel. source_visit_id is the visit that put them there, if any.
CREATE TABLE panel_membership (
    patient_id      UUID PRIMARY KEY,
    clinician_id    UUID        NOT NULL REFERENCES clinician (id),
    assigned_at     TIMESTAMPTZ NOT NULL,
    reason          VARCHAR(32) NOT NULL,
    source_visit_id UUID,
    version         BIGINT      NOT NULL
);
CREATE INDEX panel_membership_clinician ON panel_membership (clinician_id);

-- What other services report about a patient, shown on the clinician's panel; each column pair is fed by one listener
-- and the newest report wins.
CREATE TABLE panel_patient_status (
    patient_id             UUID PRIMARY KEY,
    prescription_status    VARCHAR(64),
    prescription_status_at TIMESTAMPTZ,
    followup_status        VARCHAR(64),
    followup_status_at     TIMESTAMPTZ
);
