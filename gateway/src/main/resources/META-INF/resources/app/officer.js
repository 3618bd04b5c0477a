// Officer pages (desk and tablet): applications awaiting action, one application with its rules explained, the
// county overview as charts, and a map-free sketch of a site with the hazard zones and roads near it.
import { t, language } from './i18n.js';
import { request, ApiError } from './api.js';
import { esc } from './views.js';

const AWAITING = ['DRAFT', 'SUBMITTED', 'VILLAGE_REVIEWED', 'SITE_SURVEYED', 'BOOK_ISSUED'];
const STATE_ZH = { DRAFT: '草稿', SUBMITTED: '已受理', VILLAGE_REVIEWED: '村级审查', SITE_SURVEYED: '已踏勘',
  BOOK_ISSUED: '已核发选址意见书', PERMITTED: '已核发规划许可证', UNDER_CONSTRUCTION: '施工中', COMPLETED: '已竣工',
  ARCHIVED: '已归档', REJECTED: '不予许可', WITHDRAWN: '已撤回', SUSPENDED: '已停工', REVOKED: '已撤销' };
const ACTION_ZH = { submit: '提交申请', 'village-review': '村级审查通过', survey: '现场踏勘', 'issue-book': '核发选址意见书',
  'issue-certificate': '核发乡村建设规划许可证', 'start-construction': '开工（定点放线）', complete: '竣工验收',
  archive: '归档', reject: '不予许可', withdraw: '撤回', suspend: '停工', resume: '复工', revoke: '撤销许可' };
const NEEDS_REASON = ['reject', 'withdraw', 'suspend', 'resume', 'revoke'];
const zh = () => language() !== 'en';
const stateLabel = (s) => (zh() ? STATE_ZH[s] || s : s);

export async function applicationsView(root) {
  root.innerHTML = `<h1>${t('worklist')}</h1><p class="muted">…</p>`;
  const page = await request('GET', '/api/v1/permits?limit=100');
  const waiting = page.items.filter((p) => AWAITING.includes(p.state));
  root.innerHTML = `<h1>${t('worklist')} <span class="badge">${waiting.length}</span></h1>
    <table><thead><tr><th>${zh() ? '申请编号' : 'Application'}</th><th>${zh() ? '状态' : 'State'}</th>
      <th>${zh() ? '层数' : 'Storeys'}</th><th>${zh() ? '决定期限' : 'Decision due'}</th></tr></thead>
    <tbody>${waiting.map((p) => `<tr><td><a href="#/permit/${esc(p.id)}">${esc(p.applicationNumber)}</a></td>
      <td>${esc(stateLabel(p.state))}</td><td>${esc(p.storeys)}</td><td>${esc(p.decisionDueOn || '')}</td></tr>`).join('')}
    </tbody></table>`;
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
      <p class="muted">${zh() ? '层数' : 'Storeys'} ${esc(p.storeys)} · ${zh() ? '建筑面积' : 'Floor area'} ${esc(p.floorArea ?? '')} m² ·
        ${esc(p.track || '')}</p>
      <h2>${zh() ? '审批操作' : 'Next steps'}</h2>
      <label for="reason">${zh() ? '意见 / 理由' : 'Reason'}</label><textarea id="reason" rows="2"></textarea>
      <label for="notice">${zh() ? '公示开始日期' : 'Notice started on'}</label><input id="notice" type="date">
      <label><input id="pledge" type="checkbox" style="width:auto;min-height:0"> ${zh() ? '已签署质量安全承诺书' : 'Safety pledge signed'}</label>
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
    if (action === 'issue-certificate') {
      body.pledgeSigned = root.querySelector('#pledge').checked;
    }
    const box = root.querySelector('#result');
    try {
      await request('POST', `/api/v1/permits/${encodeURIComponent(id)}/transitions`, { body, headers: { 'If-Match': etag } });
      box.innerHTML = `<p class="alert ok">${zh() ? '已办理' : 'Done'}</p>`;
      setTimeout(() => permitView(root, id), 600);
    } catch (e) {
      box.innerHTML = refusal(e);
    }
  }));
  sketch(root.querySelector('#sketch'), p).catch(() => {
    root.querySelector('#sketch').textContent = zh() ? '图层暂不可用' : 'Layers unavailable';
  });
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
    ${rules.length ? '' : `<p>${esc(p.detail || '')}</p>`}</div>`;
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
  const counts = await request('GET', '/api/v1/permits/counts');
  const townships = [...new Set(counts.map((c) => c.townshipCode))].sort();
  const states = Object.keys(STATE_ZH);
  const palette = ['#9e9e9e', '#1565c0', '#1e88e5', '#42a5f5', '#26a69a', '#2e7d32', '#f9a825', '#6a1b9a', '#4e342e',
    '#b00020', '#757575', '#e65100', '#000'];
  const totals = townships.map((tw) => counts.filter((c) => c.townshipCode === tw).reduce((s, c) => s + c.count, 0));
  const max = Math.max(1, ...totals);
  const names = await townshipNames();
  const bars = townships.map((tw, i) => {
    let x = 120;
    const segs = states.map((s, si) => {
      const n = counts.find((c) => c.townshipCode === tw && c.state === s)?.count || 0;
      const w = (n / max) * 480;
      const r = n ? `<rect x="${x.toFixed(1)}" y="${i * 34 + 8}" width="${w.toFixed(1)}" height="24" fill="${palette[si]}"><title>${esc(stateLabel(s))} ${n}</title></rect>` : '';
      x += w;
      return r;
    }).join('');
    return `<text x="0" y="${i * 34 + 25}" font-size="13">${esc(names[tw] || tw)}</text>${segs}<text x="${(x + 4).toFixed(1)}" y="${i * 34 + 25}" font-size="12">${totals[i]}</text>`;
  }).join('');
  const legend = states.map((s, si) => `<span class="badge" style="background:${palette[si]};color:#fff">${esc(stateLabel(s))}</span>`).join(' ');
  root.innerHTML = `<h1>${t('overview')}</h1><h2>${zh() ? '各乡镇申请状态' : 'Applications by state per township'}</h2>
    <svg id="chart-states" viewBox="0 0 640 ${townships.length * 34 + 16}" width="100%" role="img">${bars}</svg><p>${legend}</p>`;
}

async function townshipNames() {
  try {
    const counties = await request('GET', '/api/v1/divisions');
    return Object.fromEntries(counties.flatMap((c) => c.children || []).map((tw) => [tw.code, tw.name]));
  } catch (e) {
    return {};
  }
}
