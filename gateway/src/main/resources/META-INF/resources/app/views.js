// The screens. Each returns HTML for #view and wires its own events; data comes from the gateway or, offline, from
// the copies kept in IndexedDB.
import { t, language } from './i18n.js';
import { cachedGet, login, request, ApiError } from './api.js';
import { outbox, photos, uuid, kv } from './store.js';
import { currentPosition, distanceMetres } from './geo.js';
import { resize, sha256Hex } from './photo.js';
import { syncNow, retry } from './sync.js';

const DEFAULT_RADIUS_M = 100;

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const zhFirst = (zh, en) => (language() === 'en' && en ? en : zh);

function problemText(e) {
  if (e instanceof ApiError && e.problem) {
    const p = e.problem;
    const fields = (p.errors || []).map((f) => `${f.field}：${zhFirst(f.messageZh, f.message)}`).join('；');
    return `${zhFirst(p.titleZh, p.titleEn)}${p.detail ? ' — ' + p.detail : ''}${fields ? '（' + fields + '）' : ''}`;
  }
  return t('offline');
}

export async function loginView(root, done) {
  root.innerHTML = `<h1>${t('appName')}</h1>
    <form id="login" autocomplete="on">
      <label for="u">${t('username')}</label><input id="u" name="username" autocomplete="username" required>
      <label for="p">${t('password')}</label><input id="p" name="password" type="password" autocomplete="current-password" required>
      <p id="err" class="alert bad" hidden></p>
      <p><button type="submit">${t('login')}</button></p>
    </form>`;
  root.querySelector('#login').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const err = root.querySelector('#err');
    try {
      await login(root.querySelector('#u').value.trim(), root.querySelector('#p').value);
      done();
    } catch (e) {
      err.hidden = false;
      err.textContent = e instanceof ApiError && e.status === 401 ? t('loginFailed') : problemText(e);
    }
  });
}

export async function todayView(root) {
  root.innerHTML = `<h1>${t('today')}</h1><p class="muted">…</p>`;
  let answer;
  try {
    answer = await cachedGet('/api/v1/worklist/today');
  } catch (e) {
    root.innerHTML = `<h1>${t('today')}</h1><p class="alert bad">${esc(problemText(e))}</p>`;
    return;
  }
  const items = answer.data.items || [];
  let here = null;
  try {
    here = await currentPosition(4000);
  } catch (e) {
    here = null;
  }
  if (here) {
    items.forEach((i) => { i.distance = i.lat != null ? distanceMetres(here, i) : Infinity; });
    items.sort((a, b) => a.distance - b.distance);
  }
  await kv.set('today', items);
  root.innerHTML = `<h1>${t('today')} <span class="badge">${items.length}</span></h1>
    ${answer.offline ? `<p class="alert warn">${t('offline')} · ${new Date(answer.at).toLocaleString()}</p>` : ''}
    ${answer.data.partial ? `<p class="alert warn">${t('partial')}</p>` : ''}
    ${here ? `<p class="muted">${t('nearest')}</p>` : ''}
    <ul class="list" id="items">${items.length ? items.map((i) => `<li data-permit="${esc(i.permitId)}">
      <a href="#/file/${esc(i.householdId)}"><strong>${esc(i.householdHead)}</strong> · ${esc(i.villageName || '')}
      <br><span class="badge ${i.overdueDays > 0 ? 'bad' : ''}">${t(i.visitType)}</span>
      ${i.overdueDays > 0 ? `<span class="badge bad">${t('overdue')} ${i.overdueDays}</span>` : `<span class="badge">${t('dueToday')}</span>`}
      ${Number.isFinite(i.distance) ? `<span class="muted">${Math.round(i.distance)} m</span>` : ''}
      <br><span class="muted">${esc(i.applicationNumber || '')} ${esc(i.address || '')}</span></a>
      <p><a class="button" href="#/visit/${esc(i.permitId)}/${esc(i.visitType)}">${t('startVisit')}</a></p></li>`).join('')
    : `<li class="muted">${t('noItems')}</li>`}</ul>`;
}

