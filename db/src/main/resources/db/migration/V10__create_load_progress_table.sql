-- A bulk load commits each batch of an input together with how far into that input it got, so
-- that a load killed at any moment resumes where its last commit ended, loading nothing twice.

CREATE TABLE load_progress (
    input_key    text        NOT NULL,
    records_done bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_load_progress PRIMARY KEY (input_key),
    CONSTRAINT chk_load_progress_records CHECK (records_done >= 0)
);
