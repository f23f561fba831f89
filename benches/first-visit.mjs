// The first visit as a phone on a slow network sees it: Lighthouse's mobile throttling
// (devtools profile: 562.5 ms request latency, 1,474.56 Kbps down, 675 Kbps up, CPU 4× slower),
// a fresh profile each run, the files served gzipped as a static host would. Reports, from
// navigation start, when "Try a sample article" is pressed (as soon as it is there, by the
// page itself), when the first sentences of the sample are painted (by the preview module, or
// by the app), and when the app is there to tag them; the bytes that crossed the wire before
// the first sentences were painted (the critical path); then the repeat visit (served by the
// service worker), a later one, and the offline start. Usage: node benches/first-visit.mjs [dist] (RUNS=5,
// ENCODING=br).
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] || process.env.DIST || 'dist';
const RUNS = Number(process.env.RUNS || 5);
// Served as a static host serves precompressed files (nginx's gzip_static): the build's gzip
// copies (Zopfli's, scripts/precompress.mjs), or gzip -9 made here for a build without them.
// ENCODING=br serves its brotli copies instead; the budget is measured with gzip, which every
// host can serve.
const ENCODING = process.env.ENCODING || 'gzip';
const PORT = 4198;
const BASE = `http://127.0.0.1:${PORT}/`;
const LATENCY_MS = 562.5;
const DOWN = (1474.56 * 1024) / 8; // bytes per second
const UP = (675 * 1024) / 8;
const CPU = 4;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

// A static host: the precompressed copy for whoever accepts it, no caching headers beyond the
// default.
const zipped = new Map();
const gzipped = (file) => (existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : gzipSync(readFileSync(file), { level: 9 }));
const server = createServer((req, res) => {
  const path = new URL(req.url, BASE).pathname;
  const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(DIST)) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] || 'application/octet-stream';
  const accepts = req.headers['accept-encoding'] || '';
  if (ENCODING === 'br' && /\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding' });
    res.end(readFileSync(`${file}.br`));
  } else if (/\bgzip\b/.test(accepts)) {
    if (!zipped.has(file)) zipped.set(file, gzipped(file));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(zipped.get(file));
  } else {
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  }
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

// In the page, before anything of it runs: presses "Try a sample article" the moment it is in
// the page, and notes when the first sentence is painted.
function watch() {
  window.__visit = {};
  // Tells the bench once both are seen; it listens, not polls: polling would run Playwright's
  // injected script on the page's main thread, in the time measured.
  const told = () => {
    const v = window.__visit;
    if (v.first && v.app && !v.told) {
      v.told = true;
      console.debug('sift-visit: seen');
    }
  };
  const look = () => {
    const v = window.__visit;
    if (!v.pressed) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Try a sample article' && !b.disabled);
      if (button) {
        v.pressed = performance.now();
        button.click();
      }
    }
    // When the app answers: its sentences are options the reader can tag.
    if (!v.app && document.querySelector('[data-sentence-index]')) {
      v.app = performance.now();
      told();
    }
    // The article's sentences, as the preview draws them or the app does (`.sentence`).
    if (!v.inserted && document.querySelector('.article .sentence')) {
      v.inserted = performance.now();
      // The frame after: a message posted from its animation frame arrives once it is
      // painted, ahead of any timer the app queued meanwhile.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          v.first = performance.now();
          told();
        };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
}

async function throttled(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: LATENCY_MS, downloadThroughput: DOWN, uploadThroughput: UP,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return cdp;
}

async function visit(page) {
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === 'sift-visit: seen', timeout: 60_000 });
  await page.goto(BASE, { waitUntil: 'commit' });
  await seen;
  return page.evaluate(() => {
    const { pressed, first, app } = window.__visit;
    const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
    const before = entries.filter((e) => e.responseEnd <= first);
    const files = before.map((e) => `${new URL(e.name).pathname.slice(1) || 'index.html'} ${e.transferSize} B by ${(e.responseEnd / 1000).toFixed(2)} s`);
    return { pressed, first, app, bytes: before.reduce((n, e) => n + e.transferSize, 0), files };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const firsts = [];
const repeats = [];
const laters = [];
const offlines = [];
let bytes = 0;
let files = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
    });
    await context.addInitScript(watch);
    const page = await context.newPage();
    const cdp = await throttled(context, page);
    const first = await visit(page);
    firsts.push(first);
    ({ bytes, files } = first);
    // The service worker has the build once it controls a page. The reader then leaves (the
    // first tab closes, with the work it still does after the first result, such as the
    // suggestions' worker) and comes back: the repeat visit.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => caches.keys().then((k) => k.length > 0), null, { timeout: 120_000 });
    await cdp.detach();
    await page.close();
    const again = await context.newPage();
    await throttled(context, again);
    repeats.push(await visit(again));
    await again.close();
    // Once more: by the third visit the browser has its caches of compiled code, as a reader
    // who comes back day after day does.
    const later = await context.newPage();
    await throttled(context, later);
    laters.push(await visit(later));
    await later.close();
    const offline = await context.newPage();
    await context.setOffline(true);
    offlines.push(await visit(offline));
    await context.setOffline(false);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const line = (what, value, budget, ok) => console.log(`${what.padEnd(58)} ${value.padStart(26)}   budget ${budget}${ok ? '' : '   MISSED'}`);
const m = median(firsts.map((f) => f.first));
if (ENCODING !== 'gzip') console.log(`(files served ${ENCODING}-compressed)`);
line(`first visit → first sentences of the sample (median of ${RUNS})`, `${s(m)} (${firsts.map((f) => s(f.first)).join(', ')})`, '≤ 3.0 s', m <= 3000);
line('  of which "Try a sample article" there and pressed at', s(median(firsts.map((f) => f.pressed))), 'none', true);
line('  and the app there, its sentences ready to tag, at', s(median(firsts.map((f) => f.app))), 'none', true);
line('bytes on the wire before the first result', `${(bytes / 1024).toFixed(1)} KB`, '≤ 280 KB', bytes <= 280 * 1024);
console.log(`  files (bytes on the wire, arrived by; the last run): ${files.join('; ')}`);
const r = median(repeats.map((f) => f.first));
line(`repeat visit → first sentences (service worker, median of ${RUNS})`, `${s(r)} (${repeats.map((f) => s(f.first)).join(', ')})`, '≤ 1.0 s', r <= 1000);
line('  a later visit (the third)', s(median(laters.map((f) => f.first))), 'none', true);
const o = median(offlines.map((f) => f.first));
line(`offline start → first sentences (median of ${RUNS})`, s(o), 'unchanged (≈ 0.1 s)', true);
