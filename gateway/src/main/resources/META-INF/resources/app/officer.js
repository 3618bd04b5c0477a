// Officer pages (desk and tablet): the township worklist, applications awaiting action, one application with its
// rules explained, the county overview as charts, and a map-free sketch of a site with the hazard zones and roads
// near it.
import { t, language } from './i18n.js';
import { request, cachedGet, ApiError } from './api.js';
import { esc, when } from './html.js';
import { searchBox, wireSearchBox, problemText } from './views.js';
import { trendSeries, lineChart, stackedBars } from './charts.js';
import { countyToday } from './notices.js';
import { STATE_ZH, ACTION_ZH, stateLabel } from './states.js';
import { villageNames } from './search.js';

const AWAITING = ['DRAFT', 'SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED', 'BOOK_ISSUED'];
const NEEDS_REASON = ['reject', 'withdraw', 'suspend', 'resume', 'revoke'];
const zh = () => language() !== 'en';

export async function applicationsView(root) {
  root.innerHTML = `<h1>${t('applications')}</h1><p class="muted">…</p>`;
  const page = await request('GET', '/api/v1/permits?limit=100');
  const waiting = page.items.filter((p) => AWAITING.includes(p.state));
  root.innerHTML = `<h1>${t('applications')} <span class="badge">${waiting.length}</span></h1>${searchBox()}
    <table><thead><tr><th>${zh() ? '申请编号' : 'Application'}</th><th>${zh() ? '状态' : 'State'}</th>
      <th>${zh() ? '层数' : 'Storeys'}</th><th>${zh() ? '决定期限' : 'Decision due'}</th></tr></thead>
    <tbody>${waiting.map((p) => `<tr><td><a href="#/permit/${esc(p.id)}">${esc(p.applicationNumber)}</a></td>
      <td>${esc(stateLabel(p.state))}</td><td>${esc(p.storeys)}</td><td>${esc(p.decisionDueOn || '')}</td></tr>`).join('')}
    </tbody></table>`;
  wireSearchBox(root);
}

export async function permitView(root, id) {
  root.innerHTML = `<h1>${t('application')}</h1><p class="muted">…</p>`;
  const response = await request('GET', `/api/v1/permits/${encodeURIComponent(id)}`, { raw: true });
  if (!response.ok) {
    root.innerHTML = `<p class="alert bad">HTTP ${response.status}</p>`;
    return;
  }
  const etag = response.headers.get('ETag');
  const p = await response.json();
  root.innerHTML = `<h1>${esc(p.applicationNumber)} <span class="badge">${esc(stateLabel(p.state))}</span></h1>
    <div class="cols"><section>
      <p>${esc(p.address || '')}</p>
      ${p.householdId ? `<p><a class="button secondary" id="tofile" href="#/file/${esc(p.householdId)}">${t('file')}</a></p>` : ''}
      <p class="muted">${zh() ? '层数' : 'Storeys'} ${esc(p.storeys)} · ${zh() ? '建筑面积' : 'Floor area'} ${esc(p.floorArea ?? '')} m² ·
        ${esc(trackLabel(p.track))}</p>
      ${(p.aboveLimitBecause || []).length ? `<p class="muted" id="above">${esc((p.aboveLimitBecause || [])
        .map((r) => (zh() ? r.messageZh : r.message)).join('；'))}</p>` : ''}
      ${p.stopWorkNoticeId ? `<p class="alert bad" id="stopwork">${zh()
        ? `停工通知生效中（${esc(when(p.stopWorkSince || ''))} 起）：须经安全员现场复查合格、解除停工后方可复工；期间只能暂停、更换施工队伍、不予许可、撤回或撤销。`
        : `A stop-work notice is in force (since ${esc(when(p.stopWorkSince || ''))}): the build resumes only when an on-site re-check lifts it.`}</p>` : ''}
      <h2>${zh() ? '审批操作' : 'Next steps'}</h2>
      <label for="reason">${zh() ? '意见 / 理由' : 'Reason'}</label><textarea id="reason" rows="2"></textarea>
      <label for="notice">${zh() ? '公示开始日期' : 'Notice started on'}</label><input id="notice" type="date">
      <label><input id="pledge" type="checkbox" style="width:auto;min-height:0"> ${zh() ? '已签署质量安全承诺书' : 'Safety pledge signed'}</label>
      ${(p.allowedActions || []).includes('assign-crew') ? `<label for="crew">${zh() ? '施工队伍（指定或更换）' : 'Builder crew (assign or change)'}</label>
      <select id="crew"><option value="">${zh() ? '加载中…' : 'Loading…'}</option></select>
      <label for="start">${zh() ? '计划开工日期' : 'Planned start'}</label><input id="start" type="date" value="${esc(p.plannedStartOn || '')}">` : ''}
      <p class="row">${(p.allowedActions || []).map((a) => `<button type="button" data-action="${esc(a)}"
        class="${['reject', 'revoke', 'suspend'].includes(a) ? 'danger' : ''}">${esc(zh() ? ACTION_ZH[a] || a : a)}</button>`).join('')}</p>
      <div id="result" aria-live="polite"></div></section>
    <section><h2>${zh() ? '选址示意' : 'Site sketch'}</h2><div id="sketch" class="muted">…</div></section></div>`;
  root.querySelectorAll('[data-action]').forEach((b) => b.addEventListener('click', async () => {
    const action = b.dataset.action;
    const body = { action };
    const reason = root.querySelector('#reason').value.trim();
    if (reason || NEEDS_REASON.includes(action)) {
      body.reason = reason || null;
    }
    if (root.querySelector('#notice').value) {
      body.noticeStartedOn = root.querySelector('#notice').value;
    }
    if (action === 'issue-certificate' || action === 'assign-crew') {
      body.pledgeSigned = root.querySelector('#pledge').checked;
    }
    if (action === 'assign-crew') {
      body.crewId = root.querySelector('#crew').value || null;
      if (root.querySelector('#start').value) {
        body.plannedStartOn = root.querySelector('#start').value;
      }
    }
    const box = root.querySelector('#result');
    try {
      const moved = await request('POST', `/api/v1/permits/${encodeURIComponent(id)}/transitions`, { body, headers: { 'If-Match': etag } });
      const warnings = (moved && moved.warnings) || [];
      box.innerHTML = `<p class="alert ok">${zh() ? '已办理' : 'Done'}</p>${warnings.length ? `<ul class="alert" id="warnings">${warnings
        .map((w) => `<li>${esc(zh() ? w.messageZh : w.message)}</li>`).join('')}</ul>` : ''}`;
      setTimeout(() => permitView(root, id), warnings.length ? 4000 : 600);
    } catch (e) {
      box.innerHTML = refusal(e);
    }
  }));
  const crews = root.querySelector('#crew');
  if (crews) {
    crewOptions(p).then((html) => { crews.innerHTML = html; }).catch(() => {
      crews.innerHTML = `<option value="">${zh() ? '施工队伍名录暂不可用' : 'Crew register unavailable'}</option>`;
    });
  }
  sketch(root.querySelector('#sketch'), p).catch(() => {
    root.querySelector('#sketch').textContent = zh() ? '图层暂不可用' : 'Layers unavailable';
  });
}

