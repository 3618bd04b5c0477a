// The app's frame: routing by #hash, the network badge, the language switch, and sync when the network returns.
import { t, toggleLanguage } from './i18n.js';
import { session, logout } from './api.js';
import { outbox } from './store.js';
import { syncNow } from './sync.js';
import { loginView, todayView, fileView, visitView, outboxView } from './views.js';
import { applicationsView, permitView, overviewView } from './officer.js';

const root = document.getElementById('view');
const nav = document.getElementById('nav');

async function route() {
  const s = await session();
  const officer = s && s.roles.some((r) => r !== 'inspector');
  const [, page, a, b] = (location.hash || (officer ? '#/applications' : '#/today')).split('/');
  renderChrome(s, page);
  if (!s) {
    return loginView(root, () => { location.hash = ''; route(); });
  }
  switch (page) {
    case 'file': return fileView(root, decodeURIComponent(a));
    case 'visit': return visitView(root, decodeURIComponent(a), decodeURIComponent(b));
    case 'outbox': return outboxView(root);
    case 'applications': return applicationsView(root);
    case 'permit': return permitView(root, decodeURIComponent(a));
    case 'overview': return overviewView(root);
    case 'logout': await logout(); location.hash = '#/today'; return route();
    default: return officer && !page ? applicationsView(root) : todayView(root);
  }
}

async function renderChrome(s, page) {
  document.getElementById('title').textContent = t('appName');
  document.getElementById('lang').textContent = t('language');
  const net = document.getElementById('net');
  net.textContent = navigator.onLine ? t('online') : t('offline');
  net.classList.toggle('off', !navigator.onLine);
  nav.hidden = !s;
  if (s) {
    const waiting = (await outbox.all()).filter((i) => i.status !== 'synced').length;
    const officer = s.roles.some((r) => r !== 'inspector');
    const tabs = officer
      ? [['applications', t('worklist')], ['today', t('today')], ['overview', t('overview')], ['logout', t('logout')]]
      : [['today', t('today')], ['outbox', `${t('outbox')}${waiting ? ` (${waiting})` : ''}`], ['logout', t('logout')]];
    nav.innerHTML = tabs
      .map(([p, label]) => `<a href="#/${p}" class="${p === (page || 'today') ? 'active' : ''}">${label}</a>`).join('');
  }
}

document.getElementById('lang').addEventListener('click', () => { toggleLanguage(); route(); });
window.addEventListener('hashchange', route);
window.addEventListener('online', async () => { await syncNow(); route(); });
window.addEventListener('offline', () => route());
window.addEventListener('anju:outbox', () => route());

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
route();
