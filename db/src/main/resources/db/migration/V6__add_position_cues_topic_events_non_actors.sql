-- Extractors need more than a position's terms: its reverse, the harms it is feared to bring, its
-- own cue words and, for some, the actor its terms must stand near. Topics gain dated events that
-- articles name ("the Tehran summit"), and some names are known not to be actors.

ALTER TABLE position
    ADD COLUMN anchor_actor_code text,
    ADD CONSTRAINT fk_position_anchor_actor FOREIGN KEY (anchor_actor_code) REFERENCES actor (code);

CREATE TABLE position_cue (
    topic_id    text        NOT NULL,
    position_id text        NOT NULL,
    kind        text        NOT NULL,
    phrase      text        NOT NULL,
    CONSTRAINT pk_position_cue PRIMARY KEY (topic_id, position_id, kind, phrase),
    CONSTRAINT fk_position_cue_position FOREIGN KEY (topic_id, position_id)
        REFERENCES position (topic_id, id) ON DELETE CASCADE,
    CONSTRAINT chk_position_cue_kind CHECK (kind IN ('opposite', 'harm', 'support', 'oppose'))
);

CREATE TABLE topic_event (
    topic_id    text        NOT NULL,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    event_date  date        NOT NULL,
    CONSTRAINT pk_topic_event PRIMARY KEY (topic_id, name),
    CONSTRAINT fk_topic_event_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);

CREATE TABLE topic_event_alias (
    topic_id    text        NOT NULL,
    event_name  text        NOT NULL,
    alias       text        NOT NULL,
    CONSTRAINT pk_topic_event_alias PRIMARY KEY (topic_id, event_name, alias),
    CONSTRAINT fk_topic_event_alias_event FOREIGN KEY (topic_id, event_name)
        REFERENCES topic_event (topic_id, name) ON DELETE CASCADE
);

CREATE TABLE non_actor_name (
    name        text        NOT NULL,
    CONSTRAINT pk_non_actor_name PRIMARY KEY (name)
);
