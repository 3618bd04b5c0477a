// Shared pieces of the browser and system tests: the running system's URLs, API calls with a demo login, and a
// Chromium that is Debian's own (never a downloaded one).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const GATEWAY = process.env.ANJU_URL || 'http://localhost:8080';
export const DEMO_PASSWORD = 'anju-demo-2026';
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const CHROMIUM = process.env.ANJU_CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk). `
      + 'The browser tests do not download one and do not skip.');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function token(username) {
  const response = await fetch(`${GATEWAY}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`login ${username}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()).access_token;
}

export async function api(method, path, bearer, body) {
  const response = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

// Two small PNGs of different colours: distinct photo content, decodable by createImageBitmap.
export const PHOTO_RED = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGM4ISd3Qk6OAUIBAB8mBBG4glMAAAAAAElFTkSuQmCC', 'base64');
export const PHOTO_BLUE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGOQkzshJ3eCAUIBABnWBBFGh5IEAAAAAElFTkSuQmCC', 'base64');

/** A point `metres` north of the given one. */
export function north(point, metres) {
  return { lat: point.lat + metres / 111320, lng: point.lng };
}

export const PHONE = { width: 360, height: 640 };
export const DESK = { width: 1280, height: 800 };

/**
 * Screenshots of what the page shows now, at phone and desk size, named <name>-360x640.png and <name>-1280x800.png;
 * the whole page, with the bars that stick to the screen's edges drawn where they are in the page. With `redraw`
 * (a selector), the page is loaded again at each size and drawn for it (charts are drawn for the width they have).
 */
export async function shoot(page, name, { sizes = [PHONE, DESK], redraw = null } = {}) {
  const before = page.viewportSize();
  const unstuck = '.bar, .tabs { position: static !important; }';
  let unstick = null;
  for (const size of sizes) {
    await page.setViewportSize(size);
    if (redraw) {
      await page.reload();
      await page.waitForSelector(redraw);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    unstick = unstick && !redraw ? unstick : await page.addStyleTag({ content: unstuck });
    await page.screenshot({ path: `${ARTIFACTS}${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await unstick.evaluate((el) => el.remove());
  await page.setViewportSize(before);
  if (redraw) {
    await page.reload();
    await page.waitForSelector(redraw);
  }
}

/** Logs in through the app's own form and waits for the app behind it. */
export async function logIn(page, username) {
  await page.fill('#u', username);
  await page.fill('#p', DEMO_PASSWORD);
  await page.click('form button[type=submit]');
  await page.waitForSelector('#nav a');
}

/** The phone's outbox as IndexedDB holds it (the app's own store, read in the page). */
export function outboxOf(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('anju');
    open.onsuccess = () => {
      const read = open.result.transaction('outbox').objectStore('outbox').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    };
    open.onerror = () => reject(open.error);
  }));
}
