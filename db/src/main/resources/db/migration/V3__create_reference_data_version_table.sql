-- Which version of the reference data file the database holds, so that a start with the same
-- file skips the sync, and an operator can tell which vocabulary produced the stances.

CREATE TABLE reference_data_version (
    version      text        NOT NULL,
    content_hash text        NOT NULL,
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_reference_data_version PRIMARY KEY (version, content_hash)
);
