-- Timelines are sums of dated stances per (actor, position, period). Summing them per request costs
-- one row read per stance: 20,000 for one actor's five years on a busy topic, tens of milliseconds
-- before anything is sent. stance_tally keeps those sums per ISO week and per month, so a request by
-- week or month reads one row per period it answers with. Days are not kept: most days hold one or
-- two stances of an actor on a position, so a daily tally would be nearly one row per stance, read no
-- faster than the stance index, and keeping it slowed a bulk load by 12% (793 against 897 articles/s).
--
-- The database keeps the tallies itself, in the transaction that changes the stances, with statement
-- triggers over the changed rows: every writer (COPY of a bulk load, re-extraction's upserts, the
-- cascade of an article deletion, a hand-written DELETE) keeps them right, and no reader can see
-- stances and tallies that disagree.

CREATE TABLE stance_tally (
    topic_id       text    NOT NULL,
    granularity    text    NOT NULL,
    actor_code     text    NOT NULL,
    position_id    text    NOT NULL,
    period         date    NOT NULL,  -- the period's first day
    support        integer NOT NULL,
    oppose         integer NOT NULL,
    -- Sums of confidence in millionths. Integers, not floats: subtracting exactly what was added
    -- brings a sum back to zero, so a tally changed a million times still equals one summed afresh;
    -- and integers are cheaper to read than numeric.
    support_weight bigint  NOT NULL,
    oppose_weight  bigint  NOT NULL,
    CONSTRAINT pk_stance_tally PRIMARY KEY (topic_id, granularity, actor_code, position_id, period),
    -- No CHECK (support >= 0): INSERT ... ON CONFLICT checks the row it proposes, which for removed
    -- stances is a negative change, before it finds the row to add it to.
    CONSTRAINT chk_stance_tally_granularity CHECK (granularity IN ('week', 'month'))
);

-- A bulk load updates the same week and month rows batch after batch. No index holds the counts, and
-- pages keep room, so those updates are HOT: a new row version on the same page, no index entry. (An
-- index carrying the counts, for index-only reads, made every update an index insert too: the write
-- path alone ran at 967 articles/s against 1,010.) The dead versions go quickly: vacuum this small,
-- busy table often.
ALTER TABLE stance_tally SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
                              autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);

-- Applies the stances a statement changed: added rows count +1, removed rows -1, an update both.
-- A transaction that changes a topic's stances first takes that topic's tally lock (an advisory lock
-- held until it ends). Without it, two writers whose statements touch the same week or month rows
-- in different orders deadlock. Writers of one topic queue; readers never wait.
CREATE FUNCTION stance_tally_apply() RETURNS trigger
LANGUAGE plpgsql AS $function$
DECLARE
    changed text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT topic_id, actor_code, position_id, stance_date, polarity, confidence, 1 AS sign FROM new_stances'
        WHEN 'DELETE' THEN 'SELECT topic_id, actor_code, position_id, stance_date, polarity, confidence, -1 AS sign FROM old_stances'
        ELSE 'SELECT topic_id, actor_code, position_id, stance_date, polarity, confidence, -1 AS sign FROM old_stances
              UNION ALL
              SELECT topic_id, actor_code, position_id, stance_date, polarity, confidence, 1 AS sign FROM new_stances'
    END;