/** 限额以下 / 限额以上 in words, never the API's code. */
export function trackLabel(track) {
  if (!track) return '';
  const words = { BELOW_LIMIT: ['限额以下（乡镇监管）', 'Below the limit (township)'], ABOVE_LIMIT: ['限额以上（县级监管）', 'Above the limit (county)'] };
  return (words[track] || [track, track])[zh() ? 0 : 1];
}

/** The township's qualified crews, each by name and registration number, the build's own first. */
async function crewOptions(p) {
  const page = await request('GET', `/api/v1/crews?townshipCode=${encodeURIComponent(p.townshipCode)}&status=QUALIFIED&limit=100`);
  const items = page.items || [];
  const option = (c) => `<option value="${esc(c.id)}"${c.id === p.crewId ? ' selected' : ''}>${esc(c.name)}（${esc(c.registrationNumber)}）</option>`;
  const head = `<option value="">${zh() ? '— 选择施工队伍 —' : '— choose a crew —'}</option>`;
  return head + items.map(option).join('')
    + (page.nextCursor ? `<option value="" disabled>${zh() ? '（仅列出前 100 支，请用搜索缩小范围）' : '(first 100 shown)'}</option>` : '');
}

/** A refusal in plain words: every broken rule with its name and explanation, Chinese first. */
export function refusal(e) {
  if (!(e instanceof ApiError) || !e.problem) {
    return `<p class="alert bad">${esc(t('offline'))}</p>`;
  }
  const p = e.problem;
  const rules = p.violations || (p.errors || []).map((f) => ({ nameZh: f.field, nameEn: f.field, messageZh: f.messageZh, message: f.message }));
  return `<div class="alert bad" id="refusal"><p>${esc(zh() ? p.titleZh : p.titleEn)}</p>
    ${p.currentState ? `<p>${zh() ? '当前状态' : 'Current state'}：${esc(stateLabel(p.currentState))}</p>` : ''}
    <ul>${rules.map((r) => `<li><strong>${esc(zh() ? r.nameZh : r.nameEn)}</strong>：${esc(zh() ? r.messageZh : r.message)}</li>`).join('')}</ul>
    ${rules.length ? '' : `<p>${esc((zh() ? p.detailZh : null) || p.detail || '')}</p>`}</div>`;
}

