// Open data through the front door: the BLDS permits and inspections exports, harvested page by page as a bureau's
// system would, linked to each other by PermitNum, without personal identifiers, and never beyond a township
// user's townships.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { token, api, GATEWAY } from './support.mjs';

const CHENGGUAN = '369901100000';
const QINGSHI = '369901101000';
const RESIDENT_ID = /\b\d{17}[\dX]\b/;
let bureau;
let inspector;

before(async () => {
  bureau = await token('reader.bureau');
  inspector = await token('inspector.chengguan');
});

async function harvest(path, bearer, query = '') {
  const rows = [];
  let cursor = null;
  do {
    const answer = await api('GET', `${path}?limit=1000${query}${cursor ? `&cursor=${cursor}` : ''}`, bearer);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    rows.push(...answer.body.items);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return rows;
}

test('a bureau harvests every build and every visit, linked by PermitNum, with no personal identifiers', async () => {
  const permits = await harvest('/api/v1/permits/blds', bureau);
  const visits = await harvest('/api/v1/visits/blds', bureau);
  assert.ok(permits.length > 250, `the demo county's builds past intake: ${permits.length}`);
  assert.ok(visits.length > 100, `the demo county's recorded visits: ${visits.length}`);
  const numbers = new Set(permits.map((p) => p.PermitNum));
  assert.equal(numbers.size, permits.length, 'each build once');
  const unlinked = visits.filter((v) => !numbers.has(v.PermitNum));
  assert.deepEqual(unlinked.map((v) => v.PermitNum), [], 'every inspection links to an exported permit');
  for (const p of permits) {
    assert.ok(['Application Accepted', 'In Review', 'Permit Issued', 'Inspection Phase', 'Permit Finaled',
      'Permit Cancelled'].includes(p.StatusCurrentMapped), p.StatusCurrentMapped);
    assert.notEqual(p.StatusCurrent, 'DRAFT');
  }
  for (const v of visits) {
    assert.ok(['Passed', 'Partial', 'Rejected', 'Cancelled'].includes(v.ResultMapped), v.ResultMapped);
  }
  assert.ok(visits.some((v) => v.Result === 'NOT_ON_SITE' && v.ResultMapped === 'Cancelled'),
    'the demo check-ins 2 km away are exported as cancelled inspections');
  assert.doesNotMatch(JSON.stringify(permits) + JSON.stringify(visits), RESIDENT_ID, 'no resident ID numbers');
});

test('a township inspector exports his township only, by every path', async () => {
  const permits = await harvest('/api/v1/permits/blds', inspector);
  const visits = await harvest('/api/v1/visits/blds', inspector);
  assert.ok(permits.length > 0 && visits.length > 0);
  assert.deepEqual([...new Set(permits.map((p) => p.ExtraFields.townshipCode))], [CHENGGUAN]);
  assert.deepEqual([...new Set(visits.map((v) => v.ExtraFields.townshipCode))], [CHENGGUAN]);
  for (const path of ['/api/v1/permits/blds', '/api/v1/visits/blds']) {
    const other = await api('GET', `${path}?township=${QINGSHI}`, inspector);
    assert.equal(other.status, 200);
    assert.deepEqual(other.body.items, [], `${path} of another township is empty`);
  }
});

test('CSV pages through the gateway follow the Link header', async () => {
  const first = await fetch(`${GATEWAY}/api/v1/permits/blds?limit=50`,
    { headers: { Accept: 'text/csv', Authorization: `Bearer ${bureau}` } });
  assert.equal(first.status, 200);
  assert.match(first.headers.get('content-type'), /^text\/csv/);
  const lines = (await first.text()).trim().split('\r\n');
  assert.match(lines[0], /^PermitNum,Description,AppliedDate,IssuedDate,/);
  assert.equal(lines.length, 51, 'the header and 50 builds');
  const link = first.headers.get('link');
  const next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
  assert.ok(next?.startsWith(`${GATEWAY}/api/v1/permits/blds?`), `the next link names the gateway's public address: ${link}`);
  const second = await fetch(next, { headers: { Accept: 'text/csv', Authorization: `Bearer ${bureau}` } });
  assert.equal(second.status, 200);
  const again = (await second.text()).trim().split('\r\n');
  assert.equal(again[0], lines[0]);
  assert.ok(!lines.slice(1).includes(again[1]), 'the next page goes on where the first ended');
});

test("a bureau reads a household's file masked, and the county admin finds the read in the audit log", async () => {
  const officer = await token('officer.chengguan');
  const admin = await token('admin.county');
  const build = (await api('GET', '/api/v1/permits?limit=1', officer)).body.items[0];
  const since = new Date().toISOString();
  const file = await api('GET', `/api/v1/households/${build.householdId}/file`, bureau);
  assert.equal(file.status, 200, JSON.stringify(file.body));
  assert.equal(file.body.household.id, build.householdId);
  assert.match(file.body.household.headResidentId, /\*/, 'the resident ID is masked for a bureau');
  assert.doesNotMatch(JSON.stringify(file.body), RESIDENT_ID, 'no full resident ID anywhere in the file');
  // permits-service reports the read through its outbox; the gateway's log has it within a few polls
  let entries = [];
  for (let i = 0; i < 30 && entries.length === 0; i += 1) {
    const log = await api('GET', `/api/v1/audit/personal-reads?recordId=${build.householdId}&from=${encodeURIComponent(since)}`, admin);
    assert.equal(log.status, 200, JSON.stringify(log.body));
    entries = log.body.items;
    if (entries.length === 0) await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal(entries.length, 1, 'one entry for the one read');
  assert.equal(entries[0].actor, 'reader.bureau');
  assert.equal(entries[0].recordType, 'household');
  assert.equal(entries[0].service, 'permits');
});