BEGIN
    EXECUTE format($lock$
        SELECT count(pg_advisory_xact_lock(29281, hashtext(topic_id)))
        FROM (SELECT DISTINCT topic_id FROM (%s) c ORDER BY topic_id) topics
        $lock$, changed);
    EXECUTE format($merge$
        INSERT INTO stance_tally AS t (topic_id, granularity, actor_code, position_id, period,
                                       support, oppose, support_weight, oppose_weight)
        SELECT topic_id, granularity, actor_code, position_id, period,
               coalesce(sum(sign) FILTER (WHERE polarity = 'support'), 0),
               coalesce(sum(sign) FILTER (WHERE polarity = 'oppose'), 0),
               coalesce(sum(sign * round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'support'), 0),
               coalesce(sum(sign * round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'oppose'), 0)
        FROM (SELECT c.topic_id, g.granularity, c.actor_code, c.position_id, c.polarity, c.confidence, c.sign,
                     date_trunc(g.granularity, c.stance_date::timestamp)::date AS period
              FROM (%s) c CROSS JOIN (VALUES ('week'), ('month')) g (granularity)
              WHERE c.stance_date IS NOT NULL) changes
        GROUP BY topic_id, granularity, actor_code, position_id, period
        -- An update that changes nothing the tallies count (an evidence text, say) changes no row.
        HAVING coalesce(sum(sign) FILTER (WHERE polarity = 'support'), 0) <> 0
            OR coalesce(sum(sign) FILTER (WHERE polarity = 'oppose'), 0) <> 0
            OR coalesce(sum(sign * round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'support'), 0) <> 0
            OR coalesce(sum(sign * round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'oppose'), 0) <> 0
        ORDER BY topic_id, granularity, actor_code, position_id, period
        ON CONFLICT ON CONSTRAINT pk_stance_tally DO UPDATE
        SET support = t.support + excluded.support,
            oppose = t.oppose + excluded.oppose,
            support_weight = t.support_weight + excluded.support_weight,
            oppose_weight = t.oppose_weight + excluded.oppose_weight
        $merge$, changed);
    -- Rows whose stances are all gone go, found by the keys this statement changed.
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format($delete$
            DELETE FROM stance_tally t
            WHERE t.support = 0 AND t.oppose = 0
              AND (t.topic_id, t.granularity, t.actor_code, t.position_id, t.period) IN (
                  SELECT c.topic_id, g.granularity, c.actor_code, c.position_id,
                         date_trunc(g.granularity, c.stance_date::timestamp)::date
                  FROM (%s) c CROSS JOIN (VALUES ('week'), ('month')) g (granularity)
                  WHERE c.stance_date IS NOT NULL)
            $delete$, changed);
    END IF;
    RETURN NULL;
END
$function$;

CREATE FUNCTION stance_tally_clear() RETURNS trigger
LANGUAGE plpgsql AS $function$
BEGIN
    TRUNCATE stance_tally;
    RETURN NULL;
END
$function$;

-- A trigger with transition tables takes one event, hence one trigger per event.
CREATE TRIGGER stance_tally_after_insert AFTER INSERT ON stance
    REFERENCING NEW TABLE AS new_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
CREATE TRIGGER stance_tally_after_update AFTER UPDATE ON stance
    REFERENCING OLD TABLE AS old_stances NEW TABLE AS new_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
CREATE TRIGGER stance_tally_after_delete AFTER DELETE ON stance
    REFERENCING OLD TABLE AS old_stances
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_apply();
CREATE TRIGGER stance_tally_after_truncate AFTER TRUNCATE ON stance
    FOR EACH STATEMENT EXECUTE FUNCTION stance_tally_clear();

-- The stances stored so far.
INSERT INTO stance_tally (topic_id, granularity, actor_code, position_id, period, support, oppose, support_weight, oppose_weight)
SELECT s.topic_id, g.granularity, s.actor_code, s.position_id,
       date_trunc(g.granularity, s.stance_date::timestamp)::date,
       count(*) FILTER (WHERE s.polarity = 'support'),
       count(*) FILTER (WHERE s.polarity = 'oppose'),
       coalesce(sum(round(s.confidence * 1000000)::bigint) FILTER (WHERE s.polarity = 'support'), 0),
       coalesce(sum(round(s.confidence * 1000000)::bigint) FILTER (WHERE s.polarity = 'oppose'), 0)
FROM stance s CROSS JOIN (VALUES ('week'), ('month')) g (granularity)
WHERE s.stance_date IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
