// Notices from findings, on a phone in the hills: a hazard recorded offline carries its rectification notice
// (responsible person, deadline by grade) and, when the inspector says so, a stop-work notice; both wait on the phone,
// show in the household file while waiting, and reach the server exactly once when the network returns. A critical
// hazard stops the works by itself, and the form says so before it is saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, PHONE, shoot, logIn, outboxOf } from './support.mjs';

const APP = new URL('../../gateway/src/main/resources/META-INF/resources/app/', import.meta.url);
const { countyToday, defaultDeadline } = await import(new URL('notices.js', APP));

const INSPECTOR = 'inspector.qingshi';
let browser;
let bearer;
let stopItem;
let criticalItem;

before(async () => {
  browser = await launch();
  bearer = await token(INSPECTOR);
  const today = await api('GET', '/api/v1/worklist/today', bearer);
  assert.equal(today.status, 200, JSON.stringify(today.body));
  // the last builds of the list: the inspector flow test uses the first ones of another township
  const sites = today.body.items.filter((i) => i.lat != null);
  [stopItem, criticalItem] = [sites.at(-1), sites.at(-2)];
  assert.ok(stopItem && criticalItem && stopItem.permitId !== criticalItem.permitId,
    `${INSPECTOR} has two builds with a site in the demo data`);
});

after(async () => browser?.close());

async function phoneAt(item) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', permissions: ['geolocation'],
    geolocation: { latitude: item.lat, longitude: item.lng, accuracy: 8 } });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await logIn(page, INSPECTOR);
  await page.waitForSelector('#items');
  return { context, page };
}

async function visitsOf(permitId, visitId) {
  const visits = await api('GET', `/api/v1/permits/${permitId}/visits?limit=100`, bearer);
  assert.equal(visits.status, 200, JSON.stringify(visits.body));
  return visits.body.items.filter((v) => v.id === visitId);
}

test('a hazard found offline carries a rectification and a stop-work notice, shown in the file, issued once', async () => {
  const { context, page } = await phoneAt(stopItem);
  const patrol = `${GATEWAY}/#/visit/${stopItem.permitId}/ROUTINE_PATROL`;
  // the file and the form opened once with signal, so both are on the phone
  await page.goto(`${GATEWAY}/#/file/${stopItem.householdId}`);
  await page.waitForSelector('#notices');
  await page.goto(patrol);
  await page.waitForSelector('#checkin');
  await context.setOffline(true);

  await page.click('#checkin');
  await page.waitForSelector('#onsite');
  await page.click('details#finding summary');
  await page.selectOption('#htype', 'SCAFFOLDING_FALL_PROTECTION');
  await page.selectOption('#hgrade', 'MAJOR');
  const today = countyToday();
  assert.equal(await page.inputValue('#hdeadline'), defaultDeadline('MAJOR', today), 'a major hazard: 7 days');
  await page.fill('#hdesc', '二层临边未设防护栏杆，脚手架未满铺');
  await page.fill('#hresp', '李建国（施工队负责人）');
  await page.check('#hstop');
  await page.fill('#hstopreason', '临边无防护，整改前停止二层作业');
  await shoot(page, 'notice-form');
  await page.click('#addhazard');
  const card = await page.textContent('.notice-card');
  assert.match(card, /整改通知书/);
  assert.match(card, /停工通知书/);
  assert.match(card, new RegExp(defaultDeadline('MAJOR', today)));
  await page.selectOption('#outcome', 'FAILED');
  await page.fill('#ack', '户主 ' + stopItem.householdHead);
  await page.click('#save');
  await page.waitForSelector('li[data-status=pending]');
  const visitId = await page.getAttribute('li[data-status=pending]', 'data-id');

  // offline, the household file lists both notices as waiting
  await page.goto(`${GATEWAY}/#/file/${stopItem.householdId}`);
  await page.waitForSelector('#notices li[data-kind=STOP_WORK][data-status=QUEUED]');
  assert.ok(await page.isVisible('#notices li[data-kind=RECTIFICATION][data-status=QUEUED]'));
  await shoot(page, 'file-notices-offline');
  assert.equal((await visitsOf(stopItem.permitId, visitId)).length, 0, 'nothing reached the server while offline');

  await context.setOffline(false);
  await page.goto(`${GATEWAY}/#/outbox`);
  await page.click('#sync');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  await shoot(page, 'outbox-notices');

  const [item] = (await outboxOf(page)).filter((i) => i.id === visitId);
  const [stop] = item.stopWorks;
  assert.equal(stop.status, 'issued');
  const once = async () => {
    assert.equal((await visitsOf(stopItem.permitId, visitId)).length, 1, 'the visit exists once');
    const visit = await api('GET', `/api/v1/visits/${visitId}`, bearer);
    assert.equal(visit.body.hazardIds.length, 1, 'with one hazard');
    const hazard = await api('GET', `/api/v1/hazards/${visit.body.hazardIds[0]}`, bearer);
    assert.equal(hazard.body.type, 'SCAFFOLDING_FALL_PROTECTION');
    assert.equal(hazard.body.notice.responsiblePerson, '李建国（施工队负责人）');
    assert.equal(hazard.body.notice.deadline, defaultDeadline('MAJOR', today));
    assert.equal(hazard.body.notice.status, 'OPEN');
  };
  await once();
  const notice = await api('GET', `/api/v1/stop-work-notices/${stop.serverId}`, bearer);
  assert.equal(notice.status, 200, JSON.stringify(notice.body));
  assert.equal(notice.body.status, 'IN_FORCE');
  assert.equal(notice.body.visitId, visitId);
  assert.equal(notice.body.reason, '临边无防护，整改前停止二层作业');
  // a lost answer: the phone sends the same request under the same key and gets the same notice, not a second one
  const replay = await fetch(`${GATEWAY}/api/v1/stop-work-notices`, {
    method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json',
      'Idempotency-Key': stop.id },
    body: JSON.stringify({ visitId, reasonCode: stop.reasonCode, reason: stop.reason }),
  });
  assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
  assert.equal((await replay.json()).id, stop.serverId);

  await page.click('#sync');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`);
  await once();
  assert.equal((await outboxOf(page)).find((i) => i.id === visitId).stopWorks[0].serverId, stop.serverId);

  // the stop-work reaches permits-service through its outbox and suspends the build
  let state;
  for (let i = 0; i < 60 && state !== 'SUSPENDED'; i++) {
    state = (await api('GET', `/api/v1/permits/${stopItem.permitId}`, bearer)).body.state;
    if (state !== 'SUSPENDED') {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  assert.equal(state, 'SUSPENDED', 'the permit is suspended by the stop-work notice');

  // online, the file shows the rectification notice as issued and the stop-work in force
  await page.goto(`${GATEWAY}/#/file/${stopItem.householdId}`);
  await page.waitForSelector('#notices li[data-kind=STOP_WORK][data-status=IN_FORCE]');
  const texts = await page.$$eval('#notices li[data-kind=RECTIFICATION]', (els) => els.map((e) => `${e.dataset.status} ${e.textContent}`));
  assert.ok(texts.some((x) => x.startsWith('OPEN') && x.includes('李建国')), texts.join('\n'));
  assert.ok(!texts.some((x) => x.startsWith('QUEUED')), 'nothing left waiting');
  await shoot(page, 'file-notices');
  await context.close();
});