export async function fileView(root, householdId) {
  root.innerHTML = `<h1>${t('file')}</h1><p class="muted">…</p>`;
  let answer;
  try {
    answer = await cachedGet(`/api/v1/households/${encodeURIComponent(householdId)}/file`);
  } catch (e) {
    root.innerHTML = `<h1>${t('file')}</h1><p class="alert bad">${esc(problemText(e))}</p>`;
    return;
  }
  const f = answer.data;
  const permit = f.permit || {};
  root.innerHTML = `<h1>${t('file')} · ${esc(f.household?.headName || '')}</h1>
    ${answer.offline ? `<p class="alert warn">${t('offline')}</p>` : ''}
    ${f.partial ? `<p class="alert warn">${t('partial')}: ${esc((f.unavailable || []).join(', '))}</p>` : ''}
    <div class="cols"><section><h2>${t('application')}</h2>
      <p>${esc(permit.applicationNumber || '')} <span class="badge">${esc(permit.state || '')}</span></p>
      <p class="muted">${esc(permit.address || '')}</p>
      <ul class="list">${(f.history || []).map((h) => `<li>${esc(h.at?.slice(0, 10))} ${esc(h.toState || h.action || '')}
        <span class="muted">${esc(h.actor || '')} ${esc(h.reason || '')}</span></li>`).join('')}</ul></section>
    <section><h2>${t('crew')}</h2>${f.crew ? `<p>${esc(f.crew.name)} <span class="badge ${f.crew.eligible === false ? 'bad' : ''}">
      ${esc(f.crew.status || '')}</span> ${f.crew.creditScore != null ? `信用分 ${esc(f.crew.creditScore)}` : ''}</p>` : '<p class="muted">—</p>'}
    <h2>${t('visits')}</h2><ul class="list">${(f.visits || []).map((v) => `<li>${t(v.type)} · ${esc(v.outcome || '')}
      ${v.onSite === false ? `<span class="badge bad">${t('NOT_ON_SITE')}</span>` : ''}
      <span class="muted">${esc((v.checkInServerTime || v.scheduledDate || '').slice(0, 16))}</span></li>`).join('')}</ul>
    <h2>${t('notices')}</h2><ul class="list">${(f.notices || []).map((n) => `<li>${esc(n.description || n.kind || '')}
      <span class="badge warn">${esc(n.deadline || '')}</span></li>`).join('')}</ul></section></div>
    ${permit.id ? `<p><a class="button" href="#/visit/${esc(permit.id)}/${esc(permit.nextVisit || 'ROUTINE_PATROL')}">${t('startVisit')}</a></p>` : ''}`;
}

async function templateFor(type) {
  const answer = await cachedGet('/api/v1/checklist-templates');
  return (answer.data || []).find((tpl) => tpl.visitType === type) || null;
}

