// 一户一档 on the phone and the desk: the current build's application, crew, visits and notices (open ones first,
// closed-out and lifted ones below), and every earlier build folded; readable offline once opened. Notices issued on
// this phone and not yet synced show beside the server's, marked as waiting. Long parts show their first page and a
// "更多…" link to the next. Officers also get the build as one timeline (history, visits and notices in date order).
import { t } from './i18n.js';
import { cachedGet, request, session } from './api.js';
import { outbox, kv } from './store.js';
import { ownedBy } from './sync.js';
import { esc, when } from './html.js';
import { problemText } from './views.js';
import { timeline } from './timeline.js';
import { addPage, flatBuild, isOpen } from './fileparts.js';
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
  // credit with due process: the county admin may void a confirmed hazard, with a reason
  const admin = s?.roles?.includes('county_admin');
  const f = answer.data;
  // every build of the household, newest first; long parts come as a first page and a link to the next
  const builds = (f.builds || []).map(flatBuild);
  const current = builds[0] || flatBuild();
  // the file may come without its build (permits did not say which is current): today's list knows the build to visit
  const due = ((await kv.get('today')) || []).find((i) => i.householdId === householdId);
  const permit = current.permit || (due ? { id: due.permitId, applicationNumber: due.applicationNumber, address: due.address,
    nextVisit: due.visitType } : {});
  const render = async () => {
    const notices = await withPhoneNotices(current, permit, f.household, s?.user);
    const open = notices.filter(isOpen);
    const closed = notices.filter((n) => !isOpen(n));
    const stopped = permit.state === 'SUSPENDED';
    root.innerHTML = `<h1>${t('file')} · ${esc(f.household?.headName || '')}</h1>
    ${answer.offline ? `<p class="alert warn">${t('offline')}</p>` : ''}
    ${f.partial ? `<p class="alert warn">${t('partial')}: ${esc((f.unavailable || []).join(', '))}</p>` : ''}
    <div class="cols"><section><h2>${t('application')}</h2>
      <p>${esc(permit.applicationNumber || '')} ${permit.state ? `<span class="badge ${stopped ? 'bad' : ''}">${esc(stateLabel(permit.state))}</span>` : ''}
</p>
      <p class="muted">${esc(f.household?.villageName || '')} ${esc(permit.address || '')}</p>
      ${officer && permit.id ? `<p><a class="button secondary" href="#/permit/${esc(permit.id)}">${t('review')}</a></p>` : ''}
      <h2>${t('openNotices')} <span class="badge ${open.length ? 'bad' : ''}">${open.length}</span></h2>
      <ul class="list" id="notices">${open.length ? open.map((n) => noticeItem(n, admin)).join('') : `<li class="muted">${t('noNotices')}</li>`}</ul>
      ${closed.length ? `<h2>${t('closedNotices')} <span class="badge">${closed.length}</span></h2>
      <ul class="list" id="closed-notices">${closed.map((n) => noticeItem(n, admin)).join('')}</ul>` : ''}
      ${more(0, current, 'rectificationNotices')}${more(0, current, 'stopWorkNotices')}
      ${officer ? '' : `<h2>${t('history')}</h2><ul class="list">${current.history.map((h) => `<li>${esc(when(h.at))} ${esc(stateLabel(h.toState) || actionLabel(h.action))}
        <span class="muted">${esc(h.actor || '')} ${esc(h.reason || '')}</span></li>`).join('')}</ul>`}</section>
    <section><h2>${t('crew')}</h2>${crewHtml(current.crew)}
    ${officer ? `<h2>${t('timeline')}</h2>${timelineHtml(current, notices)}` : `<h2>${t('visits')}</h2>${visitList(current.visits)}`}
    ${more(0, current, 'visits')}
    </section></div>
    ${permit.id && !officer ? `<p><a class="button" href="#/visit/${esc(permit.id)}/${esc(permit.nextVisit || 'ROUTINE_PATROL')}">${t('startVisit')}</a></p>` : ''}
    ${builds.length > 1 ? `<h2>${t('earlierBuilds')}</h2>${builds.slice(1).map((b, i) => earlierBuild(b, i + 1)).join('')}` : ''}`;
    root.querySelectorAll('button.void').forEach((b) => b.addEventListener('click', async () => {
      const reason = (window.prompt(t('voidReason')) || '').trim();
      if (!reason) {
        return;
      }
      const box = b.parentElement.querySelector('.void-result');
      try {
        const hazard = await request('GET', `/api/v1/hazards/${encodeURIComponent(b.dataset.hazard)}`, { raw: true });
        await request('POST', `/api/v1/hazards/${encodeURIComponent(b.dataset.hazard)}/void`,
          { body: { reason }, headers: { 'If-Match': hazard.headers.get('ETag') } });
        box.innerHTML = `<span class="alert ok">${t('voidDone')}</span>`;
        setTimeout(() => fileView(root, householdId), 800);
      } catch (e) {
        box.innerHTML = `<span class="alert bad">${esc(problemText(e))}</span>`;
      }
    }));
    root.querySelectorAll('a.more').forEach((a) => a.addEventListener('click', async (event) => {
      event.preventDefault();
      const build = builds[Number(a.dataset.build)];
      a.textContent = '…';
      try {
        addPage(build, a.dataset.part, await request('GET', build.next[a.dataset.part]));
        await render();
      } catch (e) {
        a.outerHTML = `<span class="alert bad">${esc(problemText(e))}</span>`;
      }
    }));
  };
  await render();
}

