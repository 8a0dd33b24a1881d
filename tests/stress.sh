#!/bin/sh
# The product tests (the workbench under Xvfb, the diagram editors in chromium, the command line) run
# RUNS times in a row (default 5) while two other processes keep both cores busy, as on a loaded 2-core
# machine. A test that waits a fixed time instead of for a state, or too short a time, fails here.
# Needs the product built (./mvnw verify once); prints one line per run and exits 1 when any run failed.
#   tests/stress.sh [RUNS]
cd "$(dirname "$0")/.." || exit 2
runs=${1:-5}
product=releng/org.verkstad.product/target/products/org.verkstad.product/linux/gtk/x86_64/verkstad
[ -x "$product/verkstad.sh" ] || { echo "tests/stress.sh needs the product: ./mvnw verify first" >&2; exit 2; }
busy=""
for core in 1 2; do
  sh -c 'while :; do :; done' &
  busy="$busy $!"
done
trap 'kill $busy 2>/dev/null' EXIT INT TERM
failed=0
for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  log="tests/org.verkstad.product.tests/target/stress-$run.log"
  mkdir -p "$(dirname "$log")"
  if ./mvnw -B -o verify -pl tests/org.verkstad.product.tests > "$log" 2>&1; then
    result=passed
  else
    result="FAILED (see $log)"
    failed=$((failed + 1))
  fi
  echo "stress run $run/$runs: $result in $(( $(date +%s) - start )) s, both cores busy"
done
echo "$((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
