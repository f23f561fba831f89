// Keeps one build of Sift's own files, so it opens and works with the network cut and never
// mixes two builds. A build's files are installed all or none; pages are served from the
// active build's copy; a new build installs in the background, takes over once it is whole,
// and the old copy is removed. The build id is stamped into this file and into boot.js at
// build time (scripts/post-build), so the page and the worker agree on it. Nothing but the
// app's own files passes through here.
const BUILD = 'BUILD_ID';
const CACHE = `sift-${BUILD}`;
const FILES = [
  './', './index.html', './boot.js', './sift-preview.js', './sift-preview_bg.wasm',
  './sift-reopen.js', './sift-reopen_bg.wasm',
  './sift.js', './sift_bg.wasm',
  './tokens.css', './app.css', './favicon.svg', './favicon.png', './manifest.webmanifest',
  './sift-worker_loader.js', './sift-worker.js', './sift-worker_bg.wasm',
  './compare.html', './sift-compare.js', './sift-compare_bg.wasm',
];

self.addEventListener('install', (event) => {
  // addAll fails whole if any file fails: a half-fetched build is never used, nor kept.
  const fresh = FILES.map((file) => new Request(file, { cache: 'reload' }));
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(fresh))
      .catch((error) => caches.delete(CACHE).then(() => Promise.reject(error)))
      .then(() => self.skipWaiting()),
  );
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
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
