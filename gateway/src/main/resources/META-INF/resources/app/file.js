// 一户一档 on the phone and the desk: the application, crew, visits and open notices, readable offline once opened;
// notices issued on this phone and not yet synced show beside the server's, marked as waiting. Officers also get the
// file as one timeline (lifecycle history, visits and notices in date order).
import { t } from './i18n.js';
import { cachedGet, session } from './api.js';
import { outbox, kv } from './store.js';
import { ownedBy } from './sync.js';
import { esc, when } from './html.js';
import { problemText } from './views.js';
import { timeline } from './timeline.js';
import { stateLabel, actionLabel } from './states.js';

/** Opens the file of the household that holds a permit (worklists and search know permits, the file households). */
export async function permitFileView(root, permitId) {
  root.innerHTML = `<h1>${t('file')}</h1><p class="muted">…</p>`;
  try {
    const p = (await cachedGet(`/api/v1/permits/${encodeURIComponent(permitId)}`)).data;
    location.replace(`#/file/${encodeURIComponent(p.householdId)}`);
  } catch (e) {
    root.innerHTML = `<h1>${t('file')}</h1><p class="alert bad">${esc(problemText(e))}</p>`;
  }
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
  const s = await session();
  const officer = s?.roles?.some((r) => r !== 'inspector');
  const f = answer.data;
  // the file may come without its build (permits did not say which is current): today's list knows the build to visit
  const due = ((await kv.get('today')) || []).find((i) => i.householdId === householdId);
  const permit = f.permit || (due ? { id: due.permitId, applicationNumber: due.applicationNumber, address: due.address,
    nextVisit: due.visitType } : {});
  const notices = await openNotices(f, permit, s?.user);
  const stopped = permit.state === 'SUSPENDED';
  root.innerHTML = `<h1>${t('file')} · ${esc(f.household?.headName || '')}</h1>
    ${answer.offline ? `<p class="alert warn">${t('offline')}</p>` : ''}
    ${f.partial ? `<p class="alert warn">${t('partial')}: ${esc((f.unavailable || []).join(', '))}</p>` : ''}
    <div class="cols"><section><h2>${t('application')}</h2>
      <p>${esc(permit.applicationNumber || '')} ${permit.state ? `<span class="badge ${stopped ? 'bad' : ''}">${esc(stateLabel(permit.state))}</span>` : ''}
</p>
      <p class="muted">${esc(f.household?.villageName || '')} ${esc(permit.address || '')}</p>
      ${officer && permit.id ? `<p><a class="button secondary" href="#/permit/${esc(permit.id)}">${t('review')}</a></p>` : ''}
      <h2>${t('openNotices')} <span class="badge ${notices.length ? 'bad' : ''}">${notices.length}</span></h2>
      <ul class="list" id="notices">${notices.length ? notices.map(noticeItem).join('') : `<li class="muted">${t('noNotices')}</li>`}</ul>
      ${officer ? '' : `<h2>${t('history')}</h2><ul class="list">${(f.history || []).map((h) => `<li>${esc(when(h.at))} ${esc(stateLabel(h.toState) || actionLabel(h.action))}
        <span class="muted">${esc(h.actor || '')} ${esc(h.reason || '')}</span></li>`).join('')}</ul>`}</section>
    <section><h2>${t('crew')}</h2>${f.crew ? `<p>${esc(f.crew.name)} <span class="badge ${f.crew.eligible === false ? 'bad' : ''}">
      ${esc(f.crew.status || '')}</span> ${f.crew.creditScore != null ? `信用分 ${esc(f.crew.creditScore)}` : ''}</p>` : '<p class="muted">—</p>'}
    ${officer ? `<h2>${t('timeline')}</h2>${timelineHtml(f, notices)}` : `<h2>${t('visits')}</h2><ul class="list">${(f.visits || []).map((v) => `<li>${t(v.type)} · ${esc(t(v.outcome || '') || '')}
      ${v.onSite === false ? `<span class="badge bad">${t('NOT_ON_SITE')}</span>` : ''}
      <span class="muted">${esc(when(v.checkInServerTime || v.scheduledDate))}</span></li>`).join('')}</ul>`}
    </section></div>
    ${permit.id && !officer ? `<p><a class="button" href="#/visit/${esc(permit.id)}/${esc(permit.nextVisit || 'ROUTINE_PATROL')}">${t('startVisit')}</a></p>` : ''}`;
}