async function layer(kind) {
  try {
    return (await request('GET', `/api/v1/layers/${kind}`)).geojson?.features || [];
  } catch (e) {
    return [];
  }
}

/** Site point, hazard zones and roads within 600 m, drawn in metres around the site (north up). */
async function sketch(box, p) {
  const [zones, roads] = await Promise.all([layer('HAZARD_ZONES'), layer('ROADS')]);
  const R = 600;
  const k = Math.cos((p.lat * Math.PI) / 180) * 111320;
  const xy = ([lng, lat]) => [((lng - p.lng) * k / R) * 150 + 160, 160 - ((lat - p.lat) * 111320 / R) * 150];
  const path = (coords) => coords.map((c, i) => `${i ? 'L' : 'M'}${xy(c).map((v) => v.toFixed(1)).join(',')}`).join(' ');
  const polys = zones.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((rings) => `<path d="${path(rings[0])} Z" fill="#fde7ea" stroke="#b00020"/>`).join('');
  const lines = roads.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((c) => `<path d="${path(c)}" fill="none" stroke="#555" stroke-width="4"/>`).join('');
  box.innerHTML = `<svg viewBox="0 0 320 320" width="100%" style="max-width:420px;background:#f7faf7;border:1px solid #ccc" role="img"
    aria-label="${zh() ? '选址示意图' : 'Site sketch'}"><clipPath id="c"><rect width="320" height="320"/></clipPath>
    <g clip-path="url(#c)">${polys}${lines}</g>
    <circle cx="160" cy="160" r="6" fill="#0b5d3b"/><text x="170" y="156" font-size="12">${zh() ? '建房位置' : 'Site'}</text>
    <text x="8" y="312" font-size="11" fill="#555">${zh() ? '范围' : 'Extent'} ±${R} m · N↑</text></svg>`;
}

export async function overviewView(root) {
  root.innerHTML = `<h1>${t('overview')}</h1><p class="muted">…</p>`;
  const to = countyToday().slice(0, 7);
  const from = monthsBefore(to, 11);
  const [counts, names, trend] = await Promise.all([
    request('GET', '/api/v1/permits/counts').catch(() => null),
    townshipNames(),
    request('GET', `/api/v1/overview/trend?from=${from}&to=${to}`).catch(() => null),
  ]);
  // drawn at the width it is shown, so its text stays readable on a phone
  const width = Math.round(Math.min(720, Math.max(320, root.clientWidth || 640)));
  const states = Object.keys(STATE_ZH);
  const palette = ['#9e9e9e', '#1565c0', '#1e88e5', '#42a5f5', '#26a69a', '#2e7d32', '#f9a825', '#6a1b9a', '#4e342e',
    '#b00020', '#757575', '#e65100', '#000'];
  let byState = `<p class="alert warn" id="chart-states-none">${t('noData')}</p>`;
  if (counts?.length) {
    const rows = [...new Set(counts.map((c) => c.townshipCode))].sort().map((tw) => ({ name: names[tw] || tw,
      counts: Object.fromEntries(counts.filter((c) => c.townshipCode === tw).map((c) => [c.state, c.count])) }));
    byState = stackedBars({ id: 'chart-states', label: t('byStateTitle'), rows, keys: states, colours: palette, keyLabel: stateLabel, width })
      + `<p>${states.map((st, si) => `<span class="badge" style="background:${palette[si]};color:#fff">${esc(stateLabel(st))}</span>`).join(' ')}</p>`;
  }
  const wide = width >= 860;
  const rate = (key, id, title) => {
    const { months, series } = trendSeries(trend, key);
    const svg = lineChart({ id, label: title, months, series, width: wide ? Math.min(width, 560) : width, monthLabel: (m) => (zh() ? `${Number(m.slice(5))}月` : m.slice(2)) });
    return `<div><h3>${title}</h3>${svg || `<p class="alert warn nodata" id="${id}-none">${t('noData')}</p>`}</div>`;
  };
  root.innerHTML = `<h1>${t('overview')}</h1>
    <h2>${t('byStateTitle')}</h2>${byState}
    <h2>${t('ratesTitle')}</h2>
    ${trend?.partial ? `<p class="alert warn">${t('partial')}: ${esc((trend.unavailable || []).join(', '))}</p>` : ''}
    <div class="cols">${rate('mandatoryVisitCompletionRate', 'chart-completion', t('completionRate'))}
    ${rate('closeOutRate', 'chart-closeout', t('closeOutRate'))}</div>`;
}

