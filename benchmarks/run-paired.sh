#!/usr/bin/env bash
# The ratio measure of the protocol in docs/performance.md: each goal's sides (ours and its baselines) in the same
# JVM, taking turns of TURN_MS (500) ms in rotating order after a collection, WARMUP (6) unrecorded rounds and
# ROUNDS (12) recorded ones (io.github.reportmeta.benchmarks.Paired). FORKS (3) JVMs per group and run; within a
# run the forks of a group are spread out (fork 1 of every group, then fork 2, ...), and fork f starts with side f.
# RUNS (2) whole runs, each summarised on its own (the protocol asks that two runs agree within 10 %), then all
# forks of all runs together.
#
# Quiet is checked before every JVM (quiet.sh: load <= MAX_LOAD, no other JVM, Maven or compiler); the load before
# and after each fork goes to its .load file, and the summary prints each run's range.
#
# Needs benchmarks/target/benchmarks.jar: mvn -B -q package -DskipTests -pl benchmarks -am
# Usage: benchmarks/run-paired.sh [group ...]    (default: every group; OUT=/tmp/reportmeta-paired)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=quiet.sh
. "$here/quiet.sh"
out=${OUT:-/tmp/reportmeta-paired}
runs=${RUNS:-2}
forks=${FORKS:-3}
groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
    groups=(json-read json-write-compact json-write-pretty xml-read xml-write oai_dc validation validation-damaged)
fi
mkdir -p "$out"
# run a copy, so that rebuilding the jar during the run cannot change or break it
cp "$here/target/benchmarks.jar" "$out/benchmarks.jar"
main=io.github.reportmeta.benchmarks.Paired
all=()
for run in $(seq 1 "$runs"); do
    files=()
    loads=()
    for fork in $(seq 1 "$forks"); do
        for group in "${groups[@]}"; do
            quiet_or_die run-paired
            file="$out/run-$run-$group-fork-$fork.tsv"
            before=$(load_now)
            echo "run-paired: run $run, $group, fork $fork, $before" >&2
            java -XX:+UseSerialGC -Xms1g -Xmx1g -cp "$out/benchmarks.jar" "$main" measure "$group" \
                "${WARMUP:-6}" "${ROUNDS:-12}" "${TURN_MS:-500}" $((fork - 1)) > "$file"
            after=$(load_now)
            printf 'before: %s\nafter: %s\n' "$before" "$after" > "${file%.tsv}.load"
            loads+=("$before" "$after")
            files+=("$file")
        done
    done
    echo "## Run $run"
    echo
    java -cp "$out/benchmarks.jar" "$main" summarise "${files[@]}"
    echo
    printf '%s\n' "${loads[@]}" | awk '{ gsub(",", "", $2); l = $2 + 0; if (min == "" || l < min) min = l; if (l > max) max = l }
        END { printf "one-minute load average before and after each fork: %s to %s\n\n", min, max }'
    all+=("${files[@]}")
done
if [ "$runs" -gt 1 ]; then
    echo "## All $runs runs"
    echo
    java -cp "$out/benchmarks.jar" "$main" summarise "${all[@]}"
fi
