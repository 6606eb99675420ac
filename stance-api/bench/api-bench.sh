#!/usr/bin/env bash
# API latency benchmark: starts the API on a fresh STANCE_HOME, fills the embedded PostgreSQL with a
# synthetic topic (1,000,000 stances by default) straight in SQL, then drives five read request
# shapes with wrk and prints a markdown table. See stance-api/bench/README.md.
#
# Environment (all optional):
#   SKIP_BUILD=1        do not run ./mvnw -q -o package -DskipTests -pl stance-api -am first
#   STANCES=1000000     synthetic stances (5 per article, so STANCES/5 articles; a multiple of 5)
#   DURATION=30s        measured wrk run per request shape
#   WARMUP=5s           wrk warm-up run per request shape (not reported)
#   CONNECTIONS=32      wrk connections (concurrent clients); a list ("32 8") runs every shape at each
#   THREADS=2           wrk threads
#   WRK_TIMEOUT=60s     wrk request timeout (a slower answer counts as a timeout error)
#   ACCEPT_ENCODING=... the clients' Accept-Encoding (default "gzip, deflate", as browsers; empty for none)
#   PORT=...            API port (default: a free one)
#   RESULTS_DIR=...     where wrk logs, EXPLAIN output and the table go (default: a new /tmp dir, kept)
#   SHAPES="..."        only these request shapes (names as in the table script below)
#   API_JAVA_OPTS=...   extra JVM options for the API (e.g. a JFR recording)
#   KEEP_HOME=1         keep the temp STANCE_HOME (and leave nothing running) for inspection
#   REUSE_HOME=dir      start on a STANCE_HOME kept by an earlier KEEP_HOME=1 run: no fill when its bench
#                       topic is there (the fill facts come from that run); the home is kept
#   FIRST_REQUESTS=N    before any warm-up, time the first request of each shape for N actors (1..50)
#                       with curl: the answers of a freshly started API, before its cache holds them
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

STANCES=${STANCES:-1000000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-60s}
# What browsers and most HTTP libraries send; ACCEPT_ENCODING= (empty) asks for uncompressed answers.
ACCEPT_ENCODING=${ACCEPT_ENCODING-gzip, deflate}
if (( STANCES % 5 != 0 || STANCES < 5 )); then
    echo "STANCES must be a positive multiple of 5, was $STANCES" >&2
    exit 2
fi
ARTICLES=$(( STANCES / 5 ))

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 2; }

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
    log "building stance-api (./mvnw -q -o package -DskipTests -pl stance-api -am)"
    ./mvnw -q -o package -DskipTests -pl stance-api -am
fi
RUNNER="$ROOT/stance-api/target/quarkus-app/quarkus-run.jar"
[[ -f "$RUNNER" ]] || { echo "no $RUNNER: build first" >&2; exit 2; }
PGJAR=$(ls "$ROOT"/stance-api/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -n 1)

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || { local p; for p in $(seq 18080 18999); do (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }; done; }
}
PORT=${PORT:-$(free_port)}
BASE="http://127.0.0.1:$PORT"

if [[ -n "${REUSE_HOME:-}" ]]; then
    [[ -d "$REUSE_HOME/pgdata" ]] || { echo "REUSE_HOME=$REUSE_HOME has no pgdata" >&2; exit 2; }
    HOME_DIR=$(cd "$REUSE_HOME" && pwd)
    KEEP_HOME=1
else
    HOME_DIR=$(mktemp -d /tmp/stance-bench-home.XXXXXX)
fi
RESULTS_DIR=${RESULTS_DIR:-$(mktemp -d /tmp/stance-bench-results.XXXXXX)}
mkdir -p "$RESULTS_DIR"
WORK="$HOME_DIR/bench-work"
mkdir -p "$WORK"
API_PID=""

