CREATE TABLE patient (
    id             UUID PRIMARY KEY,
    subject        TEXT        NOT NULL UNIQUE,
    given_name     TEXT        NOT NULL,
    family_name    TEXT        NOT NULL,
    date_of_birth  DATE        NOT NULL,
    home_state     VARCHAR(2)  NOT NULL,
    current_state  VARCHAR(2)  NOT NULL,
    time_zone      TEXT        NOT NULL,
    eligibility    TEXT        NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL
);
