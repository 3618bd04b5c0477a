// Service worker: keeps the app shell so the app opens with no network. API calls are never cached here; the app
// keeps its own copies of what it read, and its unsent work, in IndexedDB.
const SHELL = 'anju-shell-v4';
const FILES = ['/', '/index.html', '/manifest.webmanifest', '/app/app.css', '/app/app.js', '/app/api.js',
  '/app/store.js', '/app/sync.js', '/app/i18n.js', '/app/geo.js', '/app/photo.js', '/app/views.js', '/app/officer.js',
  '/app/html.js', '/app/states.js', '/app/notices.js', '/app/file.js', '/app/fileparts.js', '/app/timeline.js', '/app/search.js', '/app/charts.js',
  '/app/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // the API, Quarkus' own pages and the public verification page (a QR code's target) are never the app's business
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')
      || url.pathname.startsWith('/q/') || url.pathname.startsWith('/verify/')) {
    return;
  }
  // network first, so a deployed update shows at once when online; the shell copy when offline
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok && FILES.includes(url.pathname)) {
        const copy = response.clone();
        caches.open(SHELL).then((cache) => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request).then((hit) => hit || caches.match('/index.html'))));
});
