// The township officer's desk: the worklist with every section (one the services cannot give is shown as
// unavailable, not hidden), links from each case to its application review and its household file, and the file as
// one timeline in date order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, DESK, shoot, logIn } from './support.mjs';

const OFFICER = 'officer.chengguan';
let browser;
let bearer;

before(async () => {
  browser = await launch();
  bearer = await token(OFFICER);
});
after(async () => browser?.close());

async function desk() {
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await logIn(page, OFFICER);
  return { context, page };
}

test('the worklist shows each section as the gateway answers it, links to review and file', async () => {
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  // the page is compared with the answer it got itself (a service may answer one call and not the next)
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/worklist') && r.status() === 200);
  await logIn(page, OFFICER);
  const answer = { body: await (await answered).json() };
  await page.waitForSelector(`[data-section="${Object.keys(answer.body.sections).at(-1)}"]`);
  assert.equal(await page.getAttribute('#nav a.active', 'href'), '#/worklist', 'the officer starts at the worklist');
  for (const [key, section] of Object.entries(answer.body.sections)) {
    const el = await page.$(`[data-section="${key}"]`);
    assert.ok(el, `section ${key} is shown`);
    assert.equal(await el.getAttribute('data-available'), String(section.available), key);
    const text = await el.textContent();
    if (section.available) {
      assert.equal((await el.$$('li')).length, Math.min(50, section.items.length) || 0, key);
    } else {
      assert.match(text, /暂不可用/, `${key} is said to be unavailable`);
    }
  }
  await shoot(page, 'worklist');

  const overdue = answer.body.sections.applicationsOverdue.items[0];
  assert.ok(overdue, 'the demo township has an overdue application');
  await page.click(`[data-section=applicationsOverdue] li:first-child a[href="#/permit/${overdue.permitId}"]`);
  await page.waitForSelector('#tofile');
  assert.match(await page.textContent('h1'), new RegExp(overdue.applicationNumber));
  await page.goBack();
  await page.waitForSelector('[data-section]');
  await page.click(`[data-section=applicationsOverdue] li:first-child a[href="#/pfile/${overdue.permitId}"]`);
  await page.waitForFunction(() => location.hash.startsWith('#/file/'));
  await page.waitForSelector('h1:has-text("一户一档")');
  await context.close();
});

test('a section the services cannot give is shown as 暂不可用, not hidden', async () => {
  const answer = await api('GET', '/api/v1/worklist', bearer);
  const { context, page } = await desk();
  // the same answer with inspections down: its sections unavailable and empty, as the gateway marks them
  const down = structuredClone(answer.body);
  down.partial = true;
  down.unavailable = ['inspections'];
  for (const s of Object.values(down.sections).filter((x) => x.service === 'inspections')) {
    Object.assign(s, { available: false, items: [] });
  }
  await page.route('**/api/v1/worklist', (route) => route.fulfill({ json: down }));
  await page.goto(`${GATEWAY}/#/applications`);
  await page.waitForSelector('table');
  await page.goto(`${GATEWAY}/#/worklist`);
  await page.waitForSelector('[data-section=visitsDueToday][data-available=false]');
  assert.match(await page.textContent('[data-section=visitsDueToday]'), /今日应到场巡查[\s\S]*暂不可用/);
  assert.equal(await page.getAttribute('[data-section=applicationsOverdue]', 'data-available'), 'true');
  assert.match(await page.textContent('main'), /部分信息暂不可用/);
  await shoot(page, 'worklist-partial');
  // the same page in English, switched in the app
  await page.click('#lang');
  await page.waitForSelector('h1:has-text("Worklist")');
  assert.match(await page.textContent('[data-section=visitsDueToday]'), /Visits due today[\s\S]*Not available right now/);
  await page.click('#lang');
  await page.waitForSelector('h1:has-text("工作台")');
  await context.close();
});

test("an officer reads a household's file as one timeline, in date order", async () => {
  // a build whose file has history and visits (the newest builds: the file finds their permit)
  const newest = (await api('GET', '/api/v1/permits?limit=5', bearer)).body.items;
  let best = null;
  for (const p of newest) {
    const full = await api('GET', `/api/v1/permits/${p.id}`, bearer);
    const file = await api('GET', `/api/v1/households/${full.body.householdId}/file`, bearer);
    const current = file.body.builds[0];
    const size = current ? current.history.length + current.visits.items.length : 0;
    if (!best || size > best.size) {
      best = { permitId: p.id, file: file.body, size };
    }
  }
  assert.ok(best.size > 0, 'a demo build has a file with history and visits');
  const { context, page } = await desk();
  const answered = page.waitForResponse((r) => r.url().endsWith('/file') && r.status() === 200);
  await page.goto(`${GATEWAY}/#/pfile/${best.permitId}`);
  const file = await (await answered).json();
  await page.waitForSelector('#timeline li');
  const [current] = file.builds;
  const expected = current.history.length + current.visits.items.length + current.rectificationNotices.items.length
    + current.stopWorkNotices.items.length;
  const times = await page.$$eval('#timeline time', (els) => els.map((e) => e.getAttribute('datetime')));
  assert.equal(times.length, expected, 'every history entry, visit and notice is on the timeline');
  const ms = times.map((x) => Date.parse(x));
  assert.deepEqual([...ms].sort((a, b) => a - b), ms, 'oldest first');
  assert.ok(await page.isVisible(`a[href="#/permit/${best.permitId}"]`), 'the file links to the application review');
  await shoot(page, 'timeline');
  await context.close();
});