cleanup() {
    local rc=$?
    if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
        log "stopping the API (pid $API_PID)"
        kill "$API_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$API_PID" 2>/dev/null || true
    fi
    # The API stops the embedded PostgreSQL it started; make sure, by the pid in postmaster.pid.
    local pidfile="$HOME_DIR/pgdata/postmaster.pid"
    if [[ -f "$pidfile" ]]; then
        local pgpid
        pgpid=$(head -n 1 "$pidfile")
        if [[ -n "$pgpid" ]] && kill -0 "$pgpid" 2>/dev/null; then
            log "stopping PostgreSQL (pid $pgpid)"
            kill -INT "$pgpid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.5; done
        fi
    fi
    if [[ -f "$HOME_DIR/api.log" ]]; then cp "$HOME_DIR/api.log" "$RESULTS_DIR/api.log" 2>/dev/null || true; fi
    if [[ "${KEEP_HOME:-}" == "1" ]]; then
        log "kept STANCE_HOME $HOME_DIR"
    else
        rm -rf "$HOME_DIR"
    fi
    log "results in $RESULTS_DIR"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# 1. Start the API on the empty home; it starts the embedded PostgreSQL, migrates and loads the
#    reference data. The bench rows go in only after that, so the reference loader cannot touch them.
log "starting the API on port $PORT, STANCE_HOME=$HOME_DIR"
# shellcheck disable=SC2086
STANCE_HOME="$HOME_DIR" STANCE_API_KEYS=bench \
    java -Xmx1g ${API_JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -jar "$RUNNER" >"$HOME_DIR/api.log" 2>&1 &
API_PID=$!
start_wait=$(date +%s)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)" == "200" ]]; do
    if ! kill -0 "$API_PID" 2>/dev/null; then
        echo "the API died at start; its log:" >&2
        tail -n 50 "$HOME_DIR/api.log" >&2
        exit 1
    fi
    if (( $(date +%s) - start_wait > 180 )); then
        echo "the API was not ready within 180 s; its log:" >&2
        tail -n 50 "$HOME_DIR/api.log" >&2
        exit 1
    fi
    sleep 1
done
log "API ready after $(( $(date +%s) - start_wait )) s"

PG_PORT=$(sed -n 4p "$HOME_DIR/pgdata/postmaster.pid" | tr -d '[:space:]')
log "embedded PostgreSQL on port $PG_PORT"

# ---------------------------------------------------------------------------------------------
# 2. The fill and EXPLAIN helper: a single-file Java program on the PostgreSQL JDBC driver.
cat >"$WORK/BenchDb.java" <<'JAVA'
import java.sql.*;
import java.util.*;

/** fill PORT STANCES | explain PORT ACTOR POSITION | actors PORT */
public class BenchDb {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://localhost:" + args[1] + "/stance";
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            switch (args[0]) {
                case "fill" -> fill(c, Long.parseLong(args[2]));
                case "explain" -> explain(c, args[2], args[3]);
                case "actors" -> actors(c);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    static long step(Statement s, String what, String sql) throws SQLException {
        long t0 = System.nanoTime();
        s.execute(sql);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf("  %-34s %7d ms%n", what, ms);
        return ms;
    }

    static void fill(Connection c, long stances) throws SQLException {
        long articles = stances / 5;
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("SET work_mem = '256MB'");
            s.execute("SELECT setseed(0.4242)");
            step(s, "topic + 20 positions", """
                INSERT INTO topic (id, title) VALUES ('bench', 'Synthetic benchmark topic');
                INSERT INTO position (topic_id, id, description, ordinal)
                SELECT 'bench', 'pos-' || lpad(p::text, 2, '0'), 'Synthetic position ' || p, p - 1
                FROM generate_series(1, 20) p""");
            // 50 state codes B?? / C?? ... that no reference actor uses, in a fixed order.
            step(s, "50 actors", """
                CREATE TEMP TABLE bench_actor ON COMMIT DROP AS
                SELECT (row_number() OVER (ORDER BY code) - 1)::int AS idx, code
                FROM (SELECT chr(66 + i / 676) || chr(65 + (i / 26) % 26) || chr(65 + i % 26) AS code
                      FROM generate_series(0, 2 * 676 - 1) i) candidates
                WHERE code NOT IN (SELECT code FROM actor)
                ORDER BY code LIMIT 50;
                INSERT INTO actor (code, kind, name) SELECT code, 'state', 'Bench state ' || code FROM bench_actor""");
            step(s, articles + " articles", """
                INSERT INTO article (source, external_id, url, title, published, body, content_hash)
                SELECT 'bench', 'bench-' || g, 'https://bench.example/' || g, 'Bench article ' || g,
                       DATE '2015-01-01' + floor(random() * 1826)::int,
                       'Synthetic benchmark article number ' || g || '.',
                       md5('bench-' || g) || md5('bench-' || g || 'b')
                FROM generate_series(1, %d) g""".formatted(articles));
            // Five stances per article, each by a different actor, so (article, actor, topic, position,
            // polarity) is unique. P(support) follows a sine of the date with a period and phase per
            // actor and position (120..720 days), so the prevailing stance swings and shifts exist.
            step(s, stances + " stances", """
                INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                    evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                SELECT x.id, ba.code, 'bench', 'pos-' || lpad((x.p + 1)::text, 2, '0'),
                       CASE WHEN random() < 0.5 + 0.45 * sin(2 * pi() * (x.published - DATE '2015-01-01')
                                                             / (120 + ((x.ai * 37 + x.p * 53) % 600))
                                                             + x.ai * 0.7 + x.p * 1.3)
                            THEN 'support' ELSE 'oppose' END,
                       x.published, 'day',
                       'Bench evidence ' || x.k || ' of article ' || x.id, x.k * 100, x.k * 100 + 60,
                       'bench', '1', round((0.5 + random() * 0.5)::numeric, 3)::float8
                FROM (SELECT a.id, a.published, k, ((a.id * 7 + k * 11) % 50)::int AS ai, floor(random() * 20)::int AS p
                      FROM article a CROSS JOIN generate_series(0, 4) k
                      WHERE a.source = 'bench') x
                JOIN bench_actor ba ON ba.idx = x.ai""");
            step(s, stances + " stance_evidence", """
                INSERT INTO stance_evidence (stance_id, extractor_name, extractor_version, evidence, evidence_start,
                                             evidence_end, stance_date, date_precision, confidence)
                SELECT id, extractor_name, extractor_version, evidence, evidence_start, evidence_end, stance_date,
                       date_precision, confidence
                FROM stance WHERE topic_id = 'bench'""");
            long tc = System.nanoTime();
            c.commit();
            System.err.printf("  %-34s %7d ms%n", "commit", (System.nanoTime() - tc) / 1_000_000);
            c.setAutoCommit(true);
            step(s, "VACUUM ANALYZE", "VACUUM ANALYZE");
            // Timelines are read from stance_tally's index alone when its pages are all visible; the
            // database-wide VACUUM above has been seen to leave it at 0%, while autovacuum analyzed
            // the new rows beside it. Once more, alone.
            step(s, "VACUUM stance_tally", "VACUUM stance_tally");
            try (ResultSet rs = s.executeQuery("""
                    SELECT (SELECT count(*) FROM stance WHERE topic_id = 'bench'),
                           (SELECT count(*) FROM article WHERE source = 'bench'),
                           (SELECT count(*) FROM stance_evidence e JOIN stance s ON s.id = e.stance_id WHERE s.topic_id = 'bench'),
                           (SELECT min(stance_date) || '..' || max(stance_date) FROM stance WHERE topic_id = 'bench'),
                           (SELECT round(avg((polarity = 'support')::int), 3) FROM stance WHERE topic_id = 'bench'),
                           pg_size_pretty(pg_total_relation_size('stance')),
                           pg_size_pretty(pg_total_relation_size('stance_evidence')),
                           (SELECT count(*) FROM stance_tally WHERE topic_id = 'bench'),
                           pg_size_pretty(pg_total_relation_size('stance_tally')),
                           (SELECT round(100.0 * relallvisible / greatest(relpages, 1)) FROM pg_class WHERE relname = 'stance_tally')""")) {
                rs.next();
                System.out.printf("stances=%d articles=%d evidence=%d dates=%s support_share=%s stance_size=%s evidence_size=%s "
                                + "tally_rows=%d tally_size=%s tally_all_visible_pct=%s fill_ms=%d%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getLong(8), rs.getString(9).replace(' ', '_'), rs.getString(10),
                        (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    static void actors(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM actor WHERE name LIKE 'Bench state %' ORDER BY code")) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) codes.add(rs.getString(1));
            System.out.println(String.join(" ", codes));
        }
    }

    /** The timeline queries of TimelineService (no date range; by day from the stances) and the stances page queries, with literals. */
    static void explain(Connection c, String actor, String position) throws SQLException {
        String timeline = """
                SELECT actor_code, position_id, period::text AS first_day, support, oppose, support_weight, oppose_weight
                FROM stance_tally
                WHERE topic_id = 'bench' AND granularity = '%s' %s
                ORDER BY actor_code, position_id, period""";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("timeline actor, week", timeline.formatted("week", "AND actor_code = '" + actor + "'"));
        String days = """
                SELECT actor_code, position_id, stance_date::text AS first_day,
                       count(*) FILTER (WHERE polarity = 'support') AS support,
                       count(*) FILTER (WHERE polarity = 'oppose') AS oppose,
                       coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'support'), 0) AS support_weight,
                       coalesce(sum(round(confidence * 1000000)::bigint) FILTER (WHERE polarity = 'oppose'), 0) AS oppose_weight
                FROM stance
                WHERE topic_id = 'bench' AND stance_date IS NOT NULL %s
                GROUP BY actor_code, position_id, stance_date
                ORDER BY actor_code, position_id, stance_date""";
        queries.put("timeline actor + position, day",
                days.formatted("AND actor_code = '" + actor + "' AND position_id = '" + position + "'"));
        queries.put("timeline whole topic, month", timeline.formatted("month", ""));
        queries.put("timeline actor, day (shifts)", days.formatted("AND actor_code = '" + actor + "'"));
        queries.put("stances page: count", "SELECT count(*) FROM stance s WHERE s.topic_id = 'bench' AND s.actor_code = '" + actor + "'");
        queries.put("stances page: rows", """
                SELECT s.id, s.stance_date, a.title FROM stance s JOIN article a ON a.id = s.article_id
                WHERE s.topic_id = 'bench' AND s.actor_code = '%s'
                ORDER BY s.stance_date DESC NULLS LAST, s.id DESC LIMIT 50 OFFSET 0""".formatted(actor));
        try (Statement s = c.createStatement()) {
            for (var q : queries.entrySet()) {
                System.out.println("=== " + q.getKey());
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q.getValue())) {
                    while (rs.next()) System.out.println(rs.getString(1));
                }
            }
        }
    }
}
JAVA

if [[ -n "${REUSE_HOME:-}" && -s "$HOME_DIR/bench-fill.txt" ]]; then
    FILL_FACTS=$(cat "$HOME_DIR/bench-fill.txt")
    log "reusing the filled database in $HOME_DIR: $FILL_FACTS"
else
    log "filling: $STANCES stances, $ARTICLES articles (SQL, generate_series)"
    fill_start=$(date +%s%N)
    FILL_FACTS=$(java -cp "$PGJAR" "$WORK/BenchDb.java" fill "$PG_PORT" "$STANCES")
    fill_ms=$(( ($(date +%s%N) - fill_start) / 1000000 ))
    log "fill done in $((fill_ms / 1000)).$(( (fill_ms % 1000) / 100 )) s (wall, incl. compiling BenchDb.java): $FILL_FACTS"
    echo "$FILL_FACTS" >"$HOME_DIR/bench-fill.txt"
fi
echo "$FILL_FACTS" >"$RESULTS_DIR/fill.txt"

ACTORS=$(java -cp "$PGJAR" "$WORK/BenchDb.java" actors "$PG_PORT")
n_actors=$(wc -w <<<"$ACTORS")
[[ "$n_actors" == "50" ]] || { echo "expected 50 bench actors, found $n_actors" >&2; exit 1; }
FIRST_ACTOR=${ACTORS%% *}

# The rows went in after the reference data sync, and the sync runs only at start: check the API sees them.
for path in "/api/topics/bench" "/api/topics/bench/timeline?actor=$FIRST_ACTOR&position=pos-01" \
            "/api/topics/bench/timeline?actor=$FIRST_ACTOR&granularity=week" "/api/topics/bench/timeline?granularity=month" \
            "/api/topics/bench/shifts?actor=$FIRST_ACTOR" "/api/stances?topic=bench&actor=$FIRST_ACTOR&size=50"; do
    out=$(curl -s -o "$WORK/probe.json" -w '%{http_code} %{size_download} %{time_total}' "$BASE$path")
    log "probe $path -> HTTP/bytes/seconds $out"
    [[ "${out%% *}" == "200" ]] || { echo "probe failed: $path"; head -c 500 "$WORK/probe.json"; echo; exit 1; } >&2
done

# ---------------------------------------------------------------------------------------------
# 3. wrk: one Lua script; the request shape is the script's argument; done() prints one parsable line.
lua_actors=$(for a in $ACTORS; do printf '"%s",' "$a"; done)
cat >"$WORK/bench.lua" <<LUA
local actors = { ${lua_actors} }
local accept_encoding = "${ACCEPT_ENCODING}"
if accept_encoding ~= "" then wrk.headers["Accept-Encoding"] = accept_encoding end
local shape = "timeline-actor-week"
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("thread_no", threads)
end

function init(args)
    shape = args[1] or shape
    math.randomseed(os.time() + 7919 * (thread_no or 0))
end

local function actor() return actors[math.random(#actors)] end
local function position() return string.format("pos-%02d", math.random(20)) end

function request()
    local path
    if shape == "timeline-actor-week" then
        path = "/api/topics/bench/timeline?actor=" .. actor() .. "&granularity=week"
    elseif shape == "timeline-actor-position-day" then
        path = "/api/topics/bench/timeline?actor=" .. actor() .. "&position=" .. position()
    elseif shape == "timeline-topic-month" then
        path = "/api/topics/bench/timeline?granularity=month"
    elseif shape == "shifts-actor" then
        path = "/api/topics/bench/shifts?actor=" .. actor()
    elseif shape == "stances-page" then
        path = "/api/stances?topic=bench&actor=" .. actor() .. "&size=50"
    else
        error("unknown shape " .. shape)
    end
    return wrk.format("GET", path)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("BENCHRESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
        e.status, e.connect, e.read, e.write, e.timeout))
end
LUA

read -r -a SHAPES <<< "${SHAPES:-timeline-actor-week timeline-actor-position-day timeline-topic-month shifts-actor stances-page}"
declare -A LABEL=(
    [timeline-actor-week]='timeline per actor, week: `/api/topics/bench/timeline?actor=XXX&granularity=week`'
    [timeline-actor-position-day]='timeline per actor + position, day: `/api/topics/bench/timeline?actor=XXX&position=pos-NN`'
    [timeline-topic-month]='timeline whole topic, month: `/api/topics/bench/timeline?granularity=month`'
    [shifts-actor]='shifts per actor: `/api/topics/bench/shifts?actor=XXX`'
    [stances-page]='stances page: `/api/stances?topic=bench&actor=XXX&size=50`'
)
# Cold answers: the first request of each shape for FIRST_REQUESTS actors, one at a time, before
# any warm-up (so neither the API's answer cache nor, after a restart, PostgreSQL's buffers hold them).
if (( ${FIRST_REQUESTS:-0} > 0 )); then
    for shape in "${SHAPES[@]}"; do
        times=()
        i=0
        for a in $ACTORS; do
            (( i++ < FIRST_REQUESTS )) || break
            case "$shape" in
                timeline-actor-week) path="/api/topics/bench/timeline?actor=$a&granularity=week" ;;
                timeline-actor-position-day) path="/api/topics/bench/timeline?actor=$a&position=pos-01" ;;
                timeline-topic-month) (( i == 1 )) || break; path="/api/topics/bench/timeline?granularity=month" ;;
                shifts-actor) path="/api/topics/bench/shifts?actor=$a" ;;
                stances-page) path="/api/stances?topic=bench&actor=$a&size=50" ;;
            esac
            times+=("$(curl -s -o /dev/null -H "Accept-Encoding: $ACCEPT_ENCODING" -w '%{time_total}' "$BASE$path")")
        done
        summary=$(python3 -c 'import sys; t=sorted(float(x)*1000 for x in sys.argv[1:]); print(f"n={len(t)} min_ms={t[0]:.1f} median_ms={t[len(t)//2]:.1f} max_ms={t[-1]:.1f}")' "${times[@]}")
        log "first requests $shape: $summary"
        echo "$shape $summary" >>"$RESULTS_DIR/first-requests.txt"
    done
