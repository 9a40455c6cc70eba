#!/usr/bin/env bash
# Runs every JMH benchmark in ROUNDS rounds (default 3); in each round ours and its baseline run one after the
# other in the same JMH run (own forks, -XX:+UseSerialGC, one thread, -prof gc), so that both see the same load.
# Then prints the ratios ours/baseline per round and their medians (io.github.reportmeta.benchmarks.Ratios).
#
# Needs benchmarks/target/benchmarks.jar: mvn -B -q package -DskipTests -pl benchmarks -am
# Usage: benchmarks/run-jmh.sh [extra JMH options, e.g. -f 2 -wi 3 -i 5]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${OUT:-/tmp/reportmeta-jmh}
rounds=${ROUNDS:-3}
mkdir -p "$out"
cp "$here/target/benchmarks.jar" "$out/benchmarks.jar"
files=()
for r in $(seq 1 "$rounds"); do
    echo "run-jmh: round $r of $rounds" >&2
    java -jar "$out/benchmarks.jar" 'JsonBenchmark|XmlBenchmark|OaiDcBenchmark|ValidationBenchmark' \
        -prof gc -rf json -rff "$out/round-$r.json" "$@" > "$out/round-$r.txt"
    files+=("$out/round-$r.json")
done
java -cp "$out/benchmarks.jar" io.github.reportmeta.benchmarks.Ratios "${files[@]}"
