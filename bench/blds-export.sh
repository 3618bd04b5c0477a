#!/usr/bin/env bash
# The BLDS permits export at county scale (DESIGN.md section 9: a county of 1 million builds, lists in tens of ms).
# Builds a scratch database permits_bench with permits-service's own migrations, fills it with N builds (default
# 1,000,000; households, a book and a certificate for most, completion history for some), then times the export's
# statement exactly as BldsPermits runs it (one 1,000-row page: first page county-wide, a page deep in the keyset, a
# township's page, a changedSince page) with EXPLAIN ANALYZE, which reports the server's execution time.
# Needs only the local PostgreSQL (127.0.0.1:5432, user postgres). Drops permits_bench when done unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
DB=permits_bench
PSQL=(psql -h "${ANJU_DB_HOST:-127.0.0.1}" -U "${ANJU_DB_USER:-postgres}" -v ON_ERROR_STOP=1 -qAt)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
for f in common/src/main/resources/db/common/*.sql permits-service/src/main/resources/db/migration/V*.sql; do
    "${PSQL[@]}" -d $DB -f "$f" >/dev/null
done
echo "filling $DB with $N builds …"
start=$(date +%s)
"${PSQL[@]}" -d $DB <<SQL
insert into household (id, county_code, village_code, township_code, head_name, head_resident_id, register_number,
                       created_at, created_by)
select md5('h' || g)::uuid, '369901', '3699011' || lpad((g % 4)::text, 2, '0') || '201',
       '3699011' || lpad((g % 4)::text, 2, '0') || '000', '户主' || g, lpad(g::text, 18, '0'), 'HK-' || g,
       now() - interval '400 days', 'bench'
from generate_series(1, $N) g;
insert into permit (id, application_number, household_id, county_code, township_code, village_code, lat, lng, address,
                    kind, storeys, height_m, floor_area, investment, structure, track, state, submitted_at,
                    created_at, updated_at, created_by, crew_id)
select md5('p' || g)::uuid, 'A369901-' || (2025 + g % 2) || '-' || lpad(g::text, 7, '0'), md5('h' || g)::uuid,
       '369901', '3699011' || lpad((g % 4)::text, 2, '0') || '000', '3699011' || lpad((g % 4)::text, 2, '0') || '201',
       28.4 + (g % 1000) / 10000.0, 117.9 + (g % 997) / 10000.0, '示范县某村 ' || g || ' 号',
       (array['NEW_BUILD','REBUILD','EXTENSION','MAJOR_REPAIR'])[1 + g % 4], 1 + g % 3, 3.3 * (1 + g % 3),
       120 + g % 200, 100000 + (g % 300) * 1000, (array['BRICK_CONCRETE','FRAME','LIGHT_STEEL'])[1 + g % 3],
       'BELOW_LIMIT',
       (array['DRAFT','SUBMITTED','VILLAGE_REVIEWED','SITE_SURVEYED','BOOK_ISSUED','PERMITTED','UNDER_CONSTRUCTION',
              'COMPLETED','ARCHIVED','REJECTED','WITHDRAWN','SUSPENDED','REVOKED'])[1 + g % 13],
       now() - make_interval(mins => g % 500000), now() - make_interval(mins => g % 500000),
       now() - make_interval(mins => ((g::bigint * 7919) % 500000)::int), 'bench', md5('c' || g % 50000)::uuid
from generate_series(1, $N) g;
insert into permit_document (id, permit_id, kind, number, revision, issued_at, issued_by, valid_until)
select md5('b' || g)::uuid, md5('p' || g)::uuid, 'BOOK', '369901-2025-' || lpad(g::text, 7, '0'), 1,
       now() - interval '100 days', 'bench', current_date + 300
from generate_series(1, $N) g where g % 13 >= 4 and g % 13 not in (9, 10);
insert into permit_document (id, permit_id, kind, number, revision, issued_at, issued_by)
select md5('c' || g)::uuid, md5('p' || g)::uuid, 'CERTIFICATE', '369901-2025-' || lpad(g::text, 7, '0'), 1,
       now() - interval '90 days', 'bench'
from generate_series(1, $N) g where g % 13 >= 5 and g % 13 not in (9, 10);
insert into permit_history (id, permit_id, action, from_state, to_state, actor, actor_role, occurred_at, prev_hash, hash)
select md5('x' || g)::uuid, md5('p' || g)::uuid, 'complete', 'UNDER_CONSTRUCTION', 'COMPLETED', 'bench',
       'township_officer', now() - interval '10 days', '0', '0'
from generate_series(1, $N) g where g % 13 in (7, 8);
vacuum analyze;
SQL
echo "filled in $(( $(date +%s) - start )) s: $("${PSQL[@]}" -d $DB -c 'select count(*) from permit') builds, \
$("${PSQL[@]}" -d $DB -c 'select count(*) from permit_document') documents"

# The statement of org.anju.permits.export.BldsPermits, with the scope and keyset conditions it appends.
SELECT="select p.id, p.application_number, p.county_code, p.township_code, p.village_code, p.address, p.lat, p.lng,
  p.kind, p.storeys, p.height_m, p.floor_area, p.investment, p.structure, p.track, p.state, p.suspended_from,
  p.submitted_at, p.updated_at, p.contractor_name, p.contractor_credit_code, p.crew_id,
  (select min(d.issued_at) from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE'),
  (select d.number from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE' order by d.revision desc limit 1),
  (select d.valid_until from permit_document d where d.permit_id = p.id and d.kind = 'CERTIFICATE' order by d.revision desc limit 1),
  (select d.number from permit_document d where d.permit_id = p.id and d.kind = 'BOOK' order by d.revision desc limit 1),
  (select min(h.occurred_at) from permit_history h where h.permit_id = p.id and h.to_state = 'COMPLETED')
  from permit p where p.state <> 'DRAFT'"
MIDDLE=$("${PSQL[@]}" -d $DB -c "select updated_at || '|' || id from permit where state <> 'DRAFT' order by updated_at, id offset $((N / 2)) limit 1")
AT=${MIDDLE%%|*}; ID=${MIDDLE##*|}
time_of() {
    local best=""
    for _ in 1 2 3; do
        local ms
        ms=$("${PSQL[@]}" -d $DB -c "explain (analyze, format json) $1" | grep -o '"Execution Time": [0-9.]*' | awk '{print $3}')
        best=$(printf '%s\n%s\n' "$best" "$ms" | grep . | sort -n | head -1)
    done
    printf '  %-52s %8.1f ms (best of 3)\n' "$2" "$best"
}
echo "BLDS permits export, one page of 1000 rows, at $N builds:"
time_of "$SELECT and p.county_code = '369901' order by p.updated_at, p.id limit 1001" "first page, county-wide"
time_of "$SELECT and p.county_code = '369901' and (p.updated_at, p.id) > ('$AT', '$ID') order by p.updated_at, p.id limit 1001" \
    "a page half-way through the keyset"
time_of "$SELECT and p.township_code = '369901101000' order by p.updated_at, p.id limit 1001" "first page of one township"
time_of "$SELECT and p.county_code = '369901' and p.updated_at >= now() - interval '1 day' order by p.updated_at, p.id limit 1001" \
    "changed in the last day"
[ "${KEEP:-0}" = 1 ] || "${PSQL[@]}" -d postgres -c "drop database $DB with (force)"
