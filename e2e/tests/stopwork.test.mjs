// A stop-work notice cannot be talked away (issue 12): a critical hazard stops a build, no one resumes it by hand, and
// only a passed on-site re-check lifts it, after which the build is back where it was and its certificate reads valid
// again to anyone who scans the notice board. All through the gateway, as the inspector's phone, the township office
// and a villager's phone would ask; the services talk to each other through their outboxes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { token, api, GATEWAY } from './support.mjs';

let inspector;
let officer;
let admin;
let build;

async function eventually(what, check, { tries = 40, delayMs = 500 } = {}) {
  let last;
  for (let i = 0; i < tries; i += 1) {
    last = await check();
    if (last.ok) return last.value;
    await new Promise((r) => setTimeout(r, delayMs));
  }
  assert.fail(`${what}: still ${JSON.stringify(last?.value)}`);
}

async function permit(id) {
  const answer = await api('GET', `/api/v1/permits/${id}`, officer);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return { ...answer.body, etag: answer.headers.get('etag') };
}

async function verify(number) {
  const answer = await fetch(`${GATEWAY}/api/v1/documents/certificate/${number}`, { headers: { Accept: 'application/json' } });
  assert.equal(answer.status, 200);
  return answer.json();
}

function onSiteVisit(type, outcome) {
  return api('POST', '/api/v1/visits', inspector, {
    permitId: build.id, type, outcome,
    checkIn: { clientTime: new Date().toISOString(), lat: build.lat, lng: build.lng, accuracyMetres: 6 },
  });
}

before(async () => {
  [inspector, officer, admin] = await Promise.all(
    ['inspector.chengguan', 'officer.chengguan', 'admin.county'].map(token));
  const list = await api('GET', '/api/v1/permits?state=UNDER_CONSTRUCTION&limit=100', officer);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  // the last of the list: the phone tests take their builds from the day's due list
  const candidates = list.body.items.filter((p) => !p.stopWorkNoticeId).reverse();
  assert.ok(candidates.length > 0, 'the demo has a build under construction in 城关镇 without a stop-work');
  build = await permit(candidates[0].id);
});

test('critical hazard → stop-work → manual resume refused → on-site re-check → lifted → back, valid again', async () => {
  const certificate = build.documents.filter((d) => d.kind === 'CERTIFICATE').at(-1).number;
  assert.equal((await verify(certificate)).status, 'VALID');

  // the inspector on site finds a critical hazard: the server stops the works by itself
  const patrol = await onSiteVisit('ROUTINE_PATROL', 'FAILED');
  assert.equal(patrol.status, 201, JSON.stringify(patrol.body));
  const hazard = await api('POST', `/api/v1/visits/${patrol.body.id}/hazards`, inspector, {
    type: 'STRUCTURE', grade: 'CRITICAL', description: '承重墙体出现贯通裂缝', responsiblePerson: '王志强（班组长）',
  });
  assert.equal(hazard.status, 201, JSON.stringify(hazard.body));
  const noticeId = hazard.body.stopWorkNoticeId;
  assert.ok(noticeId, 'a critical hazard issues a stop-work notice');

  // permits-service learns it through the outbox: the build is suspended, and the public check says so in Chinese
  const stopped = await eventually('the build is suspended', async () => {
    const p = await permit(build.id);
    return { ok: p.state === 'SUSPENDED', value: p };
  });
  assert.equal(stopped.stopWorkNoticeId, noticeId);
  assert.ok(!stopped.allowedActions.includes('resume'), 'resume is not offered while the notice is in force');
  const suspended = await verify(certificate);
  assert.equal(suspended.status, 'SUSPENDED');
  assert.match(suspended.statusZh, /^暂停施工（\d{4}-\d{2}-\d{2} 起）$/);
  assert.equal(suspended.buildStateZh, '暂停施工');

  // nobody talks it away: neither the township officer nor the county admin
  for (const bearer of [officer, admin]) {
    const current = await permit(build.id);
    const resume = await fetch(`${GATEWAY}/api/v1/permits/${build.id}/transitions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', 'If-Match': current.etag },
      body: JSON.stringify({ action: 'resume', reason: '施工队称已整改' }),
    });
    const problem = await resume.json();
    assert.equal(resume.status, 409, JSON.stringify(problem));
    assert.equal(problem.type, 'urn:anju:problem:stop-work-in-force');
    assert.equal(problem.noticeId, noticeId);
  }
  assert.equal((await permit(build.id)).state, 'SUSPENDED');

  // a passed on-site re-check lifts the notice in inspections-service; permits-service resumes the build
  const recheck = await onSiteVisit('RECHECK', 'PASSED');
  assert.equal(recheck.status, 201, JSON.stringify(recheck.body));
  const notice = await api('GET', `/api/v1/stop-work-notices/${noticeId}`, inspector);
  const lift = await fetch(`${GATEWAY}/api/v1/stop-work-notices/${noticeId}/lift`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${inspector}`, 'Content-Type': 'application/json',
      'If-Match': notice.headers.get('etag') },
    body: JSON.stringify({ visitId: recheck.body.id }),
  });
  assert.equal(lift.status, 200, await lift.text());
  const back = await eventually('the build is back where it was', async () => {
    const p = await permit(build.id);
    return { ok: p.state === 'UNDER_CONSTRUCTION', value: p };
  });
  assert.equal(back.stopWorkNoticeId, undefined);
  const valid = await verify(certificate);
  assert.equal(valid.status, 'VALID');
  assert.equal(valid.buildStateZh, '施工中');
});
