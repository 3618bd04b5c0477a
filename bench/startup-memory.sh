#!/usr/bin/env bash
# Time to ready and resident memory of each service started alone (DESIGN.md: ready in about 2 s, well under
# 200 MB). Needs the services packaged (./mvnw package -DskipTests) and the databases of ./anju run.
# Prints one line per service: seconds to /q/health/ready, Quarkus' own "started in", RSS idle, RSS after 5 s of wrk reads.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
printf '%-20s %10s %12s %10s %14s\n' service ready_s started_in rss_idle_mb rss_loaded_mb
for entry in registry-service:8083 permits-service:8081 inspections-service:8082 gateway:8080; do
    mod=${entry%%:*}; port=${entry##*:}
    if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then
        echo "port $port is busy: stop the running system first (./anju stop)" >&2; exit 1
    fi
    log=$(mktemp)
    start=$(date +%s.%N)
    # the gateway needs a signing key; a development one is fine for a measurement
    ANJU_JWT_DEV_KEY_GENERATE=true java $JAVA_OPTS -jar "$mod/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
    pid=$!
    until curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
        kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
        sleep 0.05
    done
    ready=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 2
    idle=$(( $(ps -o rss= -p $pid) / 1024 ))
    wrk -t1 -c4 -d5s "http://localhost:$port/api/v1/divisions/369901100000" >/dev/null
    loaded=$(( $(ps -o rss= -p $pid) / 1024 ))
    started=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | awk '{print $3}')
    printf '%-20s %10.2f %12s %10s %14s\n' "$mod" "$ready" "$started" "$idle" "$loaded"
    kill $pid; wait $pid 2>/dev/null || true
    rm -f "$log"
done
