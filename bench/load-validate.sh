#!/bin/sh
# Benchmark: load and validate a generated 5,000-element process map (XMI), in a JVM limited to 200 MB heap.
# Prints the BENCHMARK line (median/min/max time, heap used). Target: under 1 s and under 200 MB.
cd "$(dirname "$0")/.." || exit 2
./mvnw -B verify -Pbench -pl '!tests/org.verkstad.product.tests,!releng/org.verkstad.product' 2>&1 | grep -E "BENCHMARK|BUILD|ERROR"
