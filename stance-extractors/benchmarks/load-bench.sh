#!/usr/bin/env bash
# Bulk-load benchmark: generates N news-like articles from the reference data (JSON Lines) and loads
# them into a fresh embedded PostgreSQL, with the real ./stance and, side by side, with the same
# reading and extraction but per-entity Hibernate writes (../load-benchmark). Reports articles/s,
# stances/s and peak RSS, then the two write paths alone on the same extracted articles.
# Usage: load-bench.sh [N ...]   (default: 10000 100000)
# The per-entity path runs for N <= PER_ENTITY_MAX (default 10000): at its rate, 100,000 articles
# would take a quarter of an hour.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q ${MVN_ARGS:-} install -DskipTests -Pbench
fi
work="$(mktemp -d)"
stop_server() { if [ -f "$1/pgdata/postmaster.pid" ]; then kill "$(head -1 "$1/pgdata/postmaster.pid")" 2>/dev/null || true; sleep 1; fi; }
trap 'for h in "$work"/home-*; do stop_server "$h"; done; rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
per_entity_max="${PER_ENTITY_MAX:-10000}"
bench_cp="$root/stance-extractors/load-benchmark/target/load-benchmark.jar:$root/stance-extractors/load-benchmark/target/lib/*"
printf '| path | articles | MB of JSONL | load time (s) | articles/s | stances | stances/s | loader peak RSS (MB) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n' > "$work/table.md"

# Both programs end with "... stances S, in T s (R articles/s, Q stances/s)".
row() { # path n corpus summary time-file
  local seconds rate stances srate rss mb
  seconds="$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<< "$4")"
  rate="$(sed -E 's/.*\(([0-9.]+) articles\/s.*/\1/' <<< "$4")"
  stances="$(sed -E 's/.*stances ([0-9]+), in.*/\1/' <<< "$4")"
  srate="$(sed -E 's/.*, ([0-9.]+) stances\/s.*/\1/' <<< "$4")"
  rss="$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$5")"
  mb="$(du -m "$3" | cut -f1)"
  printf '| %s | %d | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$mb" "$seconds" "$rate" "$stances" "$srate" "$rss" >> "$work/table.md"
}

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n.jsonl"
  java -Xmx3g -cp "$here/target/benchmarks.jar" org.stancetracker.benchmarks.LoadCorpus "$n" "$corpus"
  home="$work/home-$n"
  /usr/bin/time -v -o "$work/time-$n.txt" env STANCE_HOME="$home" ./stance load "$corpus" > "$work/out-$n.txt" 2> "$work/err-$n.txt"
  summary="$(tail -1 "$work/out-$n.txt")"
  echo "stance load, $n: $summary" >&2
  row '`stance load` (bulk)' "$n" "$corpus" "$summary" "$work/time-$n.txt"
  stop_server "$home"
  if [ "$n" -le "$per_entity_max" ]; then
    home="$work/home-$n-per-entity"
    # The same JVM options as ./stance.
    /usr/bin/time -v -o "$work/time-$n-pe.txt" env STANCE_HOME="$home" java -Xmx640m -XX:+UseParallelGC -cp "$bench_cp" \
      org.stancetracker.benchmarks.perentity.PerEntityLoad "$corpus" > "$work/out-$n-pe.txt" 2> "$work/err-$n-pe.txt"
    summary="$(tail -1 "$work/out-$n-pe.txt")"
    echo "per-entity, $n: $summary" >&2
    row 'per-entity Hibernate persists' "$n" "$corpus" "$summary" "$work/time-$n-pe.txt"
    stop_server "$home"
  fi
done
cat "$work/table.md"

# The write paths alone, on the first size's articles, extracted once beforehand.
n="${sizes[0]}"
echo
echo "Write paths alone, $n articles extracted beforehand:"
STANCE_HOME="$work/home-write-paths" java -Xmx3g -XX:+UseParallelGC -cp "$bench_cp" \
  org.stancetracker.benchmarks.perentity.WritePaths "$work/corpus-$n.jsonl" 2> "$work/err-write-paths.txt" | grep '^write path'
stop_server "$work/home-write-paths"
