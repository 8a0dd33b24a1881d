#!/bin/sh
# The workbench's start-up benchmark: from starting verkstad.sh until the window shows the as-is
# process map's diagram (its page's own "drawn" flag), median of 5 starts after one that creates the
# workspace and the class archive (target < 4 s); the first start is reported on its own line. Needs
# the built product and an X server (Xvfb is started when DISPLAY is unset). With FILE it opens that
# model instead (e.g. a large one made by bench/generate.py: how opening grows with the model).
#   bench/startup.sh [FILE]
cd "$(dirname "$0")/.." || exit 2
product=releng/org.verkstad.product/target/products/org.verkstad.product/linux/gtk/x86_64/verkstad
[ -x "$product/verkstad.sh" ] || { echo "the start-up benchmark needs the product: ./mvnw verify first"; exit 2; }
if [ -z "$DISPLAY" ]; then
  Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:93
  sleep 1
fi
workspace=$(mktemp -d)
# a cache of its own: the first start writes the class archive (see verkstad.sh) that the others map
cache=$(mktemp -d)
model=$(realpath "${1:-examples/bygglov-nulage.process}")
times=""
target=" (target < 4000 ms)"
[ -n "$1" ] && target=""
for run in 0 1 2 3 4 5; do
  start=$(date +%s%3N)
  drawn=$(XDG_CACHE_HOME="$cache" VERKSTAD_WORKSPACE="$workspace" JAVA_TOOL_OPTIONS="-Dverkstad.benchmark.startup=$model" \
    timeout 120 "$product/verkstad.sh" 2>/dev/null | sed -n 's/^STARTUP \([0-9]*\)$/\1/p')
  if [ -z "$drawn" ]; then
    echo "BENCHMARK workbench.startup: run $run drew no diagram"
    continue
  fi
  if [ "$run" -gt 0 ]; then times="$times $((drawn - start))"; else first=$((drawn - start)); fi
done
rm -rf "$workspace" "$cache"
[ -n "$first" ] && echo "BENCHMARK workbench.firstStart: $first ms (a new workspace and no class archive yet)"
[ -n "$xvfb" ] && kill "$xvfb"
echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "BENCHMARK workbench.startup: median %d ms (min %d, max %d) from starting verkstad.sh to the window with %s drawn, %d starts%s\n", a[int((NR+1)/2)], a[1], a[NR], m, NR, t}' m="$(basename "$model")" t="$target"
