// Finding any household by the head's name or the application number, on the inspector's phone and on the
// officer's desk (GET /api/v1/permits?q=…), and opening its file or its review from the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, PHONE, DESK, shoot, logIn } from './support.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function search(page, q) {
  await page.fill('#q', q);
  await page.click('#searchform button[type=submit]');
  await page.waitForSelector('#hits');
  return page.$$eval('#hits li[data-permit]', (els) => els.map((e) => ({ permit: e.dataset.permit, text: e.textContent })));
}

test('an inspector finds a household by application number and by name, and opens its file', async () => {
  const bearer = await token('inspector.qingshi');
  const items = (await api('GET', '/api/v1/worklist/today', bearer)).body.items;
  const target = items[0];
  const other = items.find((i) => !i.householdHead.includes(target.householdHead) && !target.householdHead.includes(i.householdHead));
  assert.ok(target && other, 'two households with different names in the demo list');
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await logIn(page, 'inspector.qingshi');
  await page.waitForSelector('#items');

  const byNumber = await search(page, target.applicationNumber);
  assert.deepEqual(byNumber.map((h) => h.permit), [target.permitId], 'the application number finds that build only');
  const byName = await search(page, target.householdHead);
  assert.ok(byName.some((h) => h.permit === target.permitId), 'the name finds the household');
  assert.ok(!byName.some((h) => h.permit === other.permitId), `${other.householdHead} is not among the results for ${target.householdHead}`);
  await shoot(page, 'search');
  await page.click(`#hits li[data-permit="${target.permitId}"] a`);
  await page.waitForFunction(() => location.hash.startsWith('#/file/'));
  await page.waitForSelector(`h1:has-text("${target.householdHead}")`);
  await page.click('#nav a[href="#/search"]');
  await page.waitForSelector('#q');
  const none = await search(page, 'A369901-2099-999999');
  assert.equal(none.length, 0);
  assert.ok(await page.isVisible('#nohits'));
  await context.close();
});

test('an officer searches from the worklist and opens the application review', async () => {
  const bearer = await token('officer.chengguan');
  const [permit] = (await api('GET', '/api/v1/permits?limit=1', bearer)).body.items;
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await logIn(page, 'officer.chengguan');
  await page.waitForSelector('[data-section]');
  const hits = await search(page, permit.applicationNumber);
  assert.deepEqual(hits.map((h) => h.permit), [permit.id]);
  await page.click(`#hits li[data-permit="${permit.id}"] a[href="#/permit/${permit.id}"]`);
  await page.waitForSelector('#tofile');
  assert.match(await page.textContent('h1'), new RegExp(permit.applicationNumber));
  await context.close();
});
