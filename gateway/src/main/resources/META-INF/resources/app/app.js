// The app's frame: routing by #hash, the network badge, the language switch, a banner for work kept for someone
// else or a session to renew, and sync when the network returns. An expired session is kept (whose it was) so the
// same user logs in again and the queue syncs; offline, the app stays usable with what it keeps.
import { t, toggleLanguage } from './i18n.js';
import { session, logout } from './api.js';
import { outbox } from './store.js';
import { syncNow, heldForOthers, ownedBy } from './sync.js';
import { esc } from './html.js';
import { loginView, todayView, visitView, outboxView } from './views.js';
import { fileView, permitFileView } from './file.js';
import { searchView } from './search.js';

const main = document.getElementById('view');
const nav = document.getElementById('nav');
const banner = document.getElementById('banner');
const officerPages = () => import('./officer.js');

const isOfficer = (s) => s && s.roles.some((r) => r !== 'inspector');
const homeOf = (s) => (!isOfficer(s) ? 'today' : s.roles.includes('township_officer') ? 'worklist' : 'applications');

async function route() {
  // each navigation renders into its own element: a slow screen that answers after the user moved on writes into a
  // detached element, never over the screen now showing
  const root = document.createElement('div');
  main.replaceChildren(root);
  const s = await session();
  const [, page, a, b] = (location.hash || `#/${homeOf(s)}`).split('/');
  await renderChrome(s, page || homeOf(s));
  if (!s || (s.expired && navigator.onLine)) {
    return loginView(root, s?.expired ? s : null, async () => {
      if (location.hash.startsWith('#/logout')) {
        history.replaceState(null, '', '#/');
      }
      await route();
      if (navigator.onLine && (await syncNow()).changed) {
        window.dispatchEvent(new Event('anju:outbox'));
      }
    });
  }
  switch (page || homeOf(s)) {
    case 'file': return fileView(root, decodeURIComponent(a));
    case 'pfile': return permitFileView(root, decodeURIComponent(a));
    case 'visit': return visitView(root, decodeURIComponent(a), decodeURIComponent(b));
    case 'outbox': return outboxView(root);
    case 'search': return searchView(root, a ? decodeURIComponent(a) : '');
    case 'worklist': return (await officerPages()).worklistView(root);
    case 'applications': return (await officerPages()).applicationsView(root);
    case 'permit': return (await officerPages()).permitView(root, decodeURIComponent(a));
    case 'overview': return (await officerPages()).overviewView(root);
    case 'logout': await logout(); location.hash = ''; return route();
    default: return todayView(root);
  }
}

async function renderChrome(s, page) {
  document.getElementById('title').textContent = t('appName');
  document.getElementById('lang').textContent = t('language');
  const net = document.getElementById('net');
  net.textContent = navigator.onLine ? t('online') : t('offline');
  net.classList.toggle('off', !navigator.onLine);
  const notes = [];
  if (s?.expired && !navigator.onLine) {
    notes.push(`<p class="alert warn" id="expired-offline">${t('reloginOffline')}</p>`);
  }
  if (s?.user) {
    for (const [user, n] of Object.entries(await heldForOthers(s.user))) {
      notes.push(`<p class="alert warn held" data-owner="${esc(user)}">${esc(t('heldForOthers', { n, user }))}</p>`);
    }
  }
  banner.innerHTML = notes.join('');
  banner.hidden = !notes.length;
  nav.hidden = !s || (s.expired && navigator.onLine);
  if (nav.hidden) {
    nav.replaceChildren();
    return;
  }
  const waiting = (await outbox.all()).filter((i) => i.status !== 'synced' && ownedBy(i, s.user)).length;
  const tabs = !isOfficer(s)
    ? [['today', t('today')], ['search', t('search')], ['outbox', `${t('outbox')}${waiting ? ` (${waiting})` : ''}`], ['logout', t('logout')]]
    : [...(s.roles.includes('township_officer') ? [['worklist', t('worklist')]] : []), ['applications', t('applications')],
      ['search', t('search')], ['overview', t('overview')], ['logout', t('logout')]];
  nav.innerHTML = tabs.map(([p, label]) => `<a href="#/${p}" class="${p === page ? 'active' : ''}">${label}</a>`).join('');
}

document.getElementById('lang').addEventListener('click', () => { toggleLanguage(); route(); });
window.addEventListener('hashchange', route);
window.addEventListener('online', async () => { await syncNow(); route(); });
window.addEventListener('offline', () => route());
window.addEventListener('anju:outbox', () => route());
window.addEventListener('anju:expired', () => { if (navigator.onLine) route(); });
// charts are drawn for the width they have: draw them again when a tablet turns or a window is resized
let drawnWidth = window.innerWidth;
let redraw = null;
window.addEventListener('resize', () => {
  clearTimeout(redraw);
  redraw = setTimeout(() => {
    if (location.hash.startsWith('#/overview') && Math.abs(window.innerWidth - drawnWidth) > 80) {
      drawnWidth = window.innerWidth;
      route();
    }
  }, 300);
});

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
route();
