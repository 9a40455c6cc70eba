#!/usr/bin/env bash
# What a second core gives on this machine, whatever the program: each command with --threads 1 alone, then two
# copies of it at the same time, timed with hyperfine. If the two processors were independent cores, the pair would
# take as long as one alone; "scaling" = 2 × (time alone) / (time of the pair) is 2.0 then, and 1.0 if the two
# processors were one core's hyperthreads fully sharing it. Issue 18's --threads goal (1.6× on 2 cores) is only
# reachable where this scaling is above 1.6. `sha256sum` of the same file is the control: no JVM, no collector,
# one thread.
#
# Needs: a built cli/target/reportmeta.jar (mvn -B -q package -DskipTests -pl cli -am), hyperfine and python3. Waits for a
# quiet machine before each comparison (benchmarks/quiet.sh).
#
# Usage: benchmarks/run-cores.sh [COUNT]   (default 200000; COMMANDS="sha256 convert-xml validate" RUNS=3
#        JVM_OPTS="-Xmx64m -XX:+UseSerialGC"; files under ${WORK:-/tmp/reportmeta-cores}, KEEP=1 keeps them)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=quiet.sh
. "$here/benchmarks/quiet.sh"
jar=${JAR:-$here/cli/target/reportmeta.jar}
work=${WORK:-/tmp/reportmeta-cores}
count=${1:-200000}
runs=${RUNS:-3}
jvm=${JVM_OPTS:--Xmx64m -XX:+UseSerialGC}
commands=${COMMANDS:-sha256 convert-xml validate}

[ -f "$jar" ] || { echo "run-cores: $jar is missing; build it with: mvn -B -q package -DskipTests -pl cli -am" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "run-cores: needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
mkdir -p "$work"
cp "$jar" "$work/reportmeta.jar"
jar="$work/reportmeta.jar"
json="$work/reports-$count.json"
if [ ! -f "$json" ]; then
    echo "run-cores: generating $count reports" >&2
    java -Xmx128m -XX:+UseSerialGC -jar "$jar" generate --count "$count" --to json -o "$json"
fi

one() {
    case $1 in
        sha256) echo "sha256sum $json" ;;
        convert-xml) echo "java $jvm -jar $jar convert $json --to xml --threads 1" ;;
        validate) echo "java $jvm -jar $jar validate $json --threads 1" ;;
        *) echo "run-cores: unknown command $1" >&2; exit 2 ;;
    esac
}

echo "| command | one alone (s) | two at once (s) | scaling | load before → after |"
echo "|---|---:|---:|---:|---|"
for c in $commands; do
    cmd=$(one "$c")
    quiet_or_die run-cores
    before=$(load_now)
    hyperfine --runs "$runs" --warmup 1 --ignore-failure --style basic --output null \
        --export-json "$work/cores-$c.json" "$cmd" "sh -c '$cmd & $cmd & wait'" >&2
    after=$(load_now)
    python3 - "$work/cores-$c.json" "$c" "$before" "$after" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
alone, pair = results[0]["mean"], results[1]["mean"]
print(f"| {sys.argv[2]} | {alone:.2f} | {pair:.2f} | {2 * alone / pair:.2f} | {sys.argv[3]} → {sys.argv[4]} |")
PY
done
[ "${KEEP:-0}" = 1 ] || rm -f "$json"
