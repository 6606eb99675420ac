-- Trial, not a migration: a copy of `stance` partitioned by topic (hash of topic_id, 8 partitions),
-- in the same database, filled from `stance`. See docs/scaling.md.
--
-- topic_id is NOT NULL and already in the natural key uq_stance, so the keys keep their meaning:
-- the primary key becomes (topic_id, id); uq_stance is unchanged. stance_evidence would need a
-- topic_id column to reference (topic_id, id). A topic's stances stay in one partition, so every
-- timeline, standing, shift and evidence query (all filter on one topic) reads one partition.
DROP TABLE IF EXISTS stance_ptopic;
CREATE TABLE stance_ptopic (
    id                bigint      NOT NULL,
    article_id        bigint      NOT NULL,
    actor_code        text        NOT NULL,
    topic_id          text        NOT NULL,
    position_id       text        NOT NULL,
    polarity          text        NOT NULL,
    stance_date       date,
    date_precision    text        NOT NULL,
    evidence          text        NOT NULL,
    evidence_start    integer     NOT NULL,
    evidence_end      integer     NOT NULL,
    extractor_name    text        NOT NULL,
    extractor_version text        NOT NULL,
    confidence        double precision NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
) PARTITION BY HASH (topic_id);

DO $$
BEGIN
    FOR r IN 0..7 LOOP
        EXECUTE format('CREATE TABLE stance_ptopic_%s PARTITION OF stance_ptopic FOR VALUES WITH (MODULUS 8, REMAINDER %s)', r, r);
    END LOOP;
END $$;

\timing on
INSERT INTO stance_ptopic SELECT * FROM stance;

ALTER TABLE stance_ptopic ADD CONSTRAINT pk_stance_ptopic PRIMARY KEY (topic_id, id);
ALTER TABLE stance_ptopic ADD CONSTRAINT uq_stance_ptopic UNIQUE (article_id, actor_code, topic_id, position_id, polarity);
ALTER TABLE stance_ptopic ADD CONSTRAINT fk_stance_ptopic_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;
ALTER TABLE stance_ptopic ADD CONSTRAINT fk_stance_ptopic_actor FOREIGN KEY (actor_code) REFERENCES actor (code);
ALTER TABLE stance_ptopic ADD CONSTRAINT fk_stance_ptopic_position FOREIGN KEY (topic_id, position_id) REFERENCES position (topic_id, id);
ALTER TABLE stance_ptopic ADD CONSTRAINT chk_stance_ptopic_polarity CHECK (polarity IN ('support', 'oppose'));
ALTER TABLE stance_ptopic ADD CONSTRAINT chk_stance_ptopic_date_precision CHECK (date_precision IN ('day', 'month', 'unknown'));
ALTER TABLE stance_ptopic ADD CONSTRAINT chk_stance_ptopic_date_known CHECK ((stance_date IS NULL) = (date_precision = 'unknown'));
ALTER TABLE stance_ptopic ADD CONSTRAINT chk_stance_ptopic_evidence_span CHECK (evidence_start >= 0 AND evidence_end > evidence_start);
ALTER TABLE stance_ptopic ADD CONSTRAINT chk_stance_ptopic_confidence CHECK (confidence >= 0 AND confidence <= 1);
CREATE INDEX idx_stance_ptopic_timeline ON stance_ptopic (topic_id, actor_code, position_id, stance_date) INCLUDE (polarity, confidence);
-- No index of its own on article_id: the unique key begins with it (V11).
CREATE INDEX idx_stance_ptopic_actor_date ON stance_ptopic (topic_id, actor_code, stance_date DESC NULLS LAST, id DESC);
VACUUM ANALYZE stance_ptopic;
-- The tally trigger of V14, so that bulk-insert.sql measures the same work as on stance. Added after
-- the copy: the rows copied are already in stance_tally.
CREATE TRIGGER stance_ptopic_tally_after_insert AFTER INSERT ON stance_ptopic
    REFERENCING NEW TABLE AS new_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