/**
 * The open notices of the build: the server's rectification notices, then the ones this phone's user issued that
 * the server does not list yet (waiting to sync, or synced a moment ago), and the stop-work notices issued here.
 */
async function openNotices(f, permit, user) {
  const list = (f.notices || []).map((n) => ({ ...n, source: 'server' }));
  const known = new Set(list.map((n) => n.hazardId));
  const listed = new Set(list.map((n) => n.id));
  const mine = (await outbox.all()).filter((i) => i.kind === 'visit' && ownedBy(i, user)
    && (i.visit?.permitId === permit.id || (i.householdId && i.householdId === f.household?.id)));
  for (const item of mine) {
    const waiting = item.status === 'pending' || item.status === 'refused';
    for (const h of item.hazards || []) {
      if (!known.has(h.id)) {
        list.push({ id: h.id, kind: 'RECTIFICATION', description: h.description, responsiblePerson: h.responsiblePerson,
          deadline: h.deadline, grade: h.grade, issuedAt: item.createdAt, status: waiting ? 'QUEUED' : 'OPEN', source: 'phone' });
      }
    }
    for (const sw of item.stopWorks || []) {
      if (sw.status === 'refused' || (sw.serverId && listed.has(sw.serverId))) {
        continue;
      }
      list.push({ id: sw.serverId || sw.id, kind: 'STOP_WORK', description: sw.reason, issuedAt: item.createdAt,
        status: waiting || (!sw.auto && !sw.status) ? 'QUEUED' : 'IN_FORCE', alreadyInForce: sw.status === 'already-in-force',
        source: 'phone' });
    }
  }
  return list;
}

function noticeItem(n) {
  const queued = n.status === 'QUEUED';
  const stop = n.kind === 'STOP_WORK';
  return `<li class="notice-item" data-kind="${esc(n.kind)}" data-status="${esc(n.status || '')}">
    <strong>${stop ? t('stopWorkNotice') : t('rectificationNotice')}</strong>
    <span class="badge ${queued ? 'warn' : 'bad'}">${queued ? t('noticeQueued') : stop ? t('suspended') : t('noticeIssued')}</span>
    ${n.overdue ? `<span class="badge bad">${t('overdue')}</span>` : ''}
    <br>${esc(n.description || (n.responsiblePerson ? `${t('responsible')} ${n.responsiblePerson}` : ''))}
    ${n.responsiblePerson && n.description ? `<br><span class="muted">${t('responsible')}：${esc(n.responsiblePerson)}</span>` : ''}
    ${n.deadline ? `<br>${t('deadline')}：<strong>${esc(n.deadline)}</strong>` : ''}
    ${n.alreadyInForce ? `<br><span class="muted">${t('alreadyInForce')}</span>` : ''}</li>`;
}

function timelineHtml(f, notices) {
  const entries = timeline(f, notices);
  if (!entries.length) {
    return `<p class="muted">${t('noItems')}</p>`;
  }
  return `<ol class="timeline" id="timeline">${entries.map((e) => `<li data-kind="${esc(e.kind)}">
    <time datetime="${esc(e.at)}">${esc(when(e.at))}</time>
    <span class="badge ${e.kind === 'notice' ? 'bad' : e.kind === 'visit' ? 'warn' : ''}">${t(e.kind === 'history' ? 'historyEntry' : e.kind === 'visit' ? 'visitOn' : e.stop ? 'stopWorkNotice' : 'rectificationNotice')}</span>
    ${esc(label(e))}</li>`).join('')}</ol>`;
}

function label(e) {
  if (e.kind === 'history') {
    return [actionLabel(e.entry.action), e.entry.toState && `→ ${stateLabel(e.entry.toState)}`, e.entry.actor, e.entry.reason]
      .filter(Boolean).join(' ');
  }
  if (e.kind === 'visit') {
    const v = e.entry;
    const offSite = v.onSite === false && v.outcome !== 'NOT_ON_SITE' ? t('NOT_ON_SITE') : '';
    return [t(v.type), v.outcome && t(v.outcome), offSite, v.inspector].filter(Boolean).join(' · ');
  }
  const n = e.entry;
  return [n.description || n.responsiblePerson, n.deadline && `${t('deadline')} ${n.deadline}`,
    n.status === 'QUEUED' ? t('noticeQueued') : ''].filter(Boolean).join(' · ');
}