function monthsBefore(month, n) {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const SECTIONS = ['applicationsOverdue', 'visitsDueToday', 'visitsOverdue', 'offSiteVisitsToReview', 'noticesPastDeadline',
  'stopWorksInForce', 'crewsQualificationExpiring'];

/** The township officer's worklist: every section, and one the services could not give shown as unavailable. */
export async function worklistView(root) {
  root.innerHTML = `<h1>${t('worklist')}</h1><p class="muted">…</p>`;
  let answer;
  try {
    answer = await cachedGet('/api/v1/worklist');
  } catch (e) {
    root.innerHTML = `<h1>${t('worklist')}</h1>${searchBox()}<p class="alert bad">${esc(problemText(e))}</p>`;
    wireSearchBox(root);
    return;
  }
  const w = answer.data;
  const villages = await villageNames();
  const sections = SECTIONS.filter((k) => w.sections?.[k]).concat(Object.keys(w.sections || {}).filter((k) => !SECTIONS.includes(k)));
  root.innerHTML = `<h1>${t('worklist')}</h1>${searchBox()}
    ${answer.offline ? `<p class="alert warn">${t('offline')} · ${new Date(answer.at).toLocaleString()}</p>` : ''}
    ${w.partial ? `<p class="alert warn">${t('partial')}</p>` : ''}
    <div class="sections">${sections.map((k) => section(k, w.sections[k], villages)).join('')}</div>`;
  wireSearchBox(root);
}

function section(key, s, villages) {
  const title = t(`sec_${key}`);
  if (!s.available) {
    return `<section class="wl" data-section="${esc(key)}" data-available="false"><h2>${esc(title)}</h2>
      <p class="alert warn unavailable">${t('unavailable')}</p></section>`;
  }
  const items = s.items || [];
  return `<section class="wl" data-section="${esc(key)}" data-available="true"><h2>${esc(title)} <span class="badge ${items.length ? 'bad' : ''}">${items.length}</span></h2>
    ${items.length ? `<ul class="list">${items.slice(0, 50).map((i) => row(key, i, villages)).join('')}</ul>`
    : `<p class="muted">${t('noItems')}</p>`}</section>`;
}

function row(key, i, villages) {
  const permitId = i.permitId;
  const links = permitId ? `<span class="links"><a class="button secondary" href="#/permit/${esc(permitId)}">${t('review')}</a>
    <a class="button secondary" href="#/pfile/${esc(permitId)}">${t('file')}</a></span>` : '';
  const village = villages[i.villageCode] || '';
  let text;
  switch (key) {
    case 'applicationsOverdue':
      text = `<strong>${esc(i.applicationNumber)}</strong> · ${esc(stateLabel(i.state))} · ${esc(village)}
        ${(i.late || []).map((l) => `<br><span class="badge bad">${esc(l.limit === 'DECISION' ? (zh() ? '审批决定' : 'Decision') : (zh() ? '现场踏勘' : 'Site survey'))}
        ${esc(l.dueOn)} · ${esc(t('lateDays', { n: l.workingDaysLate }))}</span>`).join('')}`;
      break;
    case 'visitsDueToday':
    case 'visitsOverdue':
    case 'offSiteVisitsToReview':
      text = `<strong>${esc(t(i.type))}</strong> · ${esc(village)} · ${esc(i.inspector || '')}
        <br><span class="muted">${esc(when(i.presence?.serverTime || i.scheduledDate))}</span>
        ${i.presence?.distanceMetres != null ? `<span class="badge bad">${Math.round(i.presence.distanceMetres)} m</span>` : ''}`;
      break;
    case 'noticesPastDeadline':
      text = `<strong>${t('rectificationNotice')}</strong> · ${esc(i.responsiblePerson || '')}
        <br><span class="badge bad">${t('deadline')} ${esc(i.deadline)}</span>`;
      break;
    case 'stopWorksInForce':
      text = `<strong>${t('stopWorkNotice')}</strong> · ${esc(i.reason || '')}<br><span class="muted">${esc(when(i.issuedAt))}</span>`;
      break;
    default:
      text = `<strong>${esc(i.name || i.applicationNumber || i.id || '')}</strong>
        ${i.qualificationExpiresOn || i.qualifiedUntil ? `<br><span class="badge warn">${zh() ? '资质有效期至' : 'Qualified until'} ${esc(i.qualificationExpiresOn || i.qualifiedUntil)}</span>` : ''}`;
  }
  return `<li><span class="what">${text}</span>${links}</li>`;
}


async function townshipNames() {
  try {
    const counties = (await cachedGet('/api/v1/divisions')).data;
    return Object.fromEntries(counties.flatMap((c) => c.children || []).map((tw) => [tw.code, tw.name]));
  } catch (e) {
    return {};
  }
}
