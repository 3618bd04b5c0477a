// The county overview's rate charts (mandatory-visit completion and rectification close-out per township and month)
// drawn in the page from GET /api/v1/overview/trend, or 「暂无数据」 when it has no figures or does not answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, GATEWAY, DESK, shoot, logIn } from './support.mjs';

const FIXTURE = JSON.parse(readFileSync(new URL('fixtures/trend.json', import.meta.url)));
const ADMIN = 'admin.county';
let browser;

before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function overview(prepare) {
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(`${GATEWAY}/`);
  await logIn(page, ADMIN);
  await page.goto(`${GATEWAY}/#/overview`);
  await page.waitForSelector('#chart-completion, #chart-completion-none');
  return { context, page };
}

const figures = (trend, key) => trend.months.flatMap((m) => m.townships).filter((tw) => tw[key] != null);

test('the rate charts show what the trend endpoint answers: lines per township, or 暂无数据', async () => {
  let answered;
  const { context, page } = await overview((p) => {
    answered = p.waitForResponse((r) => r.url().includes('/api/v1/overview/trend?'));
  });
  const response = await answered;
  assert.equal(response.status(), 200, await response.text());
  // the page is compared with the answer it got itself
  const trend = { body: await response.json() };
  for (const [key, id] of [['mandatoryVisitCompletionRate', 'chart-completion'], ['closeOutRate', 'chart-closeout']]) {
    if (figures(trend.body, key).length) {
      assert.ok((await page.$$(`#${id} path.line, #${id} circle`)).length > 0, `${id} is drawn`);
    } else {
      assert.match(await page.textContent(`#${id}-none`), /暂无数据/, `${id}: nothing to draw is said in words`);
    }
  }
  await shoot(page, 'overview-county', { redraw: '#chart-completion, #chart-completion-none' });
  await context.close();
});

test('with figures for two townships, each rate is a line per township with a legend, gaps where a month has none', async () => {
  const { context, page } = await overview((p) => p.route('**/api/v1/overview/trend?**', (route) => route.fulfill({ json: FIXTURE })));
  await page.waitForSelector('#chart-completion path.line');
  assert.equal((await page.$$('#chart-completion path.line')).length, 2, 'one line per township');
  const chengguan = await page.getAttribute('#chart-completion [data-township="369901100000"] path.line', 'd');
  assert.equal((chengguan.match(/M/g) || []).length, 2, 'August has no figure: the line breaks');
  assert.deepEqual(await page.$$eval('#chart-completion .legend text', (els) => els.map((e) => e.textContent)), ['城关镇', '青石镇']);
  assert.equal((await page.$$('#chart-closeout path.line')).length, 1);
  await shoot(page, 'rates', { redraw: '#chart-completion path.line' });
  await context.close();
});

test('when the trend does not answer, the page says 暂无数据 and still shows the applications chart', async () => {
  const { context, page } = await overview((p) => p.route('**/api/v1/overview/trend?**', (route) => route.abort()));
  assert.match(await page.textContent('#chart-completion-none'), /暂无数据/);
  assert.match(await page.textContent('#chart-closeout-none'), /暂无数据/);
  assert.ok((await page.$$('#chart-states rect')).length >= 4);
  await context.close();
});
