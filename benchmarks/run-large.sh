#!/usr/bin/env bash
# Whole-process runs: generates 100,000 and 1,000,000 synthetic reports as JSON, then runs
#   reportmeta convert  JSON -> oai_dc,  JSON -> xml,  and  reportmeta validate
# on each with the JVM held to -Xmx64m, recording wall time, CPU time (user + system) and peak resident memory
# with GNU time (/usr/bin/time -v). Prints a markdown table on standard output; progress goes to standard error.
#
# Needs: a built cli/target/reportmeta.jar (mvn -B -q package -DskipTests -pl cli -am) and GNU time, which is
# not always installed: on Debian/Ubuntu `apt-get install time`.
#
# Usage: benchmarks/run-large.sh [COUNT...]       (default: 100000 1000000)
#        COMMANDS="validate" benchmarks/run-large.sh   runs only some of convert-oai_dc, convert-xml, validate
# Files go under ${WORK:-/tmp/reportmeta-large} (1,000,000 reports are about 3 GB of JSON); set KEEP=1 to keep them.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/cli/target/reportmeta.jar"
work=${WORK:-/tmp/reportmeta-large}
heap=${HEAP:--Xmx64m}
commands=${COMMANDS:-convert-oai_dc convert-xml validate}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

[ -f "$jar" ] || { echo "run-large: $jar is missing; build it with: mvn -B -q package -DskipTests -pl cli -am" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run-large: GNU time is missing; install it with: apt-get install time" >&2; exit 2; }
mkdir -p "$work"
# run a copy, so that rebuilding the jar during a long run cannot change or break it
cp "$jar" "$work/reportmeta.jar"
jar="$work/reportmeta.jar"

# run LABEL COUNT ARGS... : runs java with the heap limit, appends a table row
rows=()
run() {
    local label=$1 count=$2; shift 2
    local log="$work/time-$label-$count.txt"
    echo "run-large: $label, $count reports" >&2
    local status
    # convert prints a warning line per lost field (millions of lines for oai_dc): keep only the last ones
    /usr/bin/time -v -o "$log" java "$heap" -XX:+UseSerialGC -jar "$jar" "$@" 2>&1 | tail -n 20 >"$work/out-$label-$count.txt"
    status=${PIPESTATUS[0]}
    local wall user sys rss cpu
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    user=$(sed -n 's/.*User time (seconds): //p' "$log")
    sys=$(sed -n 's/.*System time (seconds): //p' "$log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    rows+=("| $label | $(printf "%'d" "$count") | $wall | $cpu | $((rss / 1024)) | $status |")
    eval "rss_${label//[^a-z]/_}_$count=$rss"
}

for n in "${counts[@]}"; do
    json="$work/reports-$n.json"
    echo "run-large: generating $n reports" >&2
    /usr/bin/time -v -o "$work/time-generate-$n.txt" java "$heap" -XX:+UseSerialGC -jar "$jar" generate --count "$n" --to json -o "$json"
    for c in $commands; do
        case $c in
            convert-oai_dc) run "$c" "$n" convert "$json" --to oai_dc -o "$work/reports-$n.oai_dc.xml" ;;
            convert-xml) run "$c" "$n" convert "$json" --to xml -o "$work/reports-$n.xml" ;;
            validate) run "$c" "$n" validate "$json" ;;
            *) echo "run-large: unknown command $c" >&2; exit 2 ;;
        esac
    done
    [ "${KEEP:-0}" = 1 ] || rm -f "$json" "$work/reports-$n.oai_dc.xml" "$work/reports-$n.xml"
done

echo "| command | reports | wall (m:ss) | CPU (s) | peak RSS (MiB) | exit |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"

# Peak memory of the largest run against the smallest, per command: must stay within 10 % (issue 18).
if [ ${#counts[@]} -ge 2 ]; then
    small=${counts[0]} large=${counts[${#counts[@]}-1]} failed=0
    echo
    for c in $commands; do
        label=${c//[^a-z]/_}
        a=$(eval echo "\$rss_${label}_$small") b=$(eval echo "\$rss_${label}_$large")
        growth=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
        verdict=ok
        awk -v a="$a" -v b="$b" 'BEGIN { exit !(b > a * 1.10) }' && { verdict="OVER 10 %"; failed=1; }
        echo "- $c: peak RSS $((a / 1024)) MiB at $small, $((b / 1024)) MiB at $large ($growth %): $verdict"
    done
    exit $failed
fi