fi

ROWS=()
read -r -a CONN_LIST <<<"$CONNECTIONS"
for conns in "${CONN_LIST[@]}"; do
for shape in "${SHAPES[@]}"; do
    label="${LABEL[$shape]}"
    (( ${#CONN_LIST[@]} > 1 )) && label="$label, **$conns connections**"
    out="$RESULTS_DIR/wrk-c$conns-$shape"
    log "wrk $shape: warm-up $WARMUP, $conns connections"
    wrk -t"$THREADS" -c"$conns" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -s "$WORK/bench.lua" "$BASE" -- "$shape" \
        >"$out-warmup.txt" 2>&1 || true
    log "wrk $shape: $DURATION, $conns connections, $THREADS threads"
    wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -s "$WORK/bench.lua" "$BASE" -- "$shape" \
        >"$out.txt" 2>&1 || true
    line=$(grep '^BENCHRESULT' "$out.txt" | tail -n 1 || true)
    if [[ -z "$line" ]]; then
        ROWS+=("| $label | wrk failed, see $out.txt | | | |")
        continue
    fi
    declare -A r=()
    for kv in ${line#BENCHRESULT }; do r[${kv%%=*}]=${kv#*=}; done
    row=$(python3 - "${r[requests]}" "${r[duration_us]}" "${r[p50_us]}" "${r[p99_us]}" "${r[status]}" "${r[connect]}" "${r[read]}" "${r[write]}" "${r[timeout]}" <<'PY'
import sys
req, dur, p50, p99, status, connect, read, write, timeout = map(int, sys.argv[1:])
errs = []
if status: errs.append(f"{status} non-2xx")
socket = {"connect": connect, "read": read, "write": write, "timeout": timeout}
errs += [f"{v} {k}" for k, v in socket.items() if v]
print(f"{req / (dur / 1e6):.1f} | {p50 / 1000:.1f} | {p99 / 1000:.1f} | {', '.join(errs) if errs else '0'} ({req} requests)")
PY
)
    ROWS+=("| $label | $row |")
    log "  -> $row"
    unset r
done
done

log "EXPLAIN ANALYZE of the underlying SQL -> $RESULTS_DIR/explain.txt"
java -cp "$PGJAR" "$WORK/BenchDb.java" explain "$PG_PORT" "$FIRST_ACTOR" pos-01 >"$RESULTS_DIR/explain.txt" 2>&1 || true

# ---------------------------------------------------------------------------------------------
# 4. The table.
read -r FS FA <<<"$(sed -E 's/.*stances=([0-9]+) articles=([0-9]+).*/\1 \2/' <<<"$FILL_FACTS")"
FILL_MS=$(sed -E 's/.*fill_ms=([0-9]+).*/\1/' <<<"$FILL_FACTS")
{
    echo
    echo "### API latency, $(date -u +%Y-%m-%d) (${CONNECTIONS// /, } connections, $THREADS wrk threads, $DURATION per shape after a $WARMUP warm-up)"
    echo
    echo "| request | requests/s | p50 (ms) | p99 (ms) | errors |"
    echo "|---|---:|---:|---:|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "- machine: nproc $(nproc), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), wrk and API on the same host"
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "- data: $FS stances (each with one stance_evidence row) in $FA articles, topic bench, 50 actors x 20 positions, 2015-01-01..2019-12-31"
    echo "- fill: $((FILL_MS / 1000)).$(( (FILL_MS % 1000) / 100 )) s in SQL incl. VACUUM ANALYZE ($FILL_FACTS)"
    echo "- clients: Accept-Encoding: ${ACCEPT_ENCODING:-(none)}; API options: ${API_JAVA_OPTS:-(none)}"
    echo "- target: timeline p99 < 50 ms at 32 concurrent clients"
    errors=$(grep -c 'Sorry, acquisition timeout' "$HOME_DIR/api.log" || true)
    echo "- API log: $errors 'Sorry, acquisition timeout' (JDBC pool of 16 exhausted for 5 s), $(grep -c ' ERROR ' "$HOME_DIR/api.log" || true) ERROR lines"
} | tee "$RESULTS_DIR/results.md"
