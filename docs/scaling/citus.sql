-- A plan, not a migration, and NOT RUN: Citus is not installed on the machine this was written on.
-- It was checked by reading, against the list of queries in docs/scaling.md ("For 10^9 stances and
-- more: Citus"). It assumes the schema of migrations V1..V16, created first on the coordinator, and
-- shows what changes before the tables are distributed.
--
-- Distribution column: topic_id for everything about stances. Every read the API makes of stances
-- and tallies (timeline, shifts, standings, evidence, a topic's stance pages) names one topic, so
-- each is routed to one shard, and a topic's stances, their evidence and their tallies live on the
-- same node. Articles are not about one topic; they are distributed by their own id.

CREATE EXTENSION IF NOT EXISTS citus;

-- ---------------------------------------------------------------------------------------------
-- 1. Reference tables: small, read by every query and written rarely (the reference data sync).
--    Copied to every node, so joins and foreign keys to them work from any shard.
SELECT create_reference_table('actor');
SELECT create_reference_table('actor_alias');
SELECT create_reference_table('actor_role');
SELECT create_reference_table('actor_role_alias');
SELECT create_reference_table('topic');
SELECT create_reference_table('position');
SELECT create_reference_table('position_term');
SELECT create_reference_table('position_cue');
SELECT create_reference_table('topic_event');
SELECT create_reference_table('topic_event_alias');
SELECT create_reference_table('topic_place');
SELECT create_reference_table('non_actor_name');
SELECT create_reference_table('reference_data_version');
-- load_progress (one row per input file) and the data_version sequence stay on the coordinator as
-- ordinary local objects: every writer goes through the coordinator.

-- ---------------------------------------------------------------------------------------------
-- 2. Stances, their evidence and their tallies: distributed by topic_id, colocated.
--
-- Unique keys must hold the distribution column: pk_stance (id) becomes (topic_id, id); uq_stance
-- already holds topic_id; pk_stance_tally already starts with it.
ALTER TABLE stance_evidence DROP CONSTRAINT fk_stance_evidence_stance;
ALTER TABLE stance DROP CONSTRAINT pk_stance;
ALTER TABLE stance ADD CONSTRAINT pk_stance PRIMARY KEY (topic_id, id);
-- A foreign key between distributed tables must be colocated and include the distribution column:
-- evidence carries its stance's topic (written by the writer with the stance; it never changes, as
-- a stance never moves to another topic).
ALTER TABLE stance_evidence ADD COLUMN topic_id text;
UPDATE stance_evidence e SET topic_id = s.topic_id FROM stance s WHERE s.id = e.stance_id;
ALTER TABLE stance_evidence ALTER COLUMN topic_id SET NOT NULL;
ALTER TABLE stance_evidence DROP CONSTRAINT pk_stance_evidence;
ALTER TABLE stance_evidence ADD CONSTRAINT pk_stance_evidence PRIMARY KEY (topic_id, id);
ALTER TABLE stance_evidence DROP CONSTRAINT uq_stance_evidence;
ALTER TABLE stance_evidence ADD CONSTRAINT uq_stance_evidence UNIQUE (topic_id, stance_id, extractor_name, evidence_start);
-- Articles are distributed by their id (below), not by topic: no foreign key from stance to article
-- is possible across colocation groups. The writer inserts an article and its stances in one
-- transaction, and deleting an article deletes its stances explicitly (the ON DELETE CASCADE goes).
ALTER TABLE stance DROP CONSTRAINT fk_stance_article;
-- The tally triggers (V14) read transition tables and take a per-topic advisory lock; triggers on
-- distributed tables need citus.enable_unsafe_triggers and would run on each shard. Instead the
-- writer applies the same sums from the batch it writes (one INSERT ... ON CONFLICT DO UPDATE into
-- stance_tally per topic in the batch, routed to that topic's shard, in the same transaction).
DROP TRIGGER stance_tally_after_insert ON stance;
DROP TRIGGER stance_tally_after_update ON stance;
DROP TRIGGER stance_tally_after_delete ON stance;
DROP TRIGGER stance_tally_after_truncate ON stance;

SELECT create_distributed_table('stance', 'topic_id', shard_count := 64);
SELECT create_distributed_table('stance_evidence', 'topic_id', colocate_with := 'stance');
SELECT create_distributed_table('stance_tally', 'topic_id', colocate_with := 'stance');
ALTER TABLE stance_evidence ADD CONSTRAINT fk_stance_evidence_stance
    FOREIGN KEY (topic_id, stance_id) REFERENCES stance (topic_id, id) ON DELETE CASCADE;
-- Kept as they are (to reference tables): fk_stance_actor, fk_stance_position.
-- The indexes of V5, V8 and V12 all begin with topic_id or are per-shard lookups (idx_stance_article,
-- idx_stance_evidence_stance) and are created on every shard as they are.

-- ---------------------------------------------------------------------------------------------
-- 3. Articles: distributed by id, with extraction_failure colocated.
--
-- Both natural keys of article (source, external_id) and (content_hash) are unique across all
-- articles, which Citus can only enforce when the key holds the distribution column. They move to
-- two key tables, each distributed by its own key, that the writer inserts into first (ON CONFLICT
-- DO NOTHING tells it the article is already stored) before it inserts the article itself.
ALTER TABLE article DROP CONSTRAINT uq_article_source_external_id;
ALTER TABLE article DROP CONSTRAINT uq_article_content_hash;
-- pk_extraction_failure (extractor_name, article_id) already holds the distribution column.
CREATE TABLE article_external_key (
    source      text   NOT NULL,
    external_id text   NOT NULL,
    article_id  bigint NOT NULL,
    CONSTRAINT pk_article_external_key PRIMARY KEY (external_id, source)
);
CREATE TABLE article_content_key (
    content_hash text   NOT NULL,
    article_id   bigint NOT NULL,
    CONSTRAINT pk_article_content_key PRIMARY KEY (content_hash)
);
INSERT INTO article_external_key SELECT source, external_id, id FROM article;
INSERT INTO article_content_key SELECT content_hash, id FROM article;

SELECT create_distributed_table('article', 'id', shard_count := 64);
SELECT create_distributed_table('extraction_failure', 'article_id', colocate_with := 'article');
SELECT create_distributed_table('article_external_key', 'external_id', shard_count := 16);
SELECT create_distributed_table('article_content_key', 'content_hash', shard_count := 16);
-- `extract --failed` reads one extractor's failed articles in id order: now a multi-shard query
-- with ORDER BY article_id, which Citus merges from the shards' sorted results (each shard reads its
-- part in order from pk_extraction_failure).
