-- Baseline for the partitioning trial, not a migration: an unpartitioned copy of `stance`, built the
-- same way as the partitioned copies (rows first, then keys and indexes), so that all three compare
-- tables whose indexes were built at once rather than grown row by row. See docs/scaling.md.
DROP TABLE IF EXISTS stance_plain;
CREATE TABLE stance_plain (
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
);

\timing on
INSERT INTO stance_plain SELECT * FROM stance;

ALTER TABLE stance_plain ADD CONSTRAINT pk_stance_plain PRIMARY KEY (id);
ALTER TABLE stance_plain ADD CONSTRAINT uq_stance_plain UNIQUE (article_id, actor_code, topic_id, position_id, polarity);
ALTER TABLE stance_plain ADD CONSTRAINT fk_stance_plain_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;
ALTER TABLE stance_plain ADD CONSTRAINT fk_stance_plain_actor FOREIGN KEY (actor_code) REFERENCES actor (code);
ALTER TABLE stance_plain ADD CONSTRAINT fk_stance_plain_position FOREIGN KEY (topic_id, position_id) REFERENCES position (topic_id, id);
ALTER TABLE stance_plain ADD CONSTRAINT chk_stance_plain_polarity CHECK (polarity IN ('support', 'oppose'));
ALTER TABLE stance_plain ADD CONSTRAINT chk_stance_plain_date_precision CHECK (date_precision IN ('day', 'month', 'unknown'));
ALTER TABLE stance_plain ADD CONSTRAINT chk_stance_plain_date_known CHECK ((stance_date IS NULL) = (date_precision = 'unknown'));
ALTER TABLE stance_plain ADD CONSTRAINT chk_stance_plain_evidence_span CHECK (evidence_start >= 0 AND evidence_end > evidence_start);
ALTER TABLE stance_plain ADD CONSTRAINT chk_stance_plain_confidence CHECK (confidence >= 0 AND confidence <= 1);
CREATE INDEX idx_stance_plain_timeline ON stance_plain (topic_id, actor_code, position_id, stance_date) INCLUDE (polarity, confidence);
-- No index of its own on article_id: the unique key begins with it (V11).
CREATE INDEX idx_stance_plain_actor_date ON stance_plain (topic_id, actor_code, stance_date DESC NULLS LAST, id DESC);
VACUUM ANALYZE stance_plain;
-- The tally trigger of V14, so that bulk-insert.sql measures the same work as on stance. Added after
-- the copy: the rows copied are already in stance_tally.
CREATE TRIGGER stance_plain_tally_after_insert AFTER INSERT ON stance_plain
    REFERENCING NEW TABLE AS new_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
