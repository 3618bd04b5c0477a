// The inspector's screens. Each returns HTML for #view and wires its own events; data comes from the gateway or,
// offline, from the copies kept in IndexedDB.
import { t, language } from './i18n.js';
import { cachedGet, login, session, ApiError } from './api.js';
import { outbox, photos, uuid, kv } from './store.js';
import { currentPosition, distanceMetres } from './geo.js';
import { resize, sha256Hex } from './photo.js';
import { syncNow, retry, ownedBy } from './sync.js';
import { esc, when } from './html.js';
import { HAZARD_TYPES, countyToday, defaultDeadline, DEADLINE_DAYS, stopsWorkAutomatically, noticeProblems } from './notices.js';

export { esc };

const DEFAULT_RADIUS_M = 100;

export const zhFirst = (zh, en) => (language() === 'en' && en ? en : zh);

export function problemText(e) {
  if (e instanceof ApiError && e.problem) {
    const p = e.problem;
    const fields = (p.errors || []).map((f) => `${f.field}：${zhFirst(f.messageZh, f.message)}`).join('；');
    return `${zhFirst(p.titleZh, p.titleEn)}${p.detail ? ' — ' + p.detail : ''}${fields ? '（' + fields + '）' : ''}`;
  }
  return t('offline');
}

/**
 * The login form; with an expired session it asks the same user to log in again (the name filled in) and says how
 * much queued work waits for them. done(result) gets login's answer.
 */
export async function loginView(root, expired, done) {
  const waiting = expired ? (await outbox.all()).filter((i) => i.status !== 'synced' && ownedBy(i, expired.user)).length : 0;
  root.innerHTML = `<h1>${expired ? t('relogin') : t('appName')}</h1>
    ${expired ? `<p class="alert warn" id="relogin-hint">${esc(t('reloginHint', { n: waiting }))}</p>` : ''}
    <form id="${expired ? 'relogin' : 'login'}" class="login" autocomplete="on">
      <label for="u">${t('username')}</label><input id="u" name="username" autocomplete="username" required
        value="${esc(expired?.user || '')}">
      <label for="p">${t('password')}</label><input id="p" name="password" type="password" autocomplete="current-password" required>
      <p id="err" class="alert bad" hidden></p>
      <p><button type="submit">${t('login')}</button></p>
    </form>`;
  root.querySelector('form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const err = root.querySelector('#err');
    try {
      done(await login(root.querySelector('#u').value.trim(), root.querySelector('#p').value));
    } catch (e) {
      err.hidden = false;
      err.textContent = e instanceof ApiError && e.status === 401 ? t('loginFailed') : problemText(e);
    }
  });
  if (expired) {
    root.querySelector('#p').focus();
  }
}

/** A search box that opens the search screen (inspectors and officers). */
export function searchBox(q = '') {
  return `<form id="searchform" class="search" role="search"><label for="q" class="sr">${t('searchHint')}</label>
    <input id="q" type="search" name="q" value="${esc(q)}" placeholder="${t('searchHint')}" autocomplete="off">
    <button type="submit">${t('searchButton')}</button></form>`;
}

export function wireSearchBox(root) {
  root.querySelector('#searchform')?.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = root.querySelector('#q').value.trim();
    if (q) {
      location.hash = `#/search/${encodeURIComponent(q)}`;
    }
  });
}

