// Calls to the gateway. The access token lives in IndexedDB (never in a URL); a GET that fails for lack of network
// answers from the copy kept the last time it succeeded, marked as offline. When the refresh token is refused too,
// the session is marked expired but kept (who it was), so the queued work waits for the same user to log in again.
import { kv } from './store.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const EXPIRED = { type: 'urn:anju:problem:session-expired', status: 401, titleZh: '登录已过期', titleEn: 'Session expired',
  detail: '请重新登录 Please log in again' };

export async function session() {
  return kv.get('session');
}

function claimsOf(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Logs in and keeps the session. Answers {session, previousUser}: previousUser is the user whose session (expired or
 * logged out) this phone held before, when it is someone else; their cached reads are dropped, their queue is kept.
 */
export async function login(username, password) {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  const claims = claimsOf(body.access_token);
  const s = {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000,
    user: claims.upn || claims.preferred_username || claims.sub,
    roles: claims.groups || [],
    townships: claims.townships || [],
  };
  const before = (await session())?.user || (await kv.get('lastUser'));
  if (before && before !== s.user) {
    // another person's reads must not show to this one; their unsent work stays in the outbox, theirs
    const keys = await kv.keys();
    await Promise.all(keys.filter((k) => k.startsWith('cache:') || k === 'today').map((k) => kv.remove(k)));
  }
  await kv.set('session', s);
  await kv.set('lastUser', s.user);
  return { session: s, previousUser: before && before !== s.user ? before : null };
}

let refreshing = null;

/** Swaps the refresh token once at a time (it is single-use: two parallel swaps would revoke the login). */
function refreshed(s) {
  if (!refreshing) {
    refreshing = swap(s).finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function swap(s) {
  if (!s?.refreshToken) {
    return null;
  }
  // a network failure throws here: offline is not expiry
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: s.refreshToken }),
  });
  if (!response.ok) {
    if (response.status === 401 || response.status === 400) {
      await expire(s);
    }
    return null;
  }
  const body = await response.json();
  const next = { ...s, accessToken: body.access_token, refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000 };
  await kv.set('session', next);
  return next;
}

/** The server refused the tokens: forget them, remember who it was, and let the app ask that user to log in. */
async function expire(s) {
  await kv.set('session', { user: s.user, roles: s.roles, townships: s.townships, expired: true });
  window.dispatchEvent(new Event('anju:expired'));
}

export async function logout() {
  const s = await session();
  if (s?.refreshToken && navigator.onLine) {
    fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: s.refreshToken }) }).catch(() => {});
  }
  // queued work stays in the outbox: it belongs to its user until it is synced
  await kv.remove('session');
}

export async function request(method, path, { body, headers = {}, raw = false } = {}) {
  let s = await session();
  if (s?.expired) {
    throw new ApiError(401, EXPIRED);
  }
  if (s && s.expiresAt - Date.now() < 30000) {
    s = (await refreshed(s)) || (await session());
    if (s?.expired) {
      throw new ApiError(401, EXPIRED);
    }
  }
  const send = (token) => fetch(path, {
    method,
    headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !(body instanceof Blob) ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : (body instanceof Blob ? body : JSON.stringify(body)),
  });
  let response = await send(s?.accessToken);
  if (response.status === 401 && s) {
    const next = await refreshed(s);
    if (next) {
      response = await send(next.accessToken);
    } else if ((await session())?.expired) {
      throw new ApiError(401, EXPIRED);
    }
  }
  if (raw) {
    return response;
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/** GET with an offline fallback: the last good answer, marked {offline: true}. */
export async function cachedGet(path) {
  try {
    const data = await request('GET', path);
    await kv.set(`cache:${path}`, { at: Date.now(), data });
    return { data, offline: false };
  } catch (e) {
    const expired = e instanceof ApiError && e.status === 401 && e.problem === EXPIRED;
    if (e instanceof ApiError && !expired) {
      throw e;
    }
    const kept = await kv.get(`cache:${path}`);
    if (kept) {
      return { data: kept.data, offline: true, expired, at: kept.at };
    }
    throw e;
  }
}

/** True when the error means "log in again", not "the server refused this". */
export function isExpired(e) {
  return e instanceof ApiError && e.problem === EXPIRED;
}
