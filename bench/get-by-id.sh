#!/usr/bin/env bash
# A single-record GET against what PostgreSQL itself serves (DESIGN.md section 9: "a good fraction of pgbench -S").
# Needs the system running with demo data (./anju run). Prints requests/s and p99 of each service's GET-by-id next to
# pgbench -S on a scratch database, and the ratio. Figures are for comparison within one run on one machine.
# Also prints the service's CPU time per request (from /proc), which a busy machine disturbs far less than req/s.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
login() {
    curl -fs localhost:8080/api/v1/auth/login -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"anju-demo-2026\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
TOKEN=$(login admin.county)
CREW=$(curl -fs "localhost:8083/api/v1/crews?limit=1" -H "Authorization: Bearer $TOKEN" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
PERMIT=$(curl -fs "localhost:8081/api/v1/permits?limit=1" -H "Authorization: Bearer $TOKEN" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() {
    local out pid t0 t1
    pid=$(cat ".run/$3.pid" 2>/dev/null || echo "")
    [ -n "$pid" ] && t0=$(cpu_ticks "$pid")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2")
    local rps p99 n cpu="n/a"
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    if [ -n "$pid" ]; then
        t1=$(cpu_ticks "$pid")
        cpu=$(echo "scale=3; ($t1 - $t0) * 1000 / $(getconf CLK_TCK) / $n" | bc -l)
    fi
    printf '%-34s %10s req/s   p99 %-9s %6s ms CPU/request\n' "$1" "$rps" "$p99" "$cpu"
    echo "$rps"
}

psql -h 127.0.0.1 -U postgres -qc 'drop database if exists anju_pgbench' -c 'create database anju_pgbench' >/dev/null
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q anju_pgbench >/dev/null 2>&1
PG=$(pgbench -h 127.0.0.1 -U postgres -S -c"$CONNECTIONS" -j2 -T"${DURATION%s}" anju_pgbench 2>/dev/null \
    | awk '/^tps/ {print int($3)}')
printf '%-34s %10s tps\n' "pgbench -S (scale 10)" "$PG"
# warm-up, so the JIT has compiled the read paths before they are measured
for url in "http://localhost:8083/api/v1/crews/$CREW" "http://localhost:8081/api/v1/permits/$PERMIT"; do
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
done
for triple in "registry GET /crews/{id}|http://localhost:8083/api/v1/crews/$CREW|registry-service" \
              "permits GET /permits/{id}|http://localhost:8081/api/v1/permits/$PERMIT|permits-service"; do
    IFS='|' read -r label url mod <<<"$triple"
    rps=$(measure "$label" "$url" "$mod" | tee /dev/stderr | tail -1)
    printf '%-34s %10.2f of pgbench -S\n' "  ratio" "$(echo "$rps / $PG" | bc -l)"
done 2>&1 | grep -v '^[0-9.]*$'
psql -h 127.0.0.1 -U postgres -qc 'drop database anju_pgbench' >/dev/null
