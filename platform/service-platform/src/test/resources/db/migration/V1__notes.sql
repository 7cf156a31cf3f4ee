CREATE TABLE note (
    id         UUID PRIMARY KEY,
    patient_id UUID NOT NULL,
    sequence   INT  NOT NULL,
    text       TEXT NOT NULL
);

CREATE TABLE received_note (
    event_id   UUID PRIMARY KEY,
    patient_id UUID NOT NULL,
    sequence   INT  NOT NULL
);
