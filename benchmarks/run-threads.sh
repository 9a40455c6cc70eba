#!/usr/bin/env bash
# Whole-process runs of --threads: generates COUNT synthetic reports as JSON once, then for each of
#   reportmeta convert JSON --to xml,  convert JSON --to oai_dc,  and  validate JSON
# and each heap limit, checks that --threads 1 and every other thread count write the same bytes (output, standard
# error, exit code; cmp), then times them against each other with hyperfine (or GNU time when hyperfine is
# missing). Prints markdown tables on standard output (hyperfine's "Relative" column is the speed-up); progress goes
# to standard error. The goal of issue 18: --threads 2 at most 1/1.6 of the wall time of --threads 1 on 2 cores.
#
# Needs: a built cli/target/reportmeta.jar (mvn -B -q package -DskipTests -pl cli -am) and hyperfine
# (`apt-get install hyperfine`) or GNU time (`apt-get install time`). Each timed comparison waits for a quiet machine
# (benchmarks/quiet.sh: load <= MAX_LOAD, no other JVM or compiler; exit 3 if it stays busy, FORCE=1 to measure anyway).
#
# Usage: benchmarks/run-threads.sh [COUNT]          (default: 1000000)
#        THREADS="1 2" HEAPS="-Xmx64m -Xmx128m" RUNS=3 COMMANDS="convert-xml convert-oai_dc validate" JVM_OPTS=-XX:+UseSerialGC
# JAR=path runs another jar. Files go under ${WORK:-/tmp/reportmeta-threads} (1,000,000 reports are about 4.3 GB of JSON); KEEP=1 keeps them.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=quiet.sh
. "$here/benchmarks/quiet.sh"
jar=${JAR:-$here/cli/target/reportmeta.jar}
work=${WORK:-/tmp/reportmeta-threads}
count=${1:-1000000}
threads=${THREADS:-1 2}
heaps=${HEAPS:--Xmx64m -Xmx128m}
runs=${RUNS:-3}
jvm=${JVM_OPTS:-}
commands=${COMMANDS:-convert-xml convert-oai_dc validate}

[ -f "$jar" ] || { echo "run-threads: $jar is missing; build it with: mvn -B -q package -DskipTests -pl cli -am" >&2; exit 2; }
timer=hyperfine
if ! command -v hyperfine >/dev/null; then
    [ -x /usr/bin/time ] || { echo "run-threads: needs hyperfine or GNU time: apt-get install hyperfine" >&2; exit 2; }
    timer=time
fi
mkdir -p "$work"
# run a copy, so that rebuilding the jar during a long run cannot change or break it
cp "$jar" "$work/reportmeta.jar"
jar="$work/reportmeta.jar"
json="$work/reports-$count.json"

echo "run-threads: $(cat /proc/loadavg) (load average, 1, 5, 15 minutes), $(nproc) processors" >&2
if [ ! -f "$json" ]; then
    echo "run-threads: generating $count reports" >&2
    java -Xmx128m -XX:+UseSerialGC -jar "$jar" generate --count "$count" --to json -o "$json"
fi

# args COMMAND : the reportmeta arguments of a command label, writing to standard output
args() {
    case $1 in
        convert-xml) echo "convert $json --to xml" ;;
        convert-oai_dc) echo "convert $json --to oai_dc" ;;
        validate) echo "validate $json" ;;
        *) echo "run-threads: unknown command $1" >&2; exit 2 ;;
    esac
}

failed=0
for c in $commands; do
    for heap in $heaps; do
        base=""
        for t in $threads; do
            out="$work/out-$c$heap-t$t"
            echo "run-threads: $c $heap --threads $t: checking output" >&2
            set +e
            # shellcheck disable=SC2046
            java "$heap" $jvm -jar "$jar" $(args "$c") --threads "$t" >"$out.stdout" 2>"$out.stderr"
            echo $? >"$out.exit"
            set -e
            if [ -z "$base" ]; then
                base=$out
            else
                for part in stdout stderr exit; do
                    if ! cmp -s "$base.$part" "$out.$part"; then
                        echo "run-threads: $c $heap: --threads $t differs from the first in $part" >&2
                        failed=1
                    fi
                done
            fi
        done
        rm -f "$work"/out-"$c$heap"-t*.stdout
        echo >&2
        quiet_or_die run-threads
        echo "### $c, $heap, $(printf "%'d" "$count") reports, before: $(load_now)"
        echo
        if [ $timer = hyperfine ]; then
            cmds=()
            for t in $threads; do
                cmds+=("java $heap $jvm -jar $jar $(args "$c") --threads $t")
            done
            hyperfine --runs "$runs" --ignore-failure --style basic --output null \
                --export-markdown "$work/hyperfine-$c$heap.md" "${cmds[@]}" >&2
            cat "$work/hyperfine-$c$heap.md"
            echo
            echo "after: $(load_now)"
        else
            echo "| threads | wall (m:ss) | CPU (s) | peak RSS (MiB) |"
            echo "|---:|---:|---:|---:|"
            for t in $threads; do
                log="$work/time-$c$heap-t$t.txt"
                # shellcheck disable=SC2046
                /usr/bin/time -v -o "$log" java "$heap" $jvm -jar "$jar" $(args "$c") --threads "$t" >/dev/null 2>&1 || true
                wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
                user=$(sed -n 's/.*User time (seconds): //p' "$log")
                sys=$(sed -n 's/.*System time (seconds): //p' "$log")
                rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
                echo "| $t | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') | $((rss / 1024)) |"
            done
            echo
            echo "after: $(load_now)"
        fi
        echo
    done
done

[ "${KEEP:-0}" = 1 ] || rm -f "$json"
if [ $failed = 1 ]; then
    echo "run-threads: outputs differ between thread counts (files under $work)" >&2
fi
exit $failed
