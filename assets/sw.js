// Keeps Sift's own files so it opens and works with the network cut. Network first: a visit
// online always gets the newest version and refreshes the copy, so an update replaces the old
// files cleanly; offline, the copy answers. Nothing but the app's own files passes through here.
const CACHE = 'sift-app-v1';
const FILES = [
  './', './index.html', './boot.js', './sift.js', './sift_bg.wasm',
  './tokens.css', './app.css', './favicon.svg', './manifest.webmanifest',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((cached) => cached || caches.match('./index.html'))),
  );
});
