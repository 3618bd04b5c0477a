#!/usr/bin/env bash
# A single-record GET against what PostgreSQL itself serves (DESIGN.md section 9: "a good fraction of pgbench -S").
# Needs the system running with demo data (./anju run). Prints requests/s and p99 of each service's GET-by-id next to
# pgbench -S on a scratch database, and the ratio. Figures are for comparison within one run on one machine.
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

measure() {
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2")
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    printf '%-34s %10s req/s   p99 %s\n' "$1" "$rps" "$p99"
    echo "$rps"
}

psql -h 127.0.0.1 -U postgres -qc 'drop database if exists anju_pgbench' -c 'create database anju_pgbench' >/dev/null
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q anju_pgbench >/dev/null 2>&1
PG=$(pgbench -h 127.0.0.1 -U postgres -S -c"$CONNECTIONS" -j2 -T"${DURATION%s}" anju_pgbench 2>/dev/null \
    | awk '/^tps/ {print int($3)}')
printf '%-34s %10s tps\n' "pgbench -S (scale 10)" "$PG"
for pair in "registry GET /crews/{id}|http://localhost:8083/api/v1/crews/$CREW" \
            "permits GET /permits/{id}|http://localhost:8081/api/v1/permits/$PERMIT"; do
    rps=$(measure "${pair%%|*}" "${pair##*|}" | tee /dev/stderr | tail -1)
    printf '%-34s %10.2f of pgbench -S\n' "  ratio" "$(echo "$rps / $PG" | bc -l)"
done 2>&1 | grep -v '^[0-9.]*$'
psql -h 127.0.0.1 -U postgres -qc 'drop database anju_pgbench' >/dev/null
