// A session that runs out in the hills: the access token (15 minutes) and the refresh token both expire while the
// phone is offline with work queued. On reconnect the app asks the same user to log in again, then syncs the queue:
// nothing lost, nothing twice. Someone else logging in on the same phone never sends that queue under their name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, token, api, GATEWAY, PHONE, DEMO_PASSWORD, shoot, logIn, outboxOf } from './support.mjs';

const INSPECTOR = 'inspector.chengguan';
const OTHER = 'officer.chengguan';
let browser;
let bearer;
let sites;

before(async () => {
  browser = await launch();
  bearer = await token(INSPECTOR);
  const today = await api('GET', '/api/v1/worklist/today', bearer);
  assert.equal(today.status, 200, JSON.stringify(today.body));
  // the end of the list: the inspector flow test visits the first builds
  sites = today.body.items.filter((i) => i.lat != null).slice(-2);
  assert.equal(sites.length, 2, `${INSPECTOR} has two builds with a site in the demo data`);
});

after(async () => browser?.close());

/** Logs in on a phone at the site, records a patrol offline and leaves it queued; the phone stays offline. */
async function queueOffline(item) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', permissions: ['geolocation'],
    geolocation: { latitude: item.lat, longitude: item.lng, accuracy: 8 } });
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await logIn(page, INSPECTOR);
  await page.waitForSelector('#items');
  await page.goto(`${GATEWAY}/#/visit/${item.permitId}/ROUTINE_PATROL`);
  await page.waitForSelector('#checkin');
  await context.setOffline(true);
  await page.click('#checkin');
  await page.waitForSelector('#onsite');
  await page.fill('#ack', `户主 ${item.householdHead}`);
  await page.click('#save');
  await page.waitForSelector('li[data-status=pending]');
  return { context, page, visitId: await page.getAttribute('li[data-status=pending]', 'data-id') };
}

const kvSession = (page, next) => page.evaluate((value) => new Promise((resolve, reject) => {
  const open = indexedDB.open('anju');
  open.onsuccess = () => {
    const store = open.result.transaction('kv', value ? 'readwrite' : 'readonly').objectStore('kv');
    const op = value ? store.put(value, 'session') : store.get('session');
    op.onsuccess = () => resolve(op.result);
    op.onerror = () => reject(op.error);
  };
  open.onerror = () => reject(open.error);
}), next);

/**
 * Both tokens run out: the refresh token is revoked on the server (as when its 7 days have passed) and the access
 * token is replaced by one that expired a minute ago.
 */
async function expireSession(page) {
  const s = await kvSession(page);
  const revoked = await fetch(`${GATEWAY}/api/v1/auth/logout`, { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken: s.refreshToken }) });
  assert.equal(revoked.status, 204);
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const expired = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ upn: s.user, groups: s.roles, iat: now - 960, exp: now - 60 })}.c2lnbmF0dXJl`;
  await kvSession(page, { ...s, accessToken: expired, expiresAt: Date.now() - 60000 });
}

async function visitsNamed(permitId, visitId) {
  const visits = await api('GET', `/api/v1/permits/${permitId}/visits?limit=100`, bearer);
  assert.equal(visits.status, 200, JSON.stringify(visits.body));
  return visits.body.items.filter((v) => v.id === visitId);
}

test('the session expires offline: the queue waits, the same user logs in again and it syncs exactly once', async () => {
  const [site] = sites;
  const { context, page, visitId } = await queueOffline(site);
  await expireSession(page);

  await context.setOffline(false);
  await page.waitForSelector('#relogin');
  assert.equal(await page.inputValue('#u'), INSPECTOR, 'the same user is asked to log in');
  assert.match(await page.textContent('#relogin-hint'), /登录已过期.*1 条/);
  await shoot(page, 'relogin-prompt');
  const queued = (await outboxOf(page)).filter((i) => i.id === visitId);
  assert.equal(queued.length, 1);
  assert.notEqual(queued[0].status, 'synced', 'still queued on the phone');
  assert.equal((await visitsNamed(site.permitId, visitId)).length, 0, 'nothing was sent without a session');

  await page.fill('#p', DEMO_PASSWORD);
  await page.click('#relogin button[type=submit]');
  await page.waitForSelector('#nav a');
  await page.goto(`${GATEWAY}/#/outbox`);
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  const once = async () => {
    const mine = await visitsNamed(site.permitId, visitId);
    assert.equal(mine.length, 1, 'the visit exists exactly once');
    assert.equal(mine[0].inspector, INSPECTOR);
  };
  await once();
  await page.click('#sync');
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`);
  await once();
  await context.close();
});

test("another user logging in on the phone does not send the previous user's queue, and is told it is kept", async () => {
  const [, site] = sites;
  const { context, page, visitId } = await queueOffline(site);
  await expireSession(page);
  await context.setOffline(false);
  await page.waitForSelector('#relogin');

  // a colleague takes the phone and logs in as themself
  await page.fill('#u', OTHER);
  await page.fill('#p', DEMO_PASSWORD);
  await page.click('#relogin button[type=submit]');
  await page.waitForSelector('#nav a');
  const held = await page.waitForSelector(`#banner .held[data-owner="${INSPECTOR}"]`);
  assert.match(await held.textContent(), new RegExp(`1 条 ${INSPECTOR} 的待同步记录.*不会以您的名义发送`));
  await shoot(page, 'held-for-other-user');
  const [kept] = (await outboxOf(page)).filter((i) => i.id === visitId);
  assert.equal(kept.owner, INSPECTOR);
  assert.equal(kept.status, 'pending', 'kept, unsent');
  assert.equal((await api('GET', `/api/v1/visits/${visitId}`, bearer)).status, 404, 'not on the server under anyone');

  // the colleague logs out; the inspector logs in and the queue goes, in the inspector's name, once
  await page.goto(`${GATEWAY}/#/logout`);
  await page.waitForSelector('#login');
  await logIn(page, INSPECTOR);
  await page.goto(`${GATEWAY}/#/outbox`);
  await page.waitForSelector(`li[data-id="${visitId}"][data-status=synced]`, { timeout: 20000 });
  const mine = await visitsNamed(site.permitId, visitId);
  assert.equal(mine.length, 1);
  assert.equal(mine[0].inspector, INSPECTOR);
  assert.equal(await page.$('#banner .held'), null, 'nothing held any more');
  await context.close();
});
