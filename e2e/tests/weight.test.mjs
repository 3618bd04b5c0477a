// The first load of the app on a phone, counted in bytes on the wire (photos excluded): the budget is 300 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { launch, GATEWAY, ARTIFACTS } from './support.mjs';

test('the first load transfers less than 300 KB', async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const files = [];
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  cdp.on('Network.responseReceived', (e) => files.push(e.response.url.replace(GATEWAY, '')));
  await page.goto(`${GATEWAY}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#login');
  const kb = (bytes / 1024).toFixed(1);
  writeFileSync(`${ARTIFACTS}first-load.txt`, `first load: ${kb} KB transferred in ${files.length} responses\n${files.join('\n')}\n`);
  console.log(`first load: ${kb} KB in ${files.length} responses`);
  assert.ok(bytes < 300 * 1024, `first load was ${kb} KB`);
  await browser.close();
});
