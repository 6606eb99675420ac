-- Topics and the positions on them that actors support or oppose. Terms are the phrases by
-- which articles name a position; extractors read them, so a new topic is new data.

CREATE TABLE topic (
    id          text        NOT NULL,
    title       text        NOT NULL,
    CONSTRAINT pk_topic PRIMARY KEY (id),
    CONSTRAINT chk_topic_id CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$')
);

CREATE TABLE position (
    topic_id    text        NOT NULL,
    id          text        NOT NULL,
    description text        NOT NULL,
    ordinal     integer     NOT NULL,
    CONSTRAINT pk_position PRIMARY KEY (topic_id, id),
    CONSTRAINT fk_position_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT chk_position_id CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$')
);

CREATE TABLE position_term (
    topic_id    text        NOT NULL,
    position_id text        NOT NULL,
    term        text        NOT NULL,
    CONSTRAINT pk_position_term PRIMARY KEY (topic_id, position_id, term),
    CONSTRAINT fk_position_term_position FOREIGN KEY (topic_id, position_id)
        REFERENCES position (topic_id, id) ON DELETE CASCADE
);
