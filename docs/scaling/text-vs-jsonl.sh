#!/usr/bin/env bash
# The same articles loaded as a directory of text files and as one JSON Lines file, each into a fresh
# home, alternating, twice: issue 20 asked that text files load within 2x the JSON Lines rate.
# Usage: docs/scaling/text-vs-jsonl.sh [ARTICLES]   (default 5000; needs ./mvnw install -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/texts"
python3 - "$work" "$n" <<'PY'
import json, sys, pathlib
work, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
# Sentences written for this benchmark; a few vary per article so that no two texts are equal.
body = ("Officials in Ankara said on Tuesday that talks on the province would continue next week. "
        "Moscow called for calm and said a new round of meetings was planned. "
        "Aid groups warned that thousands of families had fled the fighting near the border. ")
with open(work / "articles.jsonl", "w") as jsonl:
    for i in range(n):
        text = f"Dispatch {i}. " + body * (1 + i % 3)
        (work / "texts" / f"note-{i:06d}.txt").write_text(text)
        jsonl.write(json.dumps({"id": f"note-{i:06d}.txt", "text": text}) + "\n")
PY
rate() { # $1 label, $2 input
  local home="$work/home-$1-$RANDOM"
  local start end
  start=$(date +%s.%N)
  STANCE_HOME="$home" "$root/stance" load --source bench "$2" > /dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'$1: {$n / ($end - $start):.1f} articles/s ({$end - $start:.1f} s)')"
}
for round in 1 2; do
  rate jsonl "$work/articles.jsonl"
  rate text "$work/texts"
done
