#!/usr/bin/env bash
# The large local run of docs/spark.md: generates COUNT reports (default 1,000,000) in SHARDS shards of JSON Lines,
# validates them with the command line and with ReportJob in local[2], converts them to XML with both, compares
# the counts and the converted files byte for byte, and prints each step's wall time with the load average
# before and after. Run from anywhere after `mvn install` of the other modules; needs no network.
set -euo pipefail
cd "$(dirname "$0")"

COUNT=${COUNT:-1000000}
SHARDS=${SHARDS:-4}
MASTER=${MASTER:-local[2]}
WORK=${WORK:-$(mktemp -d -t reportmeta-spark-XXXXXX)}
HEAP=${HEAP:-3g}

# The JVM options Spark 4 needs on Java 17, as in this module's pom (spark.jvm.options) and docs/spark.md.
SPARK_JVM_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
 --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
cli() { java -Xmx"$HEAP" -cp "$CP" io.github.reportmeta.cli.Main "$@"; }
job() {
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" $SPARK_JVM_OPTIONS -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
    -Dspark.driver.bindAddress=127.0.0.1 -Dlog4j2.level=warn -cp "$CP" io.github.reportmeta.spark.ReportJob "$@"
}
step() {
  local name=$1; shift
  local load0 t0 t1
  load0=$(cat /proc/loadavg)
  t0=$(date +%s.%N)
  "$@"
  t1=$(date +%s.%N)
  printf '%s: %.1f s (loadavg before: %s; after: %s)\n' "$name" "$(echo "$t1 - $t0" | bc)" "$load0" "$(cat /proc/loadavg)" >&2
}

echo "work directory: $WORK; $COUNT reports in $SHARDS shards; master $MASTER; $(nproc) cores" >&2
mkdir -p "$WORK/in" "$WORK/cli-xml"
for i in $(seq 0 $((SHARDS - 1))); do
  step "generate shard $i" cli generate --count $((COUNT / SHARDS)) --seed $((i + 1)) --to jsonl -o "$WORK/in/shard-$i.jsonl"
done

# Validation exits with 1 when it finds errors; that is a result here, not a failure of the run.
cli_validate() { cli validate --report json "$WORK"/in/*.jsonl > "$WORK/cli-validate.json" || [ $? -eq 1 ]; }
job_validate() { job validate --master "$MASTER" "$WORK/in" "$WORK/spark-problems" > "$WORK/spark-validate.txt" 2> "$WORK/spark-validate.log" || [ $? -eq 1 ]; }
cli_convert() { for f in "$WORK"/in/*.jsonl; do cli convert --to xml -o "$WORK/cli-xml/$(basename "$f" .jsonl).xml" "$f"; done; }
job_convert() { job convert --to xml --master "$MASTER" "$WORK/in" "$WORK/spark-xml" 2> "$WORK/spark-convert.log"; }

step "cli validate" cli_validate
step "spark validate ($MASTER)" job_validate
step "cli convert to xml (shard after shard)" cli_convert
step "spark convert to xml ($MASTER)" job_convert

cli_counts=$(grep -o '"reports":[0-9]*,"errors":[0-9]*,"warnings":[0-9]*' "$WORK/cli-validate.json" | head -1 \
  | sed 's/"reports":/reports=/; s/,"errors":/ errors=/; s/,"warnings":/ warnings=/')
spark_counts=$(tail -1 "$WORK/spark-validate.txt")
same=yes
for f in "$WORK"/cli-xml/*.xml; do
  name=$(basename "$f" .xml)
  cmp -s "$f" "$WORK"/spark-xml/part-*-"$name".xml || { same=no; echo "differs: $name" >&2; }
done
echo "cli:   $cli_counts"
echo "spark: $spark_counts"
echo "converted files identical to the command line's: $same"
[ "$cli_counts" = "$spark_counts" ] && [ "$same" = yes ]