test('a critical hazard stops the works by itself: the form says so and the server issues the stop-work', async () => {
  const { context, page } = await phoneAt(criticalItem);
  await page.goto(`${GATEWAY}/#/visit/${criticalItem.permitId}/ROUTINE_PATROL`);
  await page.waitForSelector('#checkin');
  await page.click('#checkin');
  await page.waitForSelector('#onsite');
  await page.click('details#finding summary');
  await page.selectOption('#htype', 'STRUCTURE');
  await page.selectOption('#hgrade', 'CRITICAL');
  assert.ok(await page.isVisible('#hauto'), 'the form says the works will be stopped');
  assert.ok(!(await page.isVisible('#hstop')), 'no separate stop-work to ask for');
  assert.equal(await page.inputValue('#hdeadline'), defaultDeadline('CRITICAL', countyToday()), 'a critical hazard: 3 days');
  await page.fill('#hdesc', '承重墙体出现贯通裂缝');
  await page.fill('#hresp', '王志强（班组长）');
  await shoot(page, 'notice-form-critical');
  await page.click('#addhazard');
  assert.match(await page.textContent('.notice-card'), /随隐患自动下达/);
  await page.selectOption('#outcome', 'FAILED');
  await page.click('#save');
  await page.waitForSelector('li[data-status]');
  const visitId = await page.getAttribute('li[data-status]', 'data-id');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  const visit = await api('GET', `/api/v1/visits/${visitId}`, bearer);
  const hazard = await api('GET', `/api/v1/hazards/${visit.body.hazardIds[0]}`, bearer);
  assert.equal(hazard.body.grade, 'CRITICAL');
  assert.ok(hazard.body.stopWorkNoticeId, 'the server stopped the works');
  const stop = await api('GET', `/api/v1/stop-work-notices/${hazard.body.stopWorkNoticeId}`, bearer);
  assert.equal(stop.body.status, 'IN_FORCE');
  assert.equal(stop.body.reasonCode, 'CRITICAL_HAZARD');
  await context.close();
});
