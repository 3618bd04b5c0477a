// The first load of the app on a phone, counted in bytes on the wire (photos excluded): the budget is 300 KB. Counted
// twice: what the login screen needs, and that plus what the service worker fetches to keep the whole app shell for
// offline use (every screen's code, fetched once on the first visit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { launch, GATEWAY, ARTIFACTS, PHONE } from './support.mjs';

test('the first load, with the offline shell, transfers less than 300 KB', async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const files = [];
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  cdp.on('Network.responseReceived', (e) => files.push(e.response.url.replace(GATEWAY, '')));
  // the service worker's own fetches (the shell it keeps) are reported on the context
  const shell = [];
  context.on('requestfinished', (r) => {
    if (r.serviceWorker()) {
      shell.push(r.sizes().then((s) => ({ url: r.url().replace(GATEWAY, ''), bytes: s.responseBodySize + s.responseHeadersSize })));
    }
  });
  await page.goto(`${GATEWAY}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#login');
  const kept = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    return (await (await caches.open(names[0])).keys()).length;
  });
  for (let i = 0; i < 50 && shell.length < kept; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const shellFiles = await Promise.all(shell);
  const shellBytes = shellFiles.reduce((s, f) => s + f.bytes, 0);
  const kb = (n) => (n / 1024).toFixed(1);
  const report = `first load (login screen): ${kb(bytes)} KB transferred in ${files.length} responses\n${files.join('\n')}\n\n`
    + `service worker shell fetched on the first visit: ${kb(shellBytes)} KB in ${shellFiles.length} responses (${kept} kept)\n`
    + `${shellFiles.map((f) => `${f.url} ${f.bytes}`).join('\n')}\n\ntotal: ${kb(bytes + shellBytes)} KB\n`;
  writeFileSync(`${ARTIFACTS}first-load.txt`, report);
  console.log(`first load: ${kb(bytes)} KB in ${files.length} responses; with the offline shell: ${kb(bytes + shellBytes)} KB`);
  assert.ok(shellFiles.length >= kept, 'every file the shell keeps was counted');
  assert.ok(bytes + shellBytes < 300 * 1024, `first load with the shell was ${kb(bytes + shellBytes)} KB`);
  await browser.close();
});
