// Find any household by the head's name or the application number, for inspectors and officers. Online it asks
// permits-service (GET /api/v1/permits?q=…, the caller's townships only); offline it looks through today's list kept
// on the phone, and says so.
import { t } from './i18n.js';
import { request, cachedGet, session } from './api.js';
import { kv } from './store.js';
import { esc } from './html.js';
import { problemText, searchBox, wireSearchBox } from './views.js';
import { stateLabel } from './states.js';

export async function searchView(root, q) {
  root.innerHTML = `<h1>${t('searchTitle')}</h1>${searchBox(q)}<div id="results" aria-live="polite">${q ? '<p class="muted">…</p>' : ''}</div>`;
  wireSearchBox(root);
  root.querySelector('#q').focus();
  if (!q) {
    return;
  }
  const box = root.querySelector('#results');
  const s = await session();
  const officer = s?.roles?.some((r) => r !== 'inspector');
  let items;
  let offline = false;
  try {
    const page = await request('GET', `/api/v1/permits?q=${encodeURIComponent(q)}&limit=20`);
    items = page.items || [];
  } catch (e) {
    if (e instanceof TypeError || !navigator.onLine) {
      offline = true;
      items = await searchToday(q);
    } else {
      box.innerHTML = `<p class="alert bad">${esc(problemText(e))}</p>`;
      return;
    }
  }
  const villages = await villageNames();
  items.forEach((p) => { p.villageName = p.villageName || villages[p.villageCode] || ''; });
  box.innerHTML = `${offline ? `<p class="alert warn">${t('searchOfflineNote')}</p>` : ''}
    <h2>${t('searchResults')} <span class="badge">${items.length}</span></h2>
    <ul class="list" id="hits">${items.length ? items.map((p) => hit(p, officer)).join('') : `<li class="muted" id="nohits">${t('noResults')}</li>`}</ul>`;
}

function hit(p, officer) {
  const id = p.id || p.permitId;
  const file = p.householdId ? `#/file/${encodeURIComponent(p.householdId)}` : `#/pfile/${encodeURIComponent(id)}`;
  return `<li data-permit="${esc(id)}"><a href="${file}"><strong>${esc(p.headName || p.householdHead || '—')}</strong>
    · ${esc(p.applicationNumber || '')}<br><span class="badge">${esc(stateLabel(p.state))}</span>
    <span class="muted">${esc(p.villageName || '')} ${esc(p.address || '')}</span></a>
    ${officer ? `<p><a class="button secondary" href="#/permit/${encodeURIComponent(id)}">${t('review')}</a></p>` : ''}</li>`;
}

async function searchToday(q) {
  const needle = q.toLowerCase();
  return ((await kv.get('today')) || []).filter((i) => `${i.householdHead || ''} ${i.applicationNumber || ''}`
    .toLowerCase().includes(needle));
}

/** Village code -> name, from the county's divisions (public, kept for offline use). */
export async function villageNames() {
  try {
    const counties = (await cachedGet('/api/v1/divisions')).data;
    return Object.fromEntries(counties.flatMap((c) => c.children || []).flatMap((tw) => tw.children || []).map((v) => [v.code, v.name]));
  } catch (e) {
    return {};
  }
}
