// The inspector's day on a phone: log in, today's list, a visit done offline with two photos and a hazard, a
// reload while offline, sync when the network returns — and on the server the visit and hazard exist exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, DEMO_PASSWORD, PHOTO_RED, PHOTO_BLUE, north, shoot } from './support.mjs';

const PHONE = { width: 360, height: 640 };
const PENDING = {};
let browser;
let inspector;
let item;
let other;

before(async () => {
  if (PENDING.skip) {
    return;
  }
  browser = await launch();
  // the demo inspector whose township has visits due: found through the same API the app uses
  for (const username of ['inspector.chengguan', 'inspector.qingshi']) {
    const bearer = await token(username);
    const today = await api('GET', '/api/v1/worklist/today', bearer);
    assert.equal(today.status, 200, JSON.stringify(today.body));
    const due = today.body.items.filter((i) => i.lat != null && ['SETTING_OUT', 'FOUNDATION_TRENCH', 'KEY_MILESTONE',
      'MAIN_STRUCTURE', 'COMPLETION_ACCEPTANCE', 'SITE_SURVEY'].includes(i.visitType));
    const second = due.find((i) => due[0] && i.permitId !== due[0].permitId);
    if (second) {
      inspector = { username, bearer };
      [item, other] = [due[0], second];
      break;
    }
  }
  assert.ok(item && other, 'the demo data give a demo inspector visits due at two builds');
});

after(async () => browser?.close());

async function phone(position) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', permissions: ['geolocation'],
    geolocation: { latitude: position.lat, longitude: position.lng, accuracy: 8 } });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await page.fill('#u', inspector.username);
  await page.fill('#p', DEMO_PASSWORD);
  await page.click('#login button[type=submit]');
  await page.waitForSelector('#items');
  return { context, page };
}

async function fillVisit(page) {
  await page.click('#checkin');
  await page.waitForSelector('#presence .alert');
  for (const name of await page.$$eval('.answers input[value=true]', (els) => [...new Set(els.map((e) => e.name))])) {
    // a thumb taps the big label, not the radio inside it
    await page.click(`.answers label:has(input[name="${name}"][value=true])`);
  }
  for (const input of await page.$$('input[type=number][data-item]')) {
    await input.fill('120');
    await input.dispatchEvent('change');
  }
}

test('a visit done offline with two photos and a hazard reaches the server exactly once', PENDING, async () => {
  const { context, page } = await phone(item);
  await shoot(page, 'today');
  // open the visit while online so that its checklist is in the phone's memory, then lose the network
  await page.goto(`${GATEWAY}/#/visit/${item.permitId}/${item.visitType}`);
  await page.waitForSelector('#checkin');
  await context.setOffline(true);
  await fillVisit(page);
  assert.ok(await page.isVisible('#onsite'), 'checked in at the site: no off-site warning');
  await page.click('details summary');
  await page.selectOption('#hgrade', 'MAJOR');
  await page.fill('#hdesc', '二层临边未设防护栏杆');
  await page.fill('#hresp', '李建国（施工队负责人）');
  await page.click('#addhazard');
  await page.setInputFiles('#camera', [
    { name: 'a.png', mimeType: 'image/png', buffer: PHOTO_RED },
    { name: 'b.png', mimeType: 'image/png', buffer: PHOTO_BLUE }]);
  await page.waitForFunction(() => document.querySelectorAll('#thumbs img').length === 2);
  await page.fill('#ack', '户主 王大明');
  await shoot(page, 'visit-form');
  await page.click('#save');
  await page.waitForSelector('li[data-status=pending]');

  await page.reload();
  await page.waitForSelector('li[data-status=pending]');
  await shoot(page, 'outbox-offline');
  const visitId = await page.getAttribute('li[data-status=pending]', 'data-id');

  await context.setOffline(false);
  await page.click('#sync');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  await shoot(page, 'outbox-synced');

  const once = async () => {
    const visits = await api('GET', `/api/v1/permits/${item.permitId}/visits?limit=100`, inspector.bearer);
    assert.equal(visits.status, 200, JSON.stringify(visits.body));
    const mine = visits.body.items.filter((v) => v.id === visitId);
    assert.equal(mine.length, 1, 'the visit exists exactly once');
    const detail = await api('GET', `/api/v1/visits/${visitId}`, inspector.bearer);
    assert.equal(detail.body.hazardIds.length, 1, 'with exactly one hazard');
    return detail.body;
  };
  const visit = await once();
  assert.equal(visit.presence.onSite, true);

  await page.click('#sync');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`);
  await once();
  await context.close();
});

test('a visit checked in 2 km from the site is warned about on the phone and flagged on the server', PENDING, async () => {
  const { context, page } = await phone(north(other, 2000));
  await page.goto(`${GATEWAY}/#/visit/${other.permitId}/${other.visitType}`);
  await page.waitForSelector('#checkin');
  await fillVisit(page);
  const warning = await page.textContent('#offsite');
  assert.match(warning, /不在现场/);
  assert.match(warning, /(19|20)\d\d 米/);
  await shoot(page, 'offsite-warning');
  await page.click('#save');
  await page.waitForSelector('li[data-status]');
  const visitId = await page.getAttribute('li[data-status]', 'data-id');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  const visit = await api('GET', `/api/v1/visits/${visitId}`, inspector.bearer);
  assert.equal(visit.status, 200);
  assert.equal(visit.body.presence.onSite, false);
  assert.equal(visit.body.outcome, 'NOT_ON_SITE');
  await context.close();
});
