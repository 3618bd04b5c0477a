// The township officer at a desk: the applications list, a step approved, a refusal explained rule by rule in
// Chinese, and the county overview chart; screenshots at 1280x800 and 360x640.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, DEMO_PASSWORD, shoot } from './support.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function desk(viewport = { width: 1280, height: 800 }, username = 'officer.chengguan') {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await page.fill('#u', username);
  await page.fill('#p', DEMO_PASSWORD);
  await page.click('#login button[type=submit]');
  await page.waitForSelector('#nav a.active');
  return { context, page };
}

test('an officer approves a step, and a refused step is explained rule by rule in Chinese', async () => {
  const { context, page } = await desk();
  await page.goto(`${GATEWAY}/#/applications`);
  await page.waitForSelector('table');
  await shoot(page, 'applications');
  const bearer = await token('officer.chengguan');
  const drafts = (await api('GET', '/api/v1/permits?state=DRAFT&limit=30', bearer)).body.items;
  assert.ok(drafts.length > 0, 'the demo township has drafts');
  let refused = null;
  let approved = null;
  for (const draft of drafts) {
    if (refused && approved) {
      break;
    }
    await page.goto(`${GATEWAY}/#/permit/${draft.id}`);
    await page.waitForSelector('[data-action=submit]');
    await page.click('[data-action=submit]');
    await page.waitForSelector('#result .alert');
    if (await page.isVisible('#refusal')) {
      if (!refused) {
        refused = await page.textContent('#refusal');
        await shoot(page, 'refusal');
      }
    } else {
      approved = draft.id;
      const after = await api('GET', `/api/v1/permits/${draft.id}`, bearer);
      assert.equal(after.body.state, 'SUBMITTED');
    }
  }
  assert.ok(approved, 'one demo draft passes the rules and is submitted');
  assert.ok(refused, 'one demo draft breaks a rule and is refused');
  assert.match(refused, /申请不符合规定/);
  assert.match(refused, /[\u4e00-\u9fff]{2,}：[\u4e00-\u9fff]/, 'each rule is named and explained in Chinese');
  await context.close();
});

test('the county overview is drawn without external resources', async () => {
  const { context, page } = await desk();
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(GATEWAY)) external.push(r.url()); });
  await page.goto(`${GATEWAY}/#/overview`);
  await page.waitForSelector('#chart-states rect');
  assert.ok((await page.$$('#chart-states rect')).length >= 4);
  await shoot(page, 'overview', { redraw: '#chart-states rect' });
  assert.deepEqual(external, []);
  await context.close();
});
