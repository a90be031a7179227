#!/usr/bin/env bash
# Load test of the REST server on loopback (see docs/PERFORMANCE.md).
#
#   scripts/rest-load.sh                  # build first: mvn -B package -DskipTests
#   JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" scripts/rest-load.sh
#
# 1. starts `spinecode serve` from the shaded jar on a free loopback port, access log to a file;
# 2. warms up (POST 20 s, GET 10 s);
# 3. twice: wrk 2 threads / 50 connections / 30 s on GET /health, then on POST /v1/coding (a typical
#    encounter); prints each round's throughput ratio POST/GET, p99 latencies and non-2xx counts;
# 4. wrk 2 threads / 100 connections / 60 s on POST /v1/coding, sampling the server's RSS every 5 s;
# 5. stops the server with SIGTERM.
# Traffic goes to 127.0.0.1 only, and every wrk run is bounded in time.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-adapters-cli/target/spinecode.jar}
PORT=${PORT:-18090}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -XX:+UseSerialGC"}
DURATION=${DURATION:-30s}
SOAK_SECONDS=${SOAK_SECONDS:-60}
OUT=${OUT:-target/rest-load}
SCRIPT=scripts/rest-coding.lua

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B package -DskipTests" >&2; exit 2; }
mkdir -p "$OUT"
URL="http://127.0.0.1:$PORT"

# Same main class as `java -jar`, named so the script does not depend on the manifest.
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR" org.spinecode.cli.launch.Launcher serve --port "$PORT" \
  > "$OUT/server.out" 2> "$OUT/server.log" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "$URL/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$URL/ready" >/dev/null || { echo "server did not become ready; see $OUT/server.log" >&2; exit 1; }
echo "server pid $PID on $URL with JAVA_OPTS='$JAVA_OPTS' on $(nproc) cores"

rss() { awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$PID/status"; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
non2xx() { awk -F': ' '/Non-2xx/ {print $2; found=1} END {if (!found) print 0}' "$1"; }

echo "warming up (the JIT needs about 20 s of coding to settle)"
wrk -t2 -c50 -d20s -s "$SCRIPT" "$URL/v1/coding" > "$OUT/warmup-post.txt"
wrk -t2 -c50 -d10s "$URL/health" > "$OUT/warmup-get.txt"
echo "RSS after warm-up: $(rss)"

# Two rounds of GET then POST: the machine is shared, so one pair can be skewed by a neighbour.
for round in 1 2; do
  wrk -t2 -c50 -d"$DURATION" --latency "$URL/health" > "$OUT/get-health-$round.txt"
  wrk -t2 -c50 -d"$DURATION" --latency -s "$SCRIPT" "$URL/v1/coding" > "$OUT/post-coding-$round.txt"
  GET=$(rps "$OUT/get-health-$round.txt")
  POST=$(rps "$OUT/post-coding-$round.txt")
  echo "round $round"
  echo "  GET  /health     ${GET} req/s, p99 $(p99 "$OUT/get-health-$round.txt"), non-2xx $(non2xx "$OUT/get-health-$round.txt")"
  echo "  POST /v1/coding  ${POST} req/s, p99 $(p99 "$OUT/post-coding-$round.txt"), non-2xx $(non2xx "$OUT/post-coding-$round.txt")"
  echo "  ratio POST/GET   $(awk -v p="$POST" -v g="$GET" 'BEGIN {printf "%.2f", p / g}')"
done

echo "soak: 100 connections for ${SOAK_SECONDS}s, RSS every 5 s"
wrk -t2 -c100 -d"${SOAK_SECONDS}s" --latency -s "$SCRIPT" "$URL/v1/coding" > "$OUT/soak.txt" &
WRK=$!
: > "$OUT/rss.txt"
for t in $(seq 0 5 "$SOAK_SECONDS"); do
  echo "t=${t}s RSS $(rss)" | tee -a "$OUT/rss.txt"
  [ "$t" -lt "$SOAK_SECONDS" ] && sleep 5
done
wait $WRK
echo "soak POST /v1/coding $(rps "$OUT/soak.txt") req/s, p99 $(p99 "$OUT/soak.txt"), non-2xx $(non2xx "$OUT/soak.txt")"
echo "RSS after soak: $(rss)"
echo "access log lines: $(grep -c 'AccessLog' "$OUT/server.log")"
# Millions of lines: keep them only when asked (KEEP_LOG=1).
[ "${KEEP_LOG:-0}" = 1 ] || : > "$OUT/server.log"
