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

test('a stopped build says so and offers no resume; a crew is assigned from the register by name', async () => {
  const { context, page } = await desk();
  const bearer = await token('officer.chengguan');
  const stopped = (await api('GET', '/api/v1/permits?state=SUSPENDED&limit=50', bearer)).body.items[0];
  assert.ok(stopped, 'the demo township has a build stopped by a notice');
  await page.goto(`${GATEWAY}/#/permit/${stopped.id}`);
  await page.waitForSelector('#stopwork');
  assert.match(await page.textContent('#stopwork'), /停工通知生效中（.+ 起）：须经安全员现场复查合格/);
  assert.equal(await page.locator('[data-action=resume]').count(), 0, 'no resume while the notice is in force');
  assert.doesNotMatch(await page.textContent('main'), /BELOW_LIMIT|ABOVE_LIMIT/, 'the track in words');
  await shoot(page, 'stop-work-banner', { sizes: [{ width: 1280, height: 800 }] });

  // a book issued below the limit: the officer names the crew from the township's register, by name and number
  const books = (await api('GET', '/api/v1/permits?state=BOOK_ISSUED&track=BELOW_LIMIT&limit=50', bearer)).body.items;
  assert.ok(books.length > 0, 'the demo township has a below-limit build with its book');
  const build = books[0];
  await page.goto(`${GATEWAY}/#/permit/${build.id}`);
  await page.waitForSelector('[data-action=assign-crew]');
  await page.waitForFunction(() => document.querySelectorAll('#crew option[value]:not([value=""])').length > 1);
  const current = (await api('GET', `/api/v1/permits/${build.id}`, bearer)).body.crewId;
  const options = await page.$$eval('#crew option[value]:not([value=""])', (os) => os.map((o) => ({ v: o.value, t: o.textContent })));
  assert.ok(options.every((o) => /（.+）$/.test(o.t)), 'each crew by name and registration number');
  // the register lists qualified crews; one may still be refused (training, insurance): the refusal says why
  let chosen = null;
  const answers = [];
  for (const other of options.filter((o) => o.v !== current).slice(0, 8)) {
    await page.selectOption('#crew', other.v);
    await page.fill('#reason', '原施工队伍退出，更换施工队伍');
    await page.click('[data-action=assign-crew]');
    await page.waitForSelector('#result .alert');
    answers.push(await page.textContent('#result'));
    if (await page.locator('#result .alert.ok').count()) {
      chosen = other.v;
      break;
    }
  }
  assert.ok(chosen, `a qualified crew of the township could be assigned: ${answers.join(' | ')}`);
  const after = (await api('GET', `/api/v1/permits/${build.id}`, bearer)).body;
  assert.equal(after.crewId, chosen);
  assert.equal(after.state, 'BOOK_ISSUED');
  await context.close();
});
