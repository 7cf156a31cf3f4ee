CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE clinician (
    id             UUID PRIMARY KEY,
    subject        TEXT        NOT NULL UNIQUE,
    given_name     TEXT        NOT NULL,
    family_name    TEXT        NOT NULL,
    npi            VARCHAR(10) NOT NULL UNIQUE,
    time_zone      TEXT        NOT NULL,
    caseload_limit INT         NOT NULL CHECK (caseload_limit > 0),
    active         BOOLEAN     NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL
);

CREATE TABLE clinician_licence (
    clinician_id UUID        NOT NULL REFERENCES clinician (id) ON DELETE CASCADE,
    state        VARCHAR(2)  NOT NULL,
    number       TEXT        NOT NULL,
    expires_on   DATE        NOT NULL
);
CREATE INDEX clinician_licence_state ON clinician_licence (state, expires_on);

CREATE TABLE clinician_dea (
    clinician_id UUID        NOT NULL REFERENCES clinician (id) ON DELETE CASCADE,
    state        VARCHAR(2)  NOT NULL,
    number       TEXT        NOT NULL,
    schedule_iii BOOLEAN     NOT NULL,
    expires_on   DATE        NOT NULL
);

-- Weekly recurring availability in the clinician's own time zone (local times), and dated overrides.
CREATE TABLE availability_rule (
    id           UUID PRIMARY KEY,
    clinician_id UUID        NOT NULL REFERENCES clinician (id) ON DELETE CASCADE,
    day_of_week  VARCHAR(9)  NOT NULL,
    starts_at    TIME        NOT NULL,
    ends_at      TIME        NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX availability_rule_clinician ON availability_rule (clinician_id);

CREATE TABLE availability_override (
    id           UUID PRIMARY KEY,
    clinician_id UUID        NOT NULL REFERENCES clinician (id) ON DELETE CASCADE,
    kind         VARCHAR(16) NOT NULL CHECK (kind IN ('TIME_OFF', 'EXTRA_HOURS')),
    starts_at    TIMESTAMP   NOT NULL,
    ends_at      TIMESTAMP   NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX availability_override_clinician ON availability_override (clinician_id, starts_at);

CREATE TABLE visit (
    id                   UUID PRIMARY KEY,
    patient_id           UUID        NOT NULL,
    clinician_id         UUID        NOT NULL REFERENCES clinician (id),
    visit_type           VARCHAR(16) NOT NULL,
    starts_at            TIMESTAMPTZ NOT NULL,
    ends_at              TIMESTAMPTZ NOT NULL,
    blocks_until         TIMESTAMPTZ NOT NULL,
    status               VARCHAR(16) NOT NULL,
    booked_state         VARCHAR(2)  NOT NULL,
    state_at_visit       VARCHAR(2),
    modality             VARCHAR(16),
    in_person_evaluation BOOLEAN,
    induction            BOOLEAN,
    checked_in_at        TIMESTAMPTZ,
    started_at           TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ,
    cancelled_at         TIMESTAMPTZ,
    cancelled_by         VARCHAR(16),
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL,
    CHECK (ends_at > starts_at AND blocks_until >= ends_at)
);
CREATE INDEX visit_patient ON visit (patient_id, starts_at);
CREATE INDEX visit_clinician ON visit (clinician_id, starts_at);

-- Booking is atomic in PostgreSQL itself: one clinician never holds two live visits whose time (plus buffer) overlaps,
-- and one patient never holds two overlapping visits, however many instances of the service are running.
ALTER TABLE visit ADD CONSTRAINT visit_clinician_not_double_booked
    EXCLUDE USING gist (clinician_id WITH =, tstzrange(starts_at, blocks_until) WITH &&)
    WHERE (status IN ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED'));
ALTER TABLE visit ADD CONSTRAINT visit_patient_not_double_booked
    EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status IN ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS'));
