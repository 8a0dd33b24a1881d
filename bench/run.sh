#!/bin/sh
# The benchmarks (the *Benchmark classes, run instead of the tests with -Pbench, heap limited to 200 MB):
#  - load + validate a generated 5,000-element process map from XMI (targets: < 1 s, < 200 MB heap)
#  - parse + link + validate 10,000+ lines of text, against loading the same model from XMI
#    (targets: < 1 s, at most 3x the XMI load)
#  - export: a 200-activity process map from text to SVG against PlantUML drawing the same as an
#    activity diagram (target: at most half PlantUML's time), and 120 models to PDF (target < 30 s)
# Prints one BENCHMARK line each; then the diagram benchmark in chromium (browser/bench.mjs).
cd "$(dirname "$0")/.." || exit 2
./mvnw -B verify -Pbench -pl '!tests/org.verkstad.product.tests,!releng/org.verkstad.product' 2>&1 | grep -E "BENCHMARK|BUILD|ERROR"
# the diagram editors in Debian's chromium against the built product: page load to a drawn
# 500-activity map (target < 1 s) and the round trip of a move (target < 50 ms)
product=releng/org.verkstad.product/target/products/org.verkstad.product/linux/gtk/x86_64/verkstad
if [ -x "$product/verkstad.sh" ]; then
  (cd tests/org.verkstad.product.tests/browser && npm ci --no-audit --no-fund >/dev/null 2>&1 &&
    VERKSTAD_PRODUCT="$PWD/../../../$product" node bench.mjs | grep BENCHMARK)
else
  echo "the diagram benchmark needs the product: ./mvnw verify first"
fi
# the workbench's cold start to a drawn diagram (target < 4 s); needs an X server (starts Xvfb when DISPLAY is unset)
if [ -x "$product/verkstad.sh" ]; then
  sh bench/startup.sh
fi
