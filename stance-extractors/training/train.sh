#!/usr/bin/env bash
# Trains the stance model and compares the readings (rules, learned, combined) on both development
# sets; with --write, replaces the models the text module ships. Reads ../shared (the corpora whose
# labels are kept here as ids and offsets). Run from anywhere:
#   stance-extractors/training/train.sh            # measure only
#   stance-extractors/training/train.sh --write    # measure, then write the models
#   stance-extractors/training/train.sh --explain /tmp/errors   # and write each miss and false stance there
#     (those reports quote the corpora: keep them outside the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -o package -pl stance-extractors/training -am -DskipTests -Dspotless.skip -Denforcer.skip >&2
args=(--shared "${STANCE_SHARED:-$root/../shared}" --module stance-extractors/training)
for arg in "$@"; do
  if [ "$arg" = "--write" ]; then
    args+=(--write stance-extractors/text/src/main/resources/org/stancetracker/extractors/text)
  else
    args+=("$arg")
  fi
done
exec java -Xmx4g ${TRAIN_JAVA_OPTS:-} -cp "stance-extractors/training/target/classes:stance-extractors/training/target/lib/*" \
  org.stancetracker.training.TrainStanceModel "${args[@]}"
