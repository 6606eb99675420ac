-- Deeds count as stances ("Russian jets pounded Idlib" supports the offensive), but only where
-- they hit the topic's places: a topic gains its places, and a position its deed words.

ALTER TABLE position_cue DROP CONSTRAINT chk_position_cue_kind;
ALTER TABLE position_cue ADD CONSTRAINT chk_position_cue_kind
    CHECK (kind IN ('opposite', 'harm', 'deed', 'support', 'oppose'));

CREATE TABLE topic_place (
    topic_id    text        NOT NULL,
    name        text        NOT NULL,
    CONSTRAINT pk_topic_place PRIMARY KEY (topic_id, name),
    CONSTRAINT fk_topic_place_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
);
