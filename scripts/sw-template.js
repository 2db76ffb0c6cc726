/* global __SHELL__, __DATA__ -- filled in by scripts/vite-plugin-offline.ts */
/*
 * Neural Notebook's service worker: after the first visit the whole notebook works
 * with no network. The app shell (every built file) is precached on install; MNIST's
 * four files (55 MB) are cached in the background once the worker is active. A new
 * version waits until the page asks it to take over, so a lesson is never swapped
 * out mid-class. The build fills in VERSION, SHELL and DATA (scripts/vite-plugin-offline.ts).
 */
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const DATA = __DATA__;
const SHELL_CACHE = `shell-${VERSION}`;
const DATA_CACHE = 'mnist-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Best effort: if MNIST cannot be stored (quota, offline), lessons still work online. */
async function cacheData() {
  const data = await caches.open(DATA_CACHE);
  for (const url of DATA) {
    if (await data.match(url)) continue;
    try {
      await data.add(url);
    } catch {
      // tried again the next time the page asks
    }
  }
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // The page asks once it is running, so activation never waits for 55 MB.
  if (event.data === 'cache-data') event.waitUntil(cacheData());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every route is the single-page app: fresh when online, the cached shell offline.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match('/index.html')) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(url.pathname);
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok && url.pathname.startsWith('/mnist/')) {
        const copy = response.clone();
        event.waitUntil(caches.open(DATA_CACHE).then((cache) => cache.put(url.pathname, copy)));
      }
      return response;
    })(),
  );
});
