#!/usr/bin/env bash
# Builds the benchmark jar (and the modules it needs), runs the extraction benchmarks with JMH's
# GC profiler, and prints a summary: articles/s, sentences/s (one thread, so per core) and
# allocation per article.
#
#   stance-extractors/benchmarks/run.sh                      # all benchmarks, default settings
#   stance-extractors/benchmarks/run.sh defaultExtractors    # one benchmark (a JMH regex)
#   SKIP_BUILD=1 stance-extractors/benchmarks/run.sh         # reuse target/benchmarks.jar
#   MVN_ARGS=-o stance-extractors/benchmarks/run.sh          # build offline
#
# Arguments are passed to JMH after the defaults, so `-f 2` or `-prof stack` work too. JMH's
# own results are written to target/jmh-result.csv and the full log to target/jmh-run.log.
set -euo pipefail

MODULE_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$MODULE_DIR/../.." && pwd)"
JAR="$MODULE_DIR/target/benchmarks.jar"
CSV="$MODULE_DIR/target/jmh-result.csv"
LOG="$MODULE_DIR/target/jmh-run.log"

if [[ "${SKIP_BUILD:-}" != "1" || ! -f "$JAR" ]]; then
  echo "== building $JAR"
  (cd "$ROOT" && ./mvnw -q -B ${MVN_ARGS:-} package -DskipTests -Pbench -pl stance-extractors/benchmarks -am)
fi

# What was measured: a fingerprint of the sources that make up the default extractors, and a
# private copy of the jar, so that a rebuild during the run (JMH starts a JVM per benchmark)
# cannot change the code under test.
FINGERPRINT="$(cd "$ROOT" && find stance-spi/src/main stance-core/src/main stance-extractors/text/src/main stance-extractors/statements/src/main \
    stance-extractors/quotes/src/main db/src/main/resources/db/reference -type f -print0 | sort -z \
    | xargs -0 sha256sum | sha256sum | cut -c1-12)"
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/stance-benchmarks.XXXXXX")"
trap 'rm -rf "$RUN_DIR"' EXIT
cp "$JAR" "$RUN_DIR/benchmarks.jar"
echo "== sources fingerprint $FINGERPRINT (stance-spi, stance-core, text, statements, quotes, reference data, as they are now), jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"

FILTER="ExtractionBenchmark"
if [[ $# -gt 0 && "$1" != -* ]]; then
  FILTER="ExtractionBenchmark.$1"
  shift
fi

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
# Other work on the machine (a build, tests, a second benchmark) skews every score: warn about it.
read -r LOAD1 _ < /proc/loadavg || LOAD1=0
if awk -v l="$LOAD1" 'BEGIN { exit !(l > 0.5) }'; then
  echo "== WARNING: 1-minute load average is $LOAD1 before the run; other processes will skew the results"
fi
echo "== java -jar $JAR $FILTER -prof gc -rf csv -rff $CSV $*"
java -jar "$RUN_DIR/benchmarks.jar" "$FILTER" -prof gc -rf csv -rff "$CSV" "$@" 2>&1 | grep -v '^SLF4J' | tee "$LOG"

# Corpus size, as the benchmark's setup printed it.
CORPUS_LINE="$(grep -m1 '^# corpus:' "$LOG" || true)"
SENTENCES_PER_ARTICLE="$(sed -n 's/.*(\([0-9.]*\) per article).*/\1/p' <<<"$CORPUS_LINE" | head -1)"

echo
echo "== summary (one thread; ± is JMH's 99.9% error)"
[[ -n "$CORPUS_LINE" ]] && echo "${CORPUS_LINE#\# }"
awk -F, -v spa="${SENTENCES_PER_ARTICLE:-0}" '
  function unq(s) { gsub(/"/, "", s); return s }
  NR > 1 {
    name = unq($1); sub(/^.*ExtractionBenchmark\./, "", name)
    split(name, parts, ":"); bench = parts[1]; metric = parts[2]
    if (!(bench in seen)) { seen[bench] = 1; order[++n] = bench }
    if (metric == "") { ops[bench] = $5; err[bench] = $6 }
    else if (metric == "sentences") { sent[bench] = $5; serr[bench] = $6 }
    else if (metric == "gc.alloc.rate.norm") { alloc[bench] = $5 }
  }
  END {
    printf "%-20s %22s %24s %18s\n", "benchmark", "articles/s", "sentences/s (per core)", "alloc KB/article"
    for (i = 1; i <= n; i++) {
      b = order[i]
      printf "%-20s %13.1f ± %6.1f %15.0f ± %6.0f %18.1f\n", b, ops[b], err[b], sent[b], serr[b], alloc[b] / 1024
    }
  }' "$CSV"
echo "floor for the default extractors (issue 12): >= 10000 sentences/s on one core, on the synthetic corpus"
