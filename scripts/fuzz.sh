#!/usr/bin/env bash
# Fuzzes each Jazzer target for a while (60 s by default), one Maven run per target.
#
#   scripts/fuzz.sh                 all targets, 60 s each
#   scripts/fuzz.sh io-json         the targets of one module
#   scripts/fuzz.sh JsonFuzzTest    one target, by its test class
#   FUZZ_SECONDS=600 scripts/fuzz.sh
#
# A finding fails the run; Jazzer stores the crashing input beside the target's seed inputs under
# src/test/resources/<package>/<TestClass>Inputs/<method>/, where plain `mvn verify` replays it from then on.
# The corpus Jazzer grows while fuzzing goes to <module>/.cifuzz-corpus/ (ignored by git).
set -euo pipefail

cd "$(dirname "$0")/.."

targets=(
  "io-json:JsonFuzzTest#readsJsonOrRejectsIt"
  "io-xml:XmlFuzzTest#readsXmlOrRejectsIt"
  "io-xml:OaiDcFuzzTest#readsOaiDcOrRejectsIt"
  "io-text:ListingFuzzTest#readsListingOrRejectsIt"
  "cli:ConvertFuzzTest#convertsToJsonOrRejects"
)
only="${1:-}"
seconds="${FUZZ_SECONDS:-60}"

failed=()
ran=0
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  if [[ -n "$only" && "$only" != "$module" && "$only" != "$test" && "$only" != "${test%%#*}" ]]; then
    continue
  fi
  ran=$((ran + 1))
  echo "== fuzzing $test in $module for ${seconds} s"
  # -am builds the modules the target needs from this tree (the other modules run no test: -Dtest names one).
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" mvn -B test -pl "$module" -am \
      -Djazzer.max_duration="${seconds}s" -Dmaven.javadoc.skip=true \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
      -Dsurefire.redirectTestOutputToFile=false; then
    failed+=("$test")
  fi
done

if (( ran == 0 )); then
  echo "no fuzz target matches '$only'" >&2
  exit 2
fi
if (( ${#failed[@]} )); then
  echo "findings in: ${failed[*]}" >&2
  exit 1
fi
echo "no findings"
