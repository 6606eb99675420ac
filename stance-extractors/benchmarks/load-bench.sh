#!/usr/bin/env bash
# Bulk-load benchmark: generates N news-like articles from the reference data (JSON Lines), loads
# them with the real ./stance into a fresh embedded PostgreSQL, and reports articles/s, stances/s
# and the loader's peak RSS. Usage: load-bench.sh [N ...]   (default: 10000 100000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q ${MVN_ARGS:-} install -DskipTests
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
printf '| articles | MB of JSONL | load time (s) | articles/s | stances | stances/s | loader peak RSS (MB) |\n|---:|---:|---:|---:|---:|---:|---:|\n' > "$work/table.md"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n.jsonl"
  java -Xmx3g -cp "$here/target/benchmarks.jar" org.stancetracker.benchmarks.LoadCorpus "$n" "$corpus"
  home="$work/home-$n"
  /usr/bin/time -v -o "$work/time-$n.txt" env STANCE_HOME="$home" ./stance load "$corpus" > "$work/out-$n.txt" 2> "$work/err-$n.txt"
  summary="$(tail -1 "$work/out-$n.txt")"
  echo "$n: $summary" >&2
  seconds="$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<< "$summary")"
  rate="$(sed -E 's/.*\(([0-9.]+) articles\/s.*/\1/' <<< "$summary")"
  stances="$(sed -E 's/.*stances ([0-9]+), in.*/\1/' <<< "$summary")"
  srate="$(sed -E 's/.*, ([0-9.]+) stances\/s.*/\1/' <<< "$summary")"
  rss="$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time-$n.txt")"
  mb="$(du -m "$corpus" | cut -f1)"
  printf '| %d | %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$seconds" "$rate" "$stances" "$srate" "$rss" >> "$work/table.md"
  # Stop the embedded server this load left behind, if any.
  if [ -f "$home/pgdata/postmaster.pid" ]; then kill "$(head -1 "$home/pgdata/postmaster.pid")" 2>/dev/null || true; fi
done
cat "$work/table.md"
