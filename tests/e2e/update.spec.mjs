// One version of the app at a time: a deploy whose files cannot all be fetched never mixes
// with the version the browser has; a whole one takes over on the next visit.
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const PORT = 4180;
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

/// A static server for one deployed version, switched by the test; `brokenWasm` makes the
/// wasm request fail, as on a flaky network or mid-deploy.
function host() {
  const site = { root: 'dist', brokenWasm: false };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = path === '/' ? '/index.html' : path;
    if (site.brokenWasm && file.endsWith('.wasm')) {
      response.writeHead(503).end();
      return;
    }
    try {
      const body = readFileSync(join(site.root, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return { site, server };
}

/// dist/ as a second build: the same files under another build id.
function secondBuild() {
  const root = mkdtempSync(join(tmpdir(), 'sift-v2-'));
  cpSync('dist', root, { recursive: true });
  const first = readFileSync(join(root, 'boot.js'), 'utf8').match(/const BUILD = '([0-9a-f]+)'/)[1];
  for (const file of ['boot.js', 'sw.js']) {
    const path = join(root, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(first, `${first}-second`));
  }
  return { root, first, second: `${first}-second` };
}

const caches = (page) => page.evaluate(() => caches.keys());
const build = (page) => page.evaluate(() => document.documentElement.dataset.build);

async function appWorks(page) {
  await expect(page.getByLabel('Article text')).toBeVisible();
  await page.getByLabel('Article text').fill('Ferry fares rise. The operator said so.');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.locator('[data-sentence-index]')).toHaveCount(2);
  await page.getByRole('button', { name: 'New article' }).click();
}

/// Waits until the browser has checked for a new worker and that worker has settled
/// (installed and active, or failed and gone).
async function updateSettled(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    while (registration.installing || registration.waiting) {
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

test('a deploy whose wasm fails leaves the app whole on its version; a whole one takes over', async ({ browser }) => {
  const { site, server } = host();
  await new Promise((r) => server.listen(PORT, '127.0.0.1', r));
  const { root, first, second } = secondBuild();
  const context = await browser.newContext();
  const page = await context.newPage();
  const crashes = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  try {
    // Version 1: the worker keeps its build, whole.
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => caches(page)).toEqual([`sift-${first}`]);
    expect(await build(page)).toBe(first);
    await appWorks(page);

    // Version 2 is deployed, but its wasm cannot be fetched: the worker does not install it,
    // and the app starts whole on version 1.
    site.root = root;
    site.brokenWasm = true;
    await page.reload();
    await updateSettled(page);
    await page.reload();
    expect(await build(page)).toBe(first);
    await appWorks(page);
    expect(await caches(page)).toEqual([`sift-${first}`]);

    // The network works again: version 2 installs whole, replaces version 1, and the next
    // visit runs it.
    site.brokenWasm = false;
    await page.reload();
    await updateSettled(page);
    await expect.poll(() => caches(page)).toEqual([`sift-${second}`]);
    await page.reload();
    expect(await build(page)).toBe(second);
    await appWorks(page);
    expect(crashes).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});
