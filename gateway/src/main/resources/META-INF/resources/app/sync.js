// Sends what the phone recorded offline. Visits and hazards (each hazard with its rectification notice) go in one
// batch to /api/v1/sync with the phone's own UUIDs, so a lost answer or a second tap never creates anything twice;
// a stop-work notice follows as its own request whose Idempotency-Key is its UUID; photos follow one by one, and the
// server keeps one copy of the same content. Only the logged-in user's own items are sent: work queued by someone
// else on this phone waits for them. Each item remembers whether it synced or why it was refused.
import { outbox, photos } from './store.js';
import { request, session, ApiError, isExpired } from './api.js';

let running = null;

export function syncNow() {
  if (!running) {
    running = run().finally(() => { running = null; });
  }
  return running;
}

/** Whether an outbox item belongs to this user (items from before owners were recorded belong to whoever syncs). */
export const ownedBy = (item, user) => !item.owner || item.owner === user;

/** Unsent items of other users, by user: they stay on the phone until their owner logs in. */
export async function heldForOthers(user) {
  const held = {};
  for (const i of await outbox.all()) {
    if (i.status !== 'synced' && !ownedBy(i, user)) {
      held[i.owner] = (held[i.owner] || 0) + 1;
    }
  }
  return held;
}

async function run() {
  const s = await session();
  if (!s || s.expired) {
    return { ok: false, expired: !!s?.expired };
  }
  const items = (await outbox.all()).filter((i) => i.status !== 'synced' && ownedBy(i, s.user));
  if (!items.length) {
    return { ok: true, changed: 0 };
  }
  const visits = items.filter((i) => i.kind === 'visit' && i.status === 'pending');
  if (visits.length) {
    const batch = {
      sentAt: new Date().toISOString(),
      visits: visits.map((v) => v.visit),
      hazards: visits.flatMap((v) => v.hazards || []),
    };
    let result;
    try {
      result = await request('POST', '/api/v1/sync', { body: batch });
    } catch (e) {
      await Promise.all(visits.map((v) => outbox.put({ ...v, lastError: describe(e),
        attempts: (v.attempts || 0) + (isExpired(e) ? 0 : 1) })));
      return { ok: false, expired: isExpired(e), error: describe(e), changed: visits.length };
    }
    const byId = new Map(result.items.map((r) => [r.id, r]));
    for (const v of visits) {
      const mine = [v.visit.id, ...(v.hazards || []).map((h) => h.id)].map((id) => byId.get(id)).filter(Boolean);
      const refusal = mine.find((r) => r.result === 'REFUSED');
      if (refusal) {
        await outbox.put({ ...v, status: 'refused', problem: refusal.problem, lastError: problemText(refusal.problem) });
      } else {
        await outbox.put({ ...v, status: 'sent', syncedAt: new Date().toISOString(), results: mine, lastError: null });
      }
    }
  }
  // what follows a visit the server now knows: its stop-work notices, then its photos
  for (const sent of (await outbox.all()).filter((i) => i.status === 'sent' && ownedBy(i, s.user))) {
    let v = sent;
    try {
      v = await sendStopWorks(v);
    } catch (e) {
      await outbox.put({ ...v, lastError: describe(e) });
      if (isExpired(e)) {
        return { ok: false, expired: true };
      }
      continue;
    }
    if (v.status === 'refused') {
      continue;
    }
    let left = 0;
    for (const photoId of v.photos || []) {
      const p = await photos.get(photoId);
      if (!p || p.uploaded) {
        continue;
      }
      try {
        await upload(p);
        await photos.put({ ...p, uploaded: true, blob: null });
      } catch (e) {
        left++;
        v = { ...v, lastError: describe(e) };
        await outbox.put(v);
      }
    }
    if (left === 0) {
      await outbox.put({ ...v, status: 'synced', lastError: null });
    }
  }
  return { ok: true, changed: items.length };
}

/**
 * Issues the item's explicit stop-work notices, each once: its UUID is the Idempotency-Key, so a lost answer is
 * replayed, not issued again. A notice already in force on the build counts as done (the works are stopped).
 */
async function sendStopWorks(item) {
  const stopWorks = [];
  let refused = null;
  for (const sw of item.stopWorks || []) {
    if (sw.auto || sw.status === 'issued' || sw.status === 'already-in-force') {
      stopWorks.push(sw);
      continue;
    }
    const response = await request('POST', '/api/v1/stop-work-notices', {
      body: { visitId: sw.visitId, reasonCode: sw.reasonCode, reason: sw.reason },
      headers: { 'Idempotency-Key': sw.id }, raw: true,
    });
    const body = await response.json().catch(() => null);
    if (response.ok) {
      stopWorks.push({ ...sw, status: 'issued', serverId: body?.id, problem: null });
    } else if (response.status === 409 && body?.type?.endsWith(':stop-work-in-force')) {
      stopWorks.push({ ...sw, status: 'already-in-force', serverId: body.noticeId || null, problem: null });
    } else if (response.status === 401) {
      throw new ApiError(401, body);
    } else if (response.status >= 500) {
      throw new ApiError(response.status, body);
    } else {
      stopWorks.push({ ...sw, status: 'refused', problem: body });
      refused = refused || body;
    }
  }
  const next = { ...item, stopWorks };
  if (refused) {
    next.status = 'refused';
    next.problem = refused;
    next.lastError = problemText(refused);
  }
  await outbox.put(next);
  return next;
}

async function upload(p) {
  const params = new URLSearchParams();
  params.set(p.target.kind === 'hazard' ? 'hazardId' : 'visitId', p.target.id);
  params.set('takenAt', p.takenAt);
  if (p.position) {
    params.set('lat', p.position.lat);
    params.set('lng', p.position.lng);
  }
  const response = await request('POST', `/api/v1/photos?${params}`, {
    body: p.blob, headers: { 'Content-Type': 'image/jpeg', 'X-Original-SHA256': p.originalSha256 }, raw: true,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
}

function problemText(p) {
  if (!p) {
    return '';
  }
  const fields = (p.errors || []).map((f) => f.messageZh || f.message).filter(Boolean).join('；');
  return `${p.titleZh || p.title || ''}${p.detail ? '：' + p.detail : ''}${fields ? '（' + fields + '）' : ''}`;
}

function describe(e) {
  if (isExpired(e)) {
    return '登录已过期，重新登录后同步 Session expired: log in again to sync';
  }
  if (e instanceof ApiError) {
    return e.problem?.titleZh ? problemText(e.problem) : e.message;
  }
  return '网络不可用 Network unavailable';
}

export async function retry(id) {
  const item = await outbox.get(id);
  if (item) {
    await outbox.put({ ...item, status: 'pending', problem: null,
      stopWorks: (item.stopWorks || []).map((sw) => (sw.status === 'refused' ? { ...sw, status: null, problem: null } : sw)) });
  }
  return syncNow();
}
