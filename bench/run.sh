#!/usr/bin/env bash
# Benchmark of the main job (not part of mvn verify). Prints the number of cases, the wall time
# of `./conformance run` cold (empty fixtures store) and warm, both including JVM start, then
# in-process figures: fixture generation cold and warm, the client suites against a bare JSSE
# handshake loop doing the same number of handshakes, and their ratio.
#   bench/run.sh [ROUNDS]     (default 5 warm rounds)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
cd "$home"
./conformance --version >/dev/null   # builds the jar if needed, outside the timings

store="$(mktemp -d)"; reports="$(mktemp -d)"
trap 'rm -rf "$store" "$reports"' EXIT

wall() { # prints the seconds the command took
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))e-3"
}

cold=$(wall ./conformance run --fixtures "$store" --report-dir "$reports")
cases=$(python3 -c "import json,sys; print(json.load(open('$reports/latest/report.json'))['summary']['total'])")
best=""
for _ in $(seq "$rounds"); do
  t=$(wall ./conformance run --fixtures "$store" --report-dir "$reports")
  if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $t < $best else 1)"; then best=$t; fi
done
printf 'main job (./conformance run, JVM start included): %s cases, cold %.2f s, warm best of %s %.2f s\n' \
  "$cases" "$cold" "$rounds" "$best"
java -cp suites/target/conformance.jar dev.resync.conformance.bench.HandshakeBench "$rounds"
