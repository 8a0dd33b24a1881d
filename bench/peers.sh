#!/bin/sh
# Verkstad against PlantUML and bpmn-js in one run, in interleaved pairs (issue 22): the command line's
# start, a whole export command, and the first draw of a large map in chromium. Needs the built product
# (./mvnw verify, or the quick product build in docs/development.md), Java, node and Debian's chromium.
# Prints BENCHMARK lines: the medians, their ratio, the spread of the pairs' ratios and the load.
#   sh bench/peers.sh            PAIRS=11 sh bench/peers.sh
cd "$(dirname "$0")/.." || exit 2
product=$PWD/releng/org.verkstad.product/target/products/org.verkstad.product/linux/gtk/x86_64/verkstad
if [ ! -x "$product/verkstad.sh" ]; then
  echo "the peers benchmark needs the product: ./mvnw verify first"
  exit 2
fi
cd tests/org.verkstad.product.tests/browser && npm ci --no-audit --no-fund >/dev/null 2>&1 &&
  VERKSTAD_PRODUCT="$product" node peers.mjs
