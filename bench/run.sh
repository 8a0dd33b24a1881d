#!/bin/sh
# The benchmarks (the *Benchmark classes, run instead of the tests with -Pbench, heap limited to 200 MB):
#  - load + validate a generated 5,000-element process map from XMI (targets: < 1 s, < 200 MB heap)
#  - parse + link + validate 10,000+ lines of text, against loading the same model from XMI
#    (targets: < 1 s, at most 3x the XMI load)
# Prints one BENCHMARK line each.
cd "$(dirname "$0")/.." || exit 2
./mvnw -B verify -Pbench -pl '!tests/org.verkstad.product.tests,!releng/org.verkstad.product' 2>&1 | grep -E "BENCHMARK|BUILD|ERROR"