export async function visitView(root, permitId, type) {
  const draftKey = `draft:${permitId}:${type}`;
  const draft = (await kv.get(draftKey)) || { id: uuid(), answers: {}, hazards: [], photos: [] };
  await kv.set(draftKey, draft);
  const site = ((await kv.get('today')) || []).find((i) => i.permitId === permitId) || {};
  let template = null;
  try {
    template = await templateFor(type);
  } catch (e) {
    template = null;
  }
  const items = template?.items || [];
  root.innerHTML = `<h1>${t(type)} · ${esc(site.householdHead || '')}</h1>
    <section><h2>${t('checkIn')}</h2><p><button type="button" id="checkin">${t('checkIn')}</button></p>
      <div id="presence">${draft.checkIn ? presenceText(draft.checkIn, site) : ''}</div></section>
    <section><h2>${esc(template ? zhFirst(template.titleZh, template.titleEn) : '')}</h2>
      ${items.map((it) => itemField(it, draft.answers[it.code])).join('')}</section>
    <section><h2>${t('finding')}</h2><div id="hazards">${draft.hazards.map(hazardText).join('')}</div>
      <details><summary class="button secondary">${t('addFinding')}</summary>
        <label>${t('grade')}</label><select id="hgrade"><option value="GENERAL">${t('GENERAL')}</option>
          <option value="MAJOR">${t('MAJOR')}</option><option value="CRITICAL">${t('CRITICAL')}</option></select>
        <label>${t('description')}</label><textarea id="hdesc" rows="2"></textarea>
        <label>${t('responsible')}</label><input id="hresp">
        <label>${t('deadline')}</label><input id="hdeadline" type="date">
        <p><button type="button" id="addhazard">${t('addFinding')}</button></p></details></section>
    <section><h2>${t('photos')}</h2><div class="thumbs" id="thumbs"></div>
      <label class="button secondary" for="camera">${t('addPhoto')}</label>
      <input id="camera" type="file" accept="image/*" capture="environment" multiple hidden></section>
    <section><h2>${t('outcome')}</h2><select id="outcome">
      ${['PASSED', 'PASSED_WITH_CONDITIONS', 'FAILED'].map((o) => `<option value="${o}" ${draft.outcome === o ? 'selected' : ''}>${t(o)}</option>`).join('')}</select>
      <label>${t('acknowledgement')}</label><input id="ack" value="${esc(draft.ackName || '')}"></section>
    <p id="err" class="alert bad" hidden></p>
    <p><button type="button" id="save">${t('save')}</button></p>`;
  renderThumbs(root, draft);

  root.querySelector('#checkin').addEventListener('click', async () => {
    const box = root.querySelector('#presence');
    try {
      const p = await currentPosition();
      draft.checkIn = { clientTime: new Date().toISOString(), lat: p.lat, lng: p.lng, accuracyMetres: p.accuracy };
      await kv.set(draftKey, draft);
      box.innerHTML = presenceText(draft.checkIn, site);
    } catch (e) {
      box.innerHTML = `<p class="alert bad">${t('noPosition')}</p>`;
    }
  });
  root.querySelectorAll('[data-item]').forEach((el) => el.addEventListener('change', async () => {
    const input = el.type === 'radio' ? el : el;
    const v = input.type === 'number' ? Number(input.value) : input.value === 'true' ? true : input.value === 'false' ? false : input.value;
    draft.answers[input.dataset.item] = v;
    await kv.set(draftKey, draft);
  }));
  root.querySelector('#addhazard').addEventListener('click', async () => {
    const description = root.querySelector('#hdesc').value.trim();
    if (!description) {
      return;
    }
    draft.hazards.push({ id: uuid(), visitId: draft.id, type: 'OTHER', grade: root.querySelector('#hgrade').value,
      description, responsiblePerson: root.querySelector('#hresp').value.trim() || '—',
      deadline: root.querySelector('#hdeadline').value || null });
    await kv.set(draftKey, draft);
    root.querySelector('#hazards').innerHTML = draft.hazards.map(hazardText).join('');
    root.querySelector('#hdesc').value = '';
  });
  root.querySelector('#camera').addEventListener('change', async (ev) => {
    for (const file of ev.target.files) {
      const id = uuid();
      const [originalSha256, blob] = await Promise.all([sha256Hex(file), resize(file)]);
      await photos.put({ id, blob, originalSha256, takenAt: new Date().toISOString(),
        position: draft.checkIn ? { lat: draft.checkIn.lat, lng: draft.checkIn.lng } : null,
        target: { kind: 'visit', id: draft.id } });
      draft.photos.push(id);
    }
    await kv.set(draftKey, draft);
    renderThumbs(root, draft);
  });
  root.querySelector('#save').addEventListener('click', async () => {
    const err = root.querySelector('#err');
    const missing = items.filter((it) => it.required && draft.answers[it.code] === undefined);
    if (!draft.checkIn || missing.length) {
      err.hidden = false;
      err.textContent = `${t('required')}: ${[!draft.checkIn ? t('checkIn') : null, ...missing.map((m) => zhFirst(m.textZh, m.textEn))].filter(Boolean).join('、')}`;
      return;
    }
    const ack = root.querySelector('#ack').value.trim();
    const visit = { id: draft.id, permitId, type, checkIn: draft.checkIn, answers: draft.answers,
      outcome: root.querySelector('#outcome').value,
      acknowledgement: ack ? { name: ack, role: 'OWNER', at: new Date().toISOString() } : null };
    await outbox.put({ id: draft.id, kind: 'visit', status: 'pending', createdAt: new Date().toISOString(),
      label: `${t(type)} · ${site.householdHead || permitId}`, visit, hazards: draft.hazards, photos: draft.photos });
    await kv.remove(draftKey);
    location.hash = '#/outbox';
    if (navigator.onLine) {
      syncNow().then(() => window.dispatchEvent(new Event('anju:outbox')));
    }
  });
}

