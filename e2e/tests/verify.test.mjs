// Anyone who scans the QR code on a site's notice board: the code comes from the officer's system, the page opens on
// a phone without an account and says whether the permit is genuine and in force.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, PHONE, shoot } from './support.mjs';

let browser;
let officer;

before(async () => {
  browser = await launch();
  officer = await token('officer.chengguan');
});
after(async () => browser?.close());

test('a villager scans the QR code of a permitted build and sees its certificate is valid', async () => {
  const list = await api('GET', '/api/v1/permits?state=PERMITTED&limit=1', officer);
  const build = await api('GET', `/api/v1/permits/${list.body.items[0].id}`, officer);
  const certificate = build.body.documents.filter((d) => d.kind === 'CERTIFICATE').at(-1);
  assert.ok(certificate, 'a permitted demo build holds a certificate');

  const qr = await fetch(`${GATEWAY}/api/v1/permits/${build.body.id}/documents/CERTIFICATE/qr`,
    { headers: { Authorization: `Bearer ${officer}` } });
  assert.equal(qr.status, 200);
  assert.equal(qr.headers.get('content-type'), 'image/png');
  const png = Buffer.from(await qr.arrayBuffer());
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');

  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/verify/certificate/${certificate.number}`);
  await page.waitForSelector('[data-status]');
  assert.equal(await page.getAttribute('[data-status]', 'data-status'), 'VALID');
  const text = await page.textContent('#result');
  assert.match(text, /有效/);
  assert.match(text, new RegExp(certificate.number));
  assert.match(text, /乡村建设规划许可证/);
  assert.match(text, /\*/, 'the household head is masked');
  await shoot(page, 'verify-certificate', { sizes: [PHONE] });

  await page.goto(`${GATEWAY}/verify/certificate/369901-1999-999999`);
  await page.waitForSelector('[data-status]');
  assert.equal(await page.getAttribute('[data-status]', 'data-status'), 'NOT_FOUND');
  assert.match(await page.textContent('#result'), /未查到该文书/);
  await context.close();
});
