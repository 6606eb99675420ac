#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of the API's stance queries on stance tables (stance, and copies of it,
partitioned or not). Every query runs RUNS times on each table in turn, so that a change in the
machine's load hits all tables alike; prints the median execution and planning times as a markdown
table, and keeps the last plan of each query on each table in OUTDIR.
Usage: measure.py PORT ACTOR POSITION ARTICLE_ID OUTDIR RUNS TABLE... See docs/scaling.md.
The SQL is the API's (TimelineService, StanceViewReader, StandingService, EvidenceReader) with
literals in place of the bound values."""
import os, re, statistics, subprocess, sys

port, actor, pos, article, outdir = sys.argv[1:6]
runs = int(sys.argv[6])
tables = sys.argv[7:]
os.makedirs(outdir, exist_ok=True)

SUMS = """count(*) FILTER (WHERE polarity = 'support') AS support,
 count(*) FILTER (WHERE polarity = 'oppose') AS oppose,
 coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'support'), 0)::bigint AS support_weight,
 coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'oppose'), 0)::bigint AS oppose_weight"""
COLS = """s.id, s.actor_code, s.position_id, s.polarity, s.evidence, s.evidence_start, s.evidence_end, s.stance_date::text,
 s.confidence, s.extractor_name, a.id, a.external_id, a.title, a.source, a.url, a.published::text, s.topic_id, s.date_precision"""
OUTER = ("SELECT actor_code, position_id, period::text AS first_day, support, oppose, support_weight, oppose_weight"
         " FROM ({}) periods ORDER BY periods.actor_code, periods.position_id, periods.period")


def queries(tbl):
    def days(where):
        return (f"SELECT actor_code, position_id, stance_date AS period, {SUMS} FROM {tbl} s WHERE s.topic_id = 'bench'"
                f" {where} AND s.stance_date IS NOT NULL GROUP BY actor_code, position_id, stance_date")

    def cut_week(first, last):
        return (f"SELECT actor_code, position_id, date_trunc('week', stance_date::timestamp)::date AS period, {SUMS}"
                f" FROM {tbl} s WHERE s.topic_id = 'bench' AND s.actor_code = '{actor}' AND s.stance_date IS NOT NULL"
                f" AND s.stance_date >= '{first}' AND s.stance_date <= '{last}' GROUP BY 1, 2, 3")

    page = (f"SELECT {COLS} FROM {tbl} s JOIN article a ON a.id = s.article_id WHERE {{}}"
            " ORDER BY s.stance_date DESC NULLS LAST, s.id DESC LIMIT 50 OFFSET {}")
    q = {}
    q["timeline actor + position, day"] = OUTER.format(days(f"AND s.actor_code = '{actor}' AND s.position_id = '{pos}'"))
    q["timeline actor, day (as shifts read it)"] = OUTER.format(days(f"AND s.actor_code = '{actor}'"))
    q["timeline actor + position, day, March 2019"] = OUTER.format(days(
        f"AND s.actor_code = '{actor}' AND s.position_id = '{pos}'"
        " AND s.stance_date >= '2019-03-01' AND s.stance_date <= '2019-03-31'"))
    q["timeline actor, week, 2019-03-06..2019-05-15 (tallies + cut days)"] = OUTER.format(
        "SELECT actor_code, position_id, period, support, oppose, support_weight, oppose_weight FROM stance_tally t"
        f" WHERE t.topic_id = 'bench' AND t.granularity = 'week' AND t.actor_code = '{actor}'"
        " AND t.period >= '2019-03-11' AND t.period <= '2019-05-12'"
        f" UNION ALL {cut_week('2019-03-06', '2019-03-10')} UNION ALL {cut_week('2019-05-13', '2019-05-15')}")
    q["stances page: count"] = f"SELECT count(*) FROM {tbl} s WHERE s.topic_id = 'bench' AND s.actor_code = '{actor}'"
    q["stances page: rows, page 1"] = page.format(f"s.topic_id = 'bench' AND s.actor_code = '{actor}'", 0)
    q["stances page: rows, page 100"] = page.format(f"s.topic_id = 'bench' AND s.actor_code = '{actor}'", 4950)
    q["stances of one article (GET /api/articles/{id})"] = page.format(f"s.article_id = {article}", 0)
    q["standings of one actor on 2019-06-30"] = f"""SELECT series.actor_code, series.position_id, latest.day, day.support, day.oppose, day.support_weight, day.oppose_weight
 FROM (SELECT DISTINCT t.actor_code, t.position_id FROM stance_tally t WHERE t.topic_id = 'bench' AND t.granularity = 'month'
       AND t.actor_code = '{actor}' AND t.period <= '2019-06-30') series
 CROSS JOIN LATERAL (SELECT max(s.stance_date) AS day FROM {tbl} s WHERE s.topic_id = 'bench' AND s.stance_date <= '2019-06-30'
       AND s.actor_code = series.actor_code AND s.position_id = series.position_id) latest
 CROSS JOIN LATERAL (SELECT {SUMS} FROM {tbl} s WHERE s.topic_id = 'bench' AND s.actor_code = series.actor_code
       AND s.position_id = series.position_id AND s.stance_date = latest.day) day
 WHERE latest.day IS NOT NULL ORDER BY series.actor_code, series.position_id"""
    q["evidence of 3 (actor, position, day) keys"] = f"""SELECT k.ord, s.id, s.actor_code, s.position_id, s.polarity, s.evidence, s.evidence_start, s.evidence_end,
 s.stance_date::text, s.confidence, s.extractor_name, a.id, a.external_id, a.title, a.source, a.url, a.published::text
 FROM unnest(ARRAY['{actor}','{actor}','{actor}']::text[], ARRAY['{pos}','pos-02','pos-03']::text[],
             ARRAY['2019-06-28','2017-02-01','2015-05-05']::date[]) WITH ORDINALITY AS k(actor, position, day, ord)
 CROSS JOIN LATERAL (SELECT * FROM {tbl} s WHERE s.topic_id = 'bench' AND s.actor_code = k.actor AND s.position_id = k.position
       AND s.stance_date = k.day ORDER BY s.confidence DESC, s.id LIMIT 3) s
 JOIN article a ON a.id = s.article_id ORDER BY k.ord, s.confidence DESC, s.id"""
    return q


def psql(sql):
    return subprocess.run(["psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "stance", "-Atc", sql],
                          check=True, capture_output=True, text=True).stdout


qs = {t: queries(t) for t in tables}
names = list(qs[tables[0]])
ex = {(n, t): [] for n in names for t in tables}
pl = {(n, t): [] for n in names for t in tables}
last = {}
for name in names:
    for _ in range(runs):
        for t in tables:
            out = psql("EXPLAIN (ANALYZE, BUFFERS) " + qs[t][name])
            ex[name, t].append(float(re.search(r"Execution Time: ([\d.]+)", out).group(1)))
            pl[name, t].append(float(re.search(r"Planning Time: ([\d.]+)", out).group(1)))
            last[name, t] = out
print("| query | " + " | ".join(f"{t}: execution (planning) ms" for t in tables) + " |")
print("|---|" + "---:|" * len(tables))
for name in names:
    cells = [f"{statistics.median(ex[name, t]):.2f} ({statistics.median(pl[name, t]):.2f})" for t in tables]
    print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
for t in tables:
    with open(os.path.join(outdir, f"plans-{t}.txt"), "w") as plans:
        for name in names:
            plans.write(f"=== {name}\n{qs[t][name]}\n{last[name, t]}\n")
