// Sends what the phone recorded offline. Visits and hazards go in one batch to /api/v1/sync with the phone's own
// UUIDs, so a lost answer or a second tap never creates anything twice; photos follow one by one, and the server
// keeps one copy of the same content. Each item remembers whether it synced or why it was refused.
import { outbox, photos } from './store.js';
import { request, ApiError } from './api.js';

let running = null;

export function syncNow() {
  if (!running) {
    running = run().finally(() => { running = null; });
  }
  return running;
}

async function run() {
  const items = (await outbox.all()).filter((i) => i.status !== 'synced');
  const visits = items.filter((i) => i.kind === 'visit' && i.status !== 'refused');
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
      await Promise.all(visits.map((v) => outbox.put({ ...v, lastError: describe(e), attempts: (v.attempts || 0) + 1 })));
      return { ok: false, error: describe(e) };
    }
    const byId = new Map(result.items.map((r) => [r.id, r]));
    for (const v of visits) {
      const mine = [v.visit.id, ...(v.hazards || []).map((h) => h.id)].map((id) => byId.get(id)).filter(Boolean);
      const refusal = mine.find((r) => r.result === 'REFUSED');
      if (refusal) {
        await outbox.put({ ...v, status: 'refused', problem: refusal.problem, lastError: refusal.problem?.detail });
      } else {
        await outbox.put({ ...v, status: 'sent', syncedAt: new Date().toISOString(), results: mine });
      }
    }
  }
  // photos of visits the server now knows
  for (const v of (await outbox.all()).filter((i) => i.status === 'sent')) {
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
        await outbox.put({ ...v, lastError: describe(e) });
      }
    }
    if (left === 0) {
      await outbox.put({ ...(await outbox.get(v.id)), status: 'synced', lastError: null });
    }
  }
  return { ok: true };
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
  if (!response.ok && response.status !== 200) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
}

function describe(e) {
  if (e instanceof ApiError) {
    return e.problem?.titleZh ? `${e.problem.titleZh}：${e.problem.detail || ''}` : e.message;
  }
  return '网络不可用 Network unavailable';
}

export async function retry(id) {
  const item = await outbox.get(id);
  if (item) {
    await outbox.put({ ...item, status: 'pending', problem: null });
  }
  return syncNow();
}
