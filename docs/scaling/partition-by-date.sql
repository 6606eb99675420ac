-- Trial, not a migration: a copy of `stance` partitioned by the stance's date, one partition a year,
-- in the same database, filled from `stance`. Run with psql on a copy of a large database (the bench
-- database of stance-api/bench/api-bench.sh, KEEP_HOME=1); see docs/scaling.md.
--
-- What the partition key forces on the schema:
-- * Every unique key must hold the partition key. stance_date is nullable (undated stances), so it
--   cannot be in a primary key: the id becomes UNIQUE NULLS NOT DISTINCT (id, stance_date), and the
--   natural key uq_stance gains stance_date, which changes its meaning (the same article, actor,
--   position and polarity on two dates would be two stances, and re-extraction's
--   ON CONFLICT ON CONSTRAINT uq_stance would insert rather than update when a date changes).
-- * stance_evidence's foreign key would have to name (stance_id, stance_date): evidence would carry
--   its stance's date (not the finding's own), and an update of a stance's date would move the row
--   to another partition and have to update its evidence too. Left out of the trial.
DROP TABLE IF EXISTS stance_pdate;
CREATE TABLE stance_pdate (
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
) PARTITION BY RANGE (stance_date);

DO $$
BEGIN
    FOR y IN 2015..2019 LOOP
        EXECUTE format('CREATE TABLE stance_pdate_%s PARTITION OF stance_pdate FOR VALUES FROM (%L) TO (%L)',
                       y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    END LOOP;
END $$;
-- Undated stances and any other year. (A real scheme would have a partition per year from the first
-- article on, made ahead of time; the default partition must then stay small, as adding a partition
-- scans it.)
CREATE TABLE stance_pdate_other PARTITION OF stance_pdate DEFAULT;

\timing on
INSERT INTO stance_pdate SELECT * FROM stance;

-- Constraints and indexes as on stance (V5, V8, V11, V12), each created on every partition.
ALTER TABLE stance_pdate ADD CONSTRAINT uq_stance_pdate_id UNIQUE NULLS NOT DISTINCT (id, stance_date);
ALTER TABLE stance_pdate ADD CONSTRAINT uq_stance_pdate
    UNIQUE NULLS NOT DISTINCT (article_id, actor_code, topic_id, position_id, polarity, stance_date);
ALTER TABLE stance_pdate ADD CONSTRAINT fk_stance_pdate_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE;
ALTER TABLE stance_pdate ADD CONSTRAINT fk_stance_pdate_actor FOREIGN KEY (actor_code) REFERENCES actor (code);
ALTER TABLE stance_pdate ADD CONSTRAINT fk_stance_pdate_position FOREIGN KEY (topic_id, position_id) REFERENCES position (topic_id, id);
ALTER TABLE stance_pdate ADD CONSTRAINT chk_stance_pdate_polarity CHECK (polarity IN ('support', 'oppose'));
ALTER TABLE stance_pdate ADD CONSTRAINT chk_stance_pdate_date_precision CHECK (date_precision IN ('day', 'month', 'unknown'));
ALTER TABLE stance_pdate ADD CONSTRAINT chk_stance_pdate_date_known CHECK ((stance_date IS NULL) = (date_precision = 'unknown'));
ALTER TABLE stance_pdate ADD CONSTRAINT chk_stance_pdate_evidence_span CHECK (evidence_start >= 0 AND evidence_end > evidence_start);
ALTER TABLE stance_pdate ADD CONSTRAINT chk_stance_pdate_confidence CHECK (confidence >= 0 AND confidence <= 1);
CREATE INDEX idx_stance_pdate_timeline ON stance_pdate (topic_id, actor_code, position_id, stance_date) INCLUDE (polarity, confidence);
-- No index of its own on article_id: the unique key begins with it (V11).
CREATE INDEX idx_stance_pdate_actor_date ON stance_pdate (topic_id, actor_code, stance_date DESC NULLS LAST, id DESC);
VACUUM ANALYZE stance_pdate;
-- The tally trigger of V14, so that bulk-insert.sql measures the same work as on stance. Added after
-- the copy: the rows copied are already in stance_tally.
CREATE TRIGGER stance_pdate_tally_after_insert AFTER INSERT ON stance_pdate
    REFERENCING NEW TABLE AS new_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
