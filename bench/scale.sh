#!/bin/sh
# How the whole commands grow with the size of a model: validate, format and export (SVG) of a generated
# model of 5,000, 10,000, 20,000 and 50,000 elements per notation, each timed as a user runs it.
# Prints a BENCHMARK line per run and, per notation and command, the growth factor from 5k to 50k
# elements divided by 10, of the time after the program's start (1.0 is linear; quadratic work shows
# about 10).
# Target (issue 15): every command under 10 s at 50k elements on a 2-core machine.
# A diagram shows at most 10,000 elements (DiagramBuilder.MAX_DRAWN): export is timed at 2,500, 5,000 and
# 9,500 elements, and at 50,000, where it is refused with a message.
# Opening a diagram (the diagram server of `serve` and of the workbench's editor, drawn in Debian's
# chromium) is timed at 1,000, 2,500, 5,000 and 9,500 elements by tests/org.verkstad.product.tests/browser/scale-open.mjs.
#   bench/scale.sh [SIZES] [NOTATIONS] [EXPORT_SIZES] [OPEN_SIZES]   e.g. bench/scale.sh "5000 50000" "swot boxes"
cd "$(dirname "$0")/.." || exit 2
product=releng/org.verkstad.product/target/products/org.verkstad.product/linux/gtk/x86_64/verkstad
[ -x "$product/verkstad.sh" ] || { echo "bench/scale.sh needs the product: ./mvnw verify first" >&2; exit 2; }
sizes=${1:-"5000 10000 20000 50000"}
notations=${2:-"process journey swot boxes"}
export_sizes=${3:-"2500 5000 9500 50000"}
open_sizes=${4:-"1000 2500 5000 9500"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { # runs a command, prints its wall time in seconds
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.2f", $2 - $1 }'
}
# the start of the program, which every command pays whatever the model: the growth is of what is left
floor=$(seconds "$product/verkstad.sh" --version)
echo "BENCHMARK scale start (verkstad --version): $floor s"
for notation in $notations; do
  for command in validate format export; do
    first=""; last=""; first_n=""; last_n=""
    if [ "$command" = export ]; then runs=$export_sizes; else runs=$sizes; fi
    for n in $runs; do
      dir="$work/$notation-$n"
      mkdir -p "$dir"
      python3 bench/generate.py "$notation" "$n" > "$dir/model.$notation"
      case $command in
        validate) t=$(seconds "$product/verkstad.sh" validate "$dir/model.$notation") ;;
        format) t=$(seconds "$product/verkstad.sh" format "$dir/model.$notation") ;;
        export) t=$(seconds "$product/verkstad.sh" export --format svg --out "$dir" "$dir/model.$notation") ;;
      esac
      echo "BENCHMARK scale $notation $command $n elements: $t s"
      [ "$command" = export ] && [ "$n" -gt 10000 ] && continue # refused: not part of the growth
      [ -z "$first" ] && { first=$t; first_n=$n; }
      last=$t; last_n=$n
    done
    if [ "$first_n" != "$last_n" ]; then
      echo "$first $last $first_n $last_n $floor" | awk -v nt="$notation" -v c="$command" \
        '{ a = $1 - $5; b = $2 - $5; if (a < 0.05) a = 0.05;
           printf "BENCHMARK scale %s %s growth %gk->%gk: %.2f (work after the start; 1.0 is linear)\n", nt, c, $3/1000, $4/1000, (b/a)/($4/$3) }'
    fi
  done
done
# opening in the diagram editor (needs node and chromium, as the browser tests do)
(cd tests/org.verkstad.product.tests/browser && npm ci --no-audit --no-fund >/dev/null 2>&1 &&
  VERKSTAD_PRODUCT="$PWD/../../../$product" VERKSTAD_ARTIFACTS="$work/open" node scale-open.mjs "$open_sizes" "$notations" |
  grep BENCHMARK) || echo "bench/scale.sh: opening the diagrams was not timed (node and chromium are needed)"
