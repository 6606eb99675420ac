-- Which topics an article speaks of: it names one of the topic's places (a whole word, any case).
-- The API's coverage counts these articles per period, so that a period with no stance can be told
-- from a period nobody wrote about. The database keeps it as articles are stored, as it keeps the
-- tallies: every writer (the loader's COPY, the API, the Spark job) is covered alike.
--
-- An article is matched against the places the reference data had when it was stored; places added
-- later count for articles stored later.

CREATE TABLE article_topic (
    topic_id   text   NOT NULL,
    article_id bigint NOT NULL,
    CONSTRAINT pk_article_topic PRIMARY KEY (topic_id, article_id),
    CONSTRAINT fk_article_topic_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
);

-- A place's name as a regular expression that matches it as whole words: its metacharacters escaped.
CREATE FUNCTION place_pattern(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $function$
    SELECT '\m' || regexp_replace(name, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g') || '\M'
$function$;

CREATE FUNCTION article_topic_apply() RETURNS trigger
LANGUAGE plpgsql AS $function$
BEGIN
    INSERT INTO article_topic (topic_id, article_id)
    SELECT DISTINCT p.topic_id, n.id
    FROM new_articles n
    JOIN topic_place p ON n.body ~* place_pattern(p.name)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$function$;

CREATE TRIGGER article_topic_after_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_articles
    FOR EACH STATEMENT EXECUTE FUNCTION article_topic_apply();

INSERT INTO article_topic (topic_id, article_id)
SELECT DISTINCT p.topic_id, a.id
FROM article a
JOIN topic_place p ON a.body ~* place_pattern(p.name)
ON CONFLICT DO NOTHING;