/** "更多…": the next page of a part that the file does not hold whole. */
function more(index, build, part) {
  return build.next[part] ? `<p><a href="#" class="more" data-build="${index}" data-part="${part}">${t('more')}</a></p>` : '';
}

function crewHtml(crew) {
  if (!crew) {
    return '<p class="muted">—</p>';
  }
  return `<p>${esc(crew.name || '')} <span class="muted">${esc(crew.registrationNumber || '')}</span>
    <span class="badge ${crew.eligible === false ? 'bad' : ''}">${esc(crew.status || '')}</span>
    ${crew.creditScore != null ? `信用分 ${esc(crew.creditScore)}` : ''}</p>`;
}

function visitList(visits) {
  return `<ul class="list">${visits.map((v) => `<li>${t(v.type)} · ${esc(t(v.outcome || '') || '')}
      ${v.onSite === false ? `<span class="badge bad">${t('NOT_ON_SITE')}</span>` : ''}
      <span class="muted">${esc(when(v.checkInServerTime || v.scheduledDate))}</span></li>`).join('')}</ul>`;
}

/** A build before the current one: its application, crew, visits and every notice, folded. */
function earlierBuild(b, index) {
  const p = b.permit || {};
  return `<details class="build" data-permit="${esc(p.id || '')}"><summary>${esc(p.applicationNumber || '')}
    ${p.state ? `<span class="badge">${esc(stateLabel(p.state))}</span>` : ''}
    <span class="muted">${esc(p.address || '')}</span></summary>
    ${crewHtml(b.crew)}
    <h3>${t('notices')}</h3><ul class="list">${b.notices.length ? b.notices.map(noticeItem).join('') : `<li class="muted">${t('noItems')}</li>`}</ul>
    ${more(index, b, 'rectificationNotices')}${more(index, b, 'stopWorkNotices')}
    <h3>${t('visits')}</h3>${visitList(b.visits)}${more(index, b, 'visits')}</details>`;
}

/**
 * The build's notices, open and closed: the server's rectification and stop-work notices, then the ones this phone's
 * user issued that the server does not list yet (waiting to sync, or synced a moment ago).
 */
async function withPhoneNotices(build, permit, household, user) {
  const list = build.notices.map((n) => ({ ...n, source: 'server' }));
  const known = new Set(list.map((n) => n.hazardId));
  const listed = new Set(list.map((n) => n.id));
  const mine = (await outbox.all()).filter((i) => i.kind === 'visit' && ownedBy(i, user)
    && (i.visit?.permitId === permit.id || (i.householdId && i.householdId === household?.id)));
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

function noticeItem(n, admin = false) {
  const queued = n.status === 'QUEUED';
  const stop = n.kind === 'STOP_WORK';
  const voidable = admin && !stop && n.source === 'server' && n.hazardId && n.status !== 'VOIDED';
  return `<li class="notice-item" data-kind="${esc(n.kind)}" data-status="${esc(n.status || '')}">
    <strong>${stop ? t('stopWorkNotice') : t('rectificationNotice')}</strong>
    ${isOpen(n) ? `<span class="badge ${queued ? 'warn' : 'bad'}">${queued ? t('noticeQueued') : stop ? t('suspended') : t('noticeIssued')}</span>`
    : `<span class="badge">${stop ? t('lifted') : n.status === 'VOIDED' ? t('voided') : t('closedOut')}</span>`}
    ${n.overdue ? `<span class="badge bad">${t('overdue')}</span>` : ''}
    <br>${esc(n.description || (n.responsiblePerson ? `${t('responsible')} ${n.responsiblePerson}` : ''))}
    ${n.responsiblePerson && n.description ? `<br><span class="muted">${t('responsible')}：${esc(n.responsiblePerson)}</span>` : ''}
    ${n.deadline ? `<br>${t('deadline')}：<strong>${esc(n.deadline)}</strong>` : ''}
    ${n.alreadyInForce ? `<br><span class="muted">${t('alreadyInForce')}</span>` : ''}
    ${voidable ? `<br><button type="button" class="secondary void" data-hazard="${esc(n.hazardId)}">${t('voidHazard')}</button><span class="void-result"></span>` : ''}</li>`;
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

