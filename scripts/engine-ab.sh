#!/usr/bin/env bash
# The engine of two or more builds, timed in turns in one JVM (see docs/PERFORMANCE.md, "Engine A/B").
#
#   scripts/engine-ab.sh base/benchmarks.jar benchmarks/target/benchmarks.jar
#   MIX=REALISTIC ROUNDS=40 scripts/engine-ab.sh a.jar b.jar c.jar
#
# Each argument is a benchmarks jar (mvn -B -DskipTests package -pl benchmarks -am) of one build.
# Machine noise on the shared cores comes in spells of seconds to minutes that separate JMH forks
# run one after another by 20% or more; slices taken in rotation in one JVM share them. Copies of
# one jar differ by up to about 4% (each compiles on its own), so compare figures beyond that.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BASE.jar OTHER.jar..." >&2; exit 2; }
for jar in "$@"; do [ -f "$jar" ] || { echo "$jar is missing" >&2; exit 2; }; done
here="$(cd "$(dirname "$0")" && pwd)"
loops="$(mktemp -d)"
trap 'rm -rf "$loops"' EXIT
javac -d "$loops" -cp "$1" "$here/engine-ab/Loop.java"
java -Xms1g -Xmx1g -Dmix="${MIX:-TWO_PROCEDURES}" -Drounds="${ROUNDS:-30}" -Dloops="$loops" \
  "$here/engine-ab/EngineAB.java" "$@"