export async function todayView(root) {
  root.innerHTML = `<h1>${t('today')}</h1>${searchBox()}<p class="muted">…</p>`;
  wireSearchBox(root);
  let answer;
  try {
    answer = await cachedGet('/api/v1/worklist/today');
  } catch (e) {
    root.innerHTML = `<h1>${t('today')}</h1>${searchBox()}<p class="alert bad">${esc(problemText(e))}</p>`;
    wireSearchBox(root);
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
    ${searchBox()}
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
  wireSearchBox(root);
}

async function templateFor(type) {
  const answer = await cachedGet('/api/v1/checklist-templates');
  return (answer.data || []).find((tpl) => tpl.visitType === type) || null;
}

export async function visitView(root, permitId, type) {
  // a draft is its user's: someone else opening the same visit on this phone starts their own
  const draftKey = `draft:${(await session())?.user}:${permitId}:${type}`;
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
  const today = countyToday();
  draft.stopWorks = draft.stopWorks || [];
  root.innerHTML = `<h1>${t(type)} · ${esc(site.householdHead || '')}</h1>
    <section><h2>${t('checkIn')}</h2><p><button type="button" id="checkin">${t('checkIn')}</button></p>
      <div id="presence">${draft.checkIn ? presenceText(draft.checkIn, site) : ''}</div></section>
    ${template ? `<section><h2>${esc(zhFirst(template.titleZh, template.titleEn))}</h2>
      ${items.map((it) => itemField(it, draft.answers[it.code])).join('')}</section>` : ''}
    <section><h2>${t('findingsAndNotices')}</h2><div id="hazards">${hazardCards(draft)}</div>
      <details id="finding"><summary class="button secondary">${t('addFinding')}</summary>
        <label for="htype">${t('hazardType')}</label><select id="htype">
          ${HAZARD_TYPES.map((ty) => `<option value="${ty}">${t(ty)}</option>`).join('')}</select>
        <label for="hgrade">${t('grade')}</label><select id="hgrade"><option value="GENERAL">${t('GENERAL')}</option>
          <option value="MAJOR">${t('MAJOR')}</option><option value="CRITICAL">${t('CRITICAL')}</option></select>
        <label for="hdesc">${t('description')} *</label><textarea id="hdesc" rows="2"></textarea>
        <fieldset class="notice"><legend>${t('rectificationNotice')}</legend>
          <label for="hresp">${t('responsible')} *</label><input id="hresp" autocomplete="off">
          <label for="hdeadline">${t('deadline')}</label><input id="hdeadline" type="date" min="${today}">
          <p class="muted" id="hdefault"></p></fieldset>
        <fieldset class="notice"><legend>${t('stopWorkNotice')}</legend>
          <p class="alert warn" id="hauto" hidden>${t('autoStopWork')}</p>
          <label class="check" id="hstopbox"><input type="checkbox" id="hstop"><span>${t('alsoStopWork')}</span></label>
          <div id="hstopmore" hidden><label for="hstopreason">${t('stopReason')}</label><textarea id="hstopreason" rows="2"></textarea></div>
        </fieldset>
        <p id="herr" class="alert bad" hidden></p>
        <p><button type="button" id="addhazard">${t('recordAndIssue')}</button></p></details></section>
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
  wireFindingForm(root, draft, draftKey, today);
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
      owner: (await session())?.user || null, householdId: site.householdId || null, label: `${t(type)} · ${site.householdHead || permitId}`, visit,
      hazards: draft.hazards, stopWorks: draft.stopWorks, photos: draft.photos });
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

/** The finding form: type, grade, description, its rectification notice and, when asked or grave, a stop-work. */
function wireFindingForm(root, draft, draftKey, today) {
  const $ = (sel) => root.querySelector(sel);
  let deadlineTouched = false;
  const refresh = () => {
    const grade = $('#hgrade').value;
    const auto = stopsWorkAutomatically(grade, $('#htype').value);
    if (!deadlineTouched) {
      $('#hdeadline').value = defaultDeadline(grade, today);
    }
    $('#hdefault').textContent = t('deadlineDefault', { days: DEADLINE_DAYS[grade] });
    $('#hauto').hidden = !auto;
    $('#hstopbox').hidden = auto;
    $('#hstopmore').hidden = auto || !$('#hstop').checked;
  };
  $('#hdeadline').addEventListener('change', () => { deadlineTouched = true; });
  ['#hgrade', '#htype', '#hstop'].forEach((sel) => $(sel).addEventListener('change', refresh));
  refresh();
  $('#addhazard').addEventListener('click', async () => {
    const h = { id: uuid(), visitId: draft.id, type: $('#htype').value, grade: $('#hgrade').value,
      description: $('#hdesc').value.trim(), responsiblePerson: $('#hresp').value.trim(),
      deadline: $('#hdeadline').value || defaultDeadline($('#hgrade').value, today) };
    const problems = noticeProblems(h, today);
    const err = $('#herr');
    if (Object.keys(problems).length) {
      err.hidden = false;
      err.textContent = Object.keys(problems).map((f) => ({ description: t('description'), responsiblePerson: t('responsible'),
        deadline: t('deadline') }[f])).join('、') + (problems.deadline ? ` ≥ ${today}` : ` · ${t('required')}`);
      return;
    }
    err.hidden = true;
    draft.hazards.push(h);
    if (stopsWorkAutomatically(h.grade, h.type)) {
      draft.stopWorks.push({ id: uuid(), visitId: draft.id, hazardId: h.id, auto: true, reason: h.description });
    } else if ($('#hstop').checked) {
      draft.stopWorks.push({ id: uuid(), visitId: draft.id, hazardId: h.id, auto: false, reasonCode: 'OTHER',
        reason: $('#hstopreason').value.trim() || h.description });
    }
    await kv.set(draftKey, draft);
    $('#hazards').innerHTML = hazardCards(draft);
    ['#hdesc', '#hstopreason'].forEach((sel) => { $(sel).value = ''; });
    $('#hstop').checked = false;
    deadlineTouched = false;
    refresh();
    $('#finding').open = false;
  });
  $('#hazards').addEventListener('click', async (ev) => {
    const id = ev.target.closest('[data-remove]')?.dataset.remove;
    if (id) {
      draft.hazards = draft.hazards.filter((h) => h.id !== id);
      draft.stopWorks = draft.stopWorks.filter((sw) => sw.hazardId !== id);
      await kv.set(draftKey, draft);
      $('#hazards').innerHTML = hazardCards(draft);
    }
  });
}

/** The draft's hazards as the notices they will issue. */
function hazardCards(draft) {
  return draft.hazards.map((h) => {
    const sw = (draft.stopWorks || []).find((s) => s.hazardId === h.id);
    return `<div class="card notice-card" data-hazard="${esc(h.id)}">
      <p><strong>${t('rectificationNotice')}</strong> <span class="badge ${h.grade === 'GENERAL' ? 'warn' : 'bad'}">${t(h.grade)}</span>
        <span class="badge">${t(h.type)}</span></p>
      <p>${esc(h.description)}</p>
      <p>${t('responsible')}：${esc(h.responsiblePerson)} · ${t('deadline')}：<strong>${esc(h.deadline)}</strong></p>
      ${sw ? `<p class="alert bad stopwork"><strong>${t('stopWorkNotice')}</strong> · ${esc(sw.reason)}${sw.auto ? ` <span class="badge">${t('noticeAuto')}</span>` : ''}</p>` : ''}
      <button type="button" class="secondary" data-remove="${esc(h.id)}">${t('remove')}</button></div>`;
  }).join('');
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
  const me = (await session())?.user;
  const items = (await outbox.all()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const label = { pending: t('pending'), sent: t('pending'), synced: t('synced'), refused: t('refused') };
  const swLabel = (sw) => (sw.auto ? t('noticeAuto') : sw.status === 'issued' ? t('noticeIssued')
    : sw.status === 'already-in-force' ? t('alreadyInForce') : sw.status === 'refused' ? t('refused') : t('noticeQueued'));
  root.innerHTML = `<h1>${t('outbox')}</h1>
    <p><button type="button" id="sync">${t('syncNow')}</button></p>
    <ul class="list">${items.length ? items.map((i) => `<li data-id="${esc(i.id)}" data-status="${esc(i.status)}"
      ${ownedBy(i, me) ? '' : `data-owner="${esc(i.owner)}"`}>
      <strong>${esc(i.label)}</strong> <span class="badge ${i.status === 'refused' ? 'bad' : i.status === 'synced' ? '' : 'warn'}">${label[i.status]}</span>
      ${ownedBy(i, me) ? '' : `<span class="badge bad">${t('owner')}：${esc(i.owner)}</span>`}
      <br><span class="muted">${esc(when(i.createdAt))} · ${(i.hazards || []).length} ${t('rectificationNotice')}
        · ${(i.stopWorks || []).length} ${t('stopWorkNotice')} · ${(i.photos || []).length} ${t('photos')}</span>
      ${(i.stopWorks || []).map((sw) => `<br><span class="badge ${sw.status === 'refused' ? 'bad' : 'warn'}" data-stopwork="${esc(sw.status || (sw.auto ? 'auto' : 'queued'))}">${t('stopWorkNotice')} · ${swLabel(sw)}</span>`).join('')}
      ${i.lastError && ownedBy(i, me) ? `<p class="alert ${i.status === 'refused' ? 'bad' : 'warn'}">${esc(i.lastError)}</p>` : ''}
      ${i.status === 'refused' && ownedBy(i, me) ? `<button type="button" class="secondary" data-retry="${esc(i.id)}">${t('retry')}</button>` : ''}</li>`).join('')
    : `<li class="muted">${t('noItems')}</li>`}</ul>`;
  root.querySelector('#sync').addEventListener('click', async (ev) => {
    ev.target.disabled = true;
    ev.target.textContent = t('syncing');
    await syncNow();
    window.dispatchEvent(new Event('anju:outbox'));
  });
  root.querySelectorAll('[data-retry]').forEach((b) => b.addEventListener('click', async () => {
    await retry(b.dataset.retry);
    window.dispatchEvent(new Event('anju:outbox'));
  }));
}
