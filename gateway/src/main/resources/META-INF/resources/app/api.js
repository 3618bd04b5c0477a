// Calls to the gateway. The access token lives in IndexedDB (never in a URL); a GET that fails for lack of network
// answers from the copy kept the last time it succeeded, marked as offline.
import { kv } from './store.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function session() {
  return kv.get('session');
}

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
  const claims = JSON.parse(atob(body.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  const s = {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000,
    user: claims.upn || claims.sub,
    roles: claims.groups || [],
    townships: claims.townships || [],
  };
  await kv.set('session', s);
  return s;
}

async function refreshed(s) {
  if (!s?.refreshToken) {
    return null;
  }
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: s.refreshToken }),
  });
  if (!response.ok) {
    return null;
  }
  const body = await response.json();
  const next = { ...s, accessToken: body.access_token, refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000 };
  await kv.set('session', next);
  return next;
}

export async function logout() {
  const s = await session();
  if (s?.refreshToken && navigator.onLine) {
    fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: s.refreshToken }) }).catch(() => {});
  }
  // queued work stays in the outbox: it belongs to the phone until it is synced
  await kv.remove('session');
}

export async function request(method, path, { body, headers = {}, raw = false } = {}) {
  let s = await session();
  if (s && s.expiresAt - Date.now() < 30000) {
    s = (await refreshed(s)) || s;
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
    if (e instanceof ApiError) {
      throw e;
    }
    const kept = await kv.get(`cache:${path}`);
    if (kept) {
      return { data: kept.data, offline: true, at: kept.at };
    }
    throw e;
  }
}