function presenceText(checkIn, site) {
  if (site.lat == null) {
    return `<p class="muted">${t('position')}: ${checkIn.lat.toFixed(5)}, ${checkIn.lng.toFixed(5)} ±${Math.round(checkIn.accuracyMetres || 0)} m</p>`;
  }
  const d = Math.round(distanceMetres(checkIn, site));
  const r = site.radiusMetres || DEFAULT_RADIUS_M;
  return d > r ? `<p class="alert bad" id="offsite">${t('offSite', { d, r })}</p>`
    : `<p class="alert ok" id="onsite">${t('onSite', { d })}</p>`;
}

function itemField(it, value) {
  const label = esc(zhFirst(it.textZh, it.textEn)) + (it.required ? ' *' : '');
  if (it.answerKind === 'YES_NO') {
    return `<label>${label}</label><div class="answers">${[['true', t('yes')], ['false', t('no')]].map(([v, l]) =>
      `<label><input type="radio" name="${esc(it.code)}" value="${v}" data-item="${esc(it.code)}" ${String(value) === v ? 'checked' : ''}><span>${l}</span></label>`).join('')}</div>`;
  }
  const type = it.answerKind === 'NUMBER' ? 'number' : 'text';
  return `<label for="i-${esc(it.code)}">${label}</label><input id="i-${esc(it.code)}" type="${type}" data-item="${esc(it.code)}" value="${esc(value ?? '')}">`;
}

function hazardText(h) {
  return `<p class="alert warn">${t(h.grade)} · ${esc(h.description)} · ${esc(h.responsiblePerson)} ${esc(h.deadline || '')}</p>`;
}

async function renderThumbs(root, draft) {
  const box = root.querySelector('#thumbs');
  const urls = [];
  for (const id of draft.photos) {
    const p = await photos.get(id);
    if (p?.blob) {
      urls.push(URL.createObjectURL(p.blob));
    }
  }
  box.innerHTML = urls.map((u) => `<img src="${u}" alt="">`).join('');
}

export async function outboxView(root) {
  const items = (await outbox.all()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const label = { pending: t('pending'), sent: t('pending'), synced: t('synced'), refused: t('refused') };
  root.innerHTML = `<h1>${t('outbox')}</h1>
    <p><button type="button" id="sync">${t('syncNow')}</button></p>
    <ul class="list">${items.length ? items.map((i) => `<li data-id="${esc(i.id)}" data-status="${esc(i.status)}">
      <strong>${esc(i.label)}</strong> <span class="badge ${i.status === 'refused' ? 'bad' : i.status === 'synced' ? '' : 'warn'}">${label[i.status]}</span>
      <br><span class="muted">${esc(i.createdAt.slice(0, 16).replace('T', ' '))} · ${(i.hazards || []).length} ${t('finding')} · ${(i.photos || []).length} ${t('photos')}</span>
      ${i.lastError ? `<p class="alert ${i.status === 'refused' ? 'bad' : 'warn'}">${esc(i.lastError)}</p>` : ''}
      ${i.status === 'refused' ? `<button type="button" class="secondary" data-retry="${esc(i.id)}">${t('retry')}</button>` : ''}</li>`).join('')
    : `<li class="muted">${t('noItems')}</li>`}</ul>`;
  root.querySelector('#sync').addEventListener('click', async (ev) => {
    ev.target.disabled = true;
    ev.target.textContent = t('syncing');
    await syncNow();
    outboxView(root);
  });
  root.querySelectorAll('[data-retry]').forEach((b) => b.addEventListener('click', async () => {
    await retry(b.dataset.retry);
    outboxView(root);
  }));
}

export { request };
