#!/usr/bin/env bash
# The measuring protocol of docs/performance.md: runs every JMH benchmark in ROUNDS rounds (default 2) on a quiet
# machine; in each round ours and its baseline run one after the other in the same JMH run (own forks,
# -XX:+UseSerialGC, one thread, -prof gc), so that both see the same machine. Then prints the ratios
# ours/baseline per round, their medians and the spread between rounds (io.github.reportmeta.benchmarks.Ratios).
#
# Quiet means: one-minute load average <= MAX_LOAD (1.0) and no other JVM, Maven or compiler running, checked
# before every round (the script waits up to QUIET_WAIT=300 s, then gives up with exit code 3; FORCE=1 measures
# anyway and marks the figures FORCED). The load and the CPU stolen by the hypervisor, before and after each round,
# go to round-N.load beside round-N.json, and Ratios prints them.
#
# Needs benchmarks/target/benchmarks.jar: mvn -B -q package -DskipTests -pl benchmarks -am
# Usage: benchmarks/run-jmh.sh [benchmark regexp] [extra JMH options]
#        default: every class, -f 3 -wi 3 -w 1 -i 4 -r 1 (JMH_OPTS overrides these)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=quiet.sh
. "$here/quiet.sh"
out=${OUT:-/tmp/reportmeta-jmh}
rounds=${ROUNDS:-2}
pattern='JsonBenchmark|XmlBenchmark|OaiDcBenchmark|ValidationBenchmark'
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    pattern=$1
    shift
fi
read -r -a protocol <<< "${JMH_OPTS:--f 3 -wi 3 -w 1 -i 4 -r 1}"
mkdir -p "$out"
# run a copy, so that rebuilding the jar during the run cannot change or break it
cp "$here/target/benchmarks.jar" "$out/benchmarks.jar"
files=()
for r in $(seq 1 "$rounds"); do
    quiet_or_die run-jmh
    echo "run-jmh: round $r of $rounds, $(load_now)" >&2
    before=$(load_now)
    java -jar "$out/benchmarks.jar" "$pattern" "${protocol[@]}" \
        -prof gc -rf json -rff "$out/round-$r.json" "$@" > "$out/round-$r.txt"
    printf 'before: %s\nafter: %s\n' "$before" "$(load_now)" > "$out/round-$r.load"
    files+=("$out/round-$r.json")
done
java -cp "$out/benchmarks.jar" io.github.reportmeta.benchmarks.Ratios "${files[@]}"
