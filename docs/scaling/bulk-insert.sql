-- Bulk-insert cost of one table of stances (psql, -v tbl=stance|stance_pdate|stance_ptopic): 20,000
-- new articles dated in 2019, then 100,000 stances for them (5 each, as the bench fill makes them)
-- in one INSERT, through the table's indexes, foreign keys and, when attached, the tally trigger.
-- Everything is rolled back. See docs/scaling.md.
BEGIN;
INSERT INTO article (source, external_id, url, title, published, body, content_hash)
SELECT 'bench-insert', 'bi-' || g, 'https://bench.example/bi/' || g, 'Insert test ' || g,
       DATE '2019-01-01' + (g % 365), 'Insert test article ' || g || '.', md5('bi-' || g) || md5('bi-' || g || 'b')
FROM generate_series(1, 20000) g;
\timing on
INSERT INTO :tbl (id, article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                  evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
OVERRIDING SYSTEM VALUE
SELECT nextval(pg_get_serial_sequence('stance', 'id')), a.id, b.codes[1 + ((a.id * 7 + k * 11) % 50)], 'bench',
       'pos-' || lpad((1 + (a.id + k * 3) % 20)::text, 2, '0'),
       CASE WHEN (a.id + k) % 2 = 0 THEN 'support' ELSE 'oppose' END, a.published, 'day',
       'Insert evidence ' || k, k * 100, k * 100 + 60, 'bench', '1', 0.75
FROM article a CROSS JOIN generate_series(0, 4) k
CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM actor WHERE name LIKE 'Bench state %') b
WHERE a.source = 'bench-insert';
\timing off
ROLLBACK;
