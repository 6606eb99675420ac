#!/usr/bin/env bash
# Spark against stance load on one machine: generates N news-like articles (JSON Lines, in FILES files;
# FILES=1 is one large file, which the Spark job reads in byte ranges) and loads them into a fresh
# embedded PostgreSQL with ./stance load and ./stance-spark --master 'local[C]' for each C in MASTERS.
# ROUNDS repeats the loaders in turn (load, spark, load, spark...), so that a machine whose load changes
# affects both alike. Prints a markdown table: wall time, articles/s, stances, peak RSS of the loader
# (PostgreSQL excluded), and its CPU seconds.
# Usage: [ROUNDS=1] [MASTERS="1 2"] spark-bench.sh [N] [FILES]   (default: 100000 32).
# SKIP_BUILD=1 to use what is built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
n="${1:-100000}"
files="${2:-32}"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -o install -DskipTests -Pbench
fi
work="$(mktemp -d)"
stop_server() { if [ -f "$1/pgdata/postmaster.pid" ]; then kill "$(head -1 "$1/pgdata/postmaster.pid")" 2>/dev/null || true; sleep 2; fi; }
trap 'for h in "$work"/home-*; do stop_server "$h"; done; rm -rf "$work"' EXIT

java -Xmx3g -cp "$root/stance-extractors/benchmarks/target/benchmarks.jar" \
  org.stancetracker.benchmarks.LoadCorpus "$n" "$work/corpus.jsonl"
mkdir "$work/corpus"
split -n "l/$files" -d -a 3 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/corpus/part-"
rm "$work/corpus.jsonl"
mb="$(du -sm "$work/corpus" | cut -f1)"

printf '| loader | articles | files | wall time (s) | articles/s | stances | peak RSS (MB) | loader CPU (s) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n' > "$work/table.md"
runs=0
run() { # name command...
  local name="$1"; shift
  runs=$((runs + 1))
  local home="$work/home-$runs" # a fresh database for every run
  local start end cpu
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time.txt" env STANCE_HOME="$home" "$@" > "$work/out.txt" 2> "$work/err.txt" || {
    echo "$name failed:" >&2; tail -20 "$work/err.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  local summary wall rate stances rss
  summary="$(grep -m1 '^read ' "$work/out.txt")"
  wall="$(echo "$end - $start" | bc)"
  rate="$(echo "scale=1; $n / $wall" | bc)"
  stances="$(sed -E 's/.*stances ([0-9]+), in.*/\1/' <<< "$summary")"
  rss="$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time.txt")"
  # CPU seconds of the loader's JVM (user + system; PostgreSQL's are not counted): less sensitive than wall
  # time to other work on a shared machine.
  cpu="$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.0f", t}' "$work/time.txt")"
  echo "$name: $summary (wall ${wall}s)" >&2
  printf '| %s | %d | %d | %.1f | %s | %s | %s | %s |\n' "$name" "$n" "$files" "$wall" "$rate" "$stances" "$rss" "$cpu" \
    >> "$work/table.md"
  stop_server "$home"
  rm -rf "$home"
}
for round in $(seq "${ROUNDS:-1}"); do
  run '`./stance load`' ./stance load "$work/corpus"
  for cores in ${MASTERS:-1 2}; do
    run "\`./stance-spark --master 'local[$cores]'\`" ./stance-spark --master "local[$cores]" \
      --rejects "$work/rejects-$cores" "$work/corpus"
  done
done
echo "corpus: $n articles, $mb MB of JSON Lines in $files files; $(nproc) cores; $(date -u +%F)" >&2
cat "$work/table.md"
