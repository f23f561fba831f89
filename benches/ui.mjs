// The app's budgets, measured in headless Chromium against the release build in dist/:
// load size, time to interactive, paste → render, key → paint, memory, cost growth, and the
// Event Timing duration of each kind of interaction (what browsers report as INP).
// Run by `scripts/bench` (which builds the release and generates the articles first).
// It reports and flags a missed budget; it never fails because a machine is slow.
// DIST=dir serves another build (e.g. a baseline); ONLY=interactions measures only Event Timing,
// ONLY=load only the page weight and navigation → interactive, ONLY=keys only key → paint and memory, ONLY=render only Annotate → shown, ONLY=compare only
// the comparison of annotators, ONLY=versions only a new version, ONLY=suggest only suggestions, ONLY=foreign only other tools'
// annotations brought in (to compare two builds quickly).
import { chromium } from '@playwright/test';
import { waitForServer } from './serve.mjs';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}/`;
const [articleDir = 'target/bench-articles'] = process.argv.slice(2);
const SIZES = [['10 KB', '10k'], ['100 KB', '100k'], ['1 MB', '1m']];
const NAV_RUNS = 10;
const RENDER_RUNS = 5;
const KEY_PRESSES = 50;
const DIST = process.env.DIST || 'dist';
const ONLY = process.env.ONLY;
const ANNOTATE_RUNS = 5;
const INTERACTIONS = 32; // of each kind: a multiple of 4, so each label key is pressed as often
const PLACES = 8; // where in the article the sentences are clicked

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const rows = [];
function report(measure, value, budget, ok) {
  rows.push({ measure, value, budget, ok });
  console.log(`${measure.padEnd(52)} ${value.padStart(22)}   budget ${budget}${ok ? '' : '   MISSED'}`);
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', DIST], {
  stdio: 'ignore',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info',
  ],
});

try {
  await waitForServer(BASE);
  if (ONLY === 'render') {
    for (const [label, file] of SIZES) await measureRender(label, readFileSync(`${articleDir}/${file}.txt`, 'utf8'));
  } else if (ONLY === 'keys') {
    await measureKeysAndMemory(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
  } else if (ONLY === 'compare') {
    await measureCompare(readFileSync(`${articleDir}/100k.txt`, 'utf8'));
  } else if (ONLY === 'versions') {
    await measureVersions(readFileSync(`${articleDir}/100k.txt`, 'utf8'));
  } else if (ONLY === 'load') {
    await measureLoad();
  } else if (ONLY === 'suggest') {
    await measureSuggest(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
  } else if (ONLY === 'foreign') {
    await measureForeign(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
  } else if (ONLY !== 'interactions') {
    await measureLoad();
    const renderMedians = {};
    for (const [label, file] of SIZES) {
      renderMedians[label] = await measureRender(label, readFileSync(`${articleDir}/${file}.txt`, 'utf8'));
    }
    const growth = renderMedians['1 MB'] / renderMedians['100 KB'];
    report('cost growth 100 KB → 1 MB (paste → render)', `${growth.toFixed(1)}×`, '≤ 11×', growth <= 11);
    await measureKeysAndMemory(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
  }
  for (const [label, file] of ONLY ? (ONLY === 'interactions' ? SIZES.slice(1) : []) : SIZES.slice(1)) {
    await measureInteractions(label, readFileSync(`${articleDir}/${file}.txt`, 'utf8'));
  }
  if (!ONLY) await measureCompare(readFileSync(`${articleDir}/100k.txt`, 'utf8'));
  if (!ONLY) await measureVersions(readFileSync(`${articleDir}/100k.txt`, 'utf8'));
  if (!ONLY) await measureForeign(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
  if (!ONLY) await measureSuggest(readFileSync(`${articleDir}/1m.txt`, 'utf8'));
} finally {
  await browser.close();
  server.kill();
}
const missed = rows.filter((r) => !r.ok).length;
console.log(missed ? `${missed} budget(s) missed` : 'every budget met');

// Everything the page loads, gzipped, and navigation → the Annotate button usable.
async function measureLoad() {
  const page = await browser.newPage();
  const bodies = new Map();
  page.on('response', async (r) => {
    if (r.url().startsWith(BASE)) bodies.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Annotate' }).waitFor();
  await page.waitForLoadState('networkidle');
  let raw = 0;
  let gz = 0;
  const files = [];
  for (const [url, body] of bodies) {
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += zipped;
    files.push(`${new URL(url).pathname.slice(1) || 'index.html'} ${body.length.toLocaleString('en')} / ${zipped.toLocaleString('en')}`);
  }
  // The first visit's own figures (time on a throttled phone, and the bytes before the first
  // result, which the 280 KB budget is on) are benches/first-visit.mjs's; this is everything
  // the annotating page loads (the preview and the app), served locally.
  report('annotating page weight, gzipped (HTML, JS, wasm, CSS, icon)', `${(gz / 1024).toFixed(1)} KB (${(raw / 1024).toFixed(0)} KB raw)`, 'none (the critical path: first-visit.mjs)', true);
  console.log(`  files, bytes raw / gzipped: ${files.join('; ')}`);
  await page.close();

  const times = [];
  for (let i = 0; i < NAV_RUNS; i++) {
    const p = await browser.newPage();
    await p.goto(BASE, { waitUntil: 'commit' });
    // Time from navigation start until the app rendered its first view (the still copy of
    // the start page shown while it loads has its buttons disabled).
    const enabled = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Annotate' && !b.disabled);
    await p.waitForFunction(enabled, null, { polling: 'raf' });
    times.push(await p.evaluate(() => performance.now()));
    await p.close();
  }
  report('navigation → interactive (median of 10; p95)', `${median(times).toFixed(0)} ms; ${p95(times).toFixed(0)} ms`, '≤ 300 ms', median(times) <= 300);
}

// Click on Annotate → every sentence in the DOM and a frame painted.
// Playwright's fill() types into the field and takes minutes for 1 MB; a paste sets the value.
async function paste(page, text) {
  // The app's own field, not the still copy shown while the module loads.
  await page.locator('#article-text').evaluate((el, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function measureRender(label, text) {
  const times = [];
  let sentences = 0;
  for (let i = 0; i < RENDER_RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(BASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await paste(page, text);
    const result = await page.evaluate(() => new Promise((resolve) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Annotate');
      const start = performance.now();
      const done = () => {
        const list = document.querySelector('[role=listbox]');
        if (!list) return false;
        requestAnimationFrame(() => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => resolve({
            ms: performance.now() - start,
            sentences: document.querySelectorAll('[data-sentence-index]').length,
            total: Number(list.getAttribute('data-sentence-count')),
          });
          port2.postMessage(0);
        });
        return true;
      };
      const observer = new MutationObserver(() => { if (done()) observer.disconnect(); });
      observer.observe(document.body, { childList: true, subtree: true });
      button.click();
    }));
    times.push(result.ms);
    sentences = result.total || result.sentences;
    await page.close();
  }
  const budget = { '10 KB': 150, '100 KB': 150, '1 MB': 1000 }[label];
  report(`Annotate → sentences shown, ${label} (${sentences} sentences)`, `${median(times).toFixed(0)} ms (p95 ${p95(times).toFixed(0)})`, `≤ ${budget} ms`, median(times) <= budget);
  return median(times);
}

// Key 1/2 pressed → label painted, 50 times, in the 1 MB article; then memory.
async function measureKeysAndMemory(text) {
  const page = await browser.newPage();
  let wasmMemory = null;
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__siftWasm = e.detail.wasm; });
  });
  await page.goto(BASE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await paste(page, text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.locator('[data-sentence-index="0"]').waitFor();
  await page.locator('[data-sentence-index="0"]').click();
  const times = await page.evaluate(async (presses) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = resolve;
      port2.postMessage(0);
    }));
    const key = (code) => document.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(-1).toLowerCase(), bubbles: true }));
    const out = [];
    for (let i = 0; i < presses; i++) {
      key('KeyJ');
      await frame();
      const focused = document.querySelector('[aria-selected="true"]');
      const code = i % 2 ? 'Digit2' : 'Digit1';
      const want = i % 2 ? 'fact' : 'claim';
      // Press at the start of a frame (in its animation callback): the label must be
      // painted in that same frame, before the task that follows the paint.
      const start = await new Promise((resolve) => requestAnimationFrame(() => {
        const t = performance.now();
        key(code);
        resolve(t);
      }));
      await new Promise((resolve) => {
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = resolve;
        port2.postMessage(0);
      });
      while (focused.getAttribute('data-label') !== want) await frame();
      out.push(performance.now() - start);
    }
    return out;
  }, KEY_PRESSES);
  // A synthetic key sent at the start of a frame, timed to the task after that frame's paint: the
  // one-frame goal of the first budgets. Responsiveness is now budgeted by Event Timing below,
  // which times real input as browsers report it; this figure is kept to compare builds.
  report(`key → label painted, 1 MB (p95 of ${KEY_PRESSES}; median)`, `${p95(times).toFixed(1)} ms; ${median(times).toFixed(1)} ms`, 'none (see Event Timing)', true);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  wasmMemory = await page.evaluate(() => window.__siftWasm?.memory?.buffer?.byteLength ?? null);
  const total = usedSize + (wasmMemory ?? 0);
  const mb = (b) => (b / 1048576).toFixed(1);
  report('memory, 1 MB article (JS heap + wasm memory)', `${mb(total)} MB (${mb(usedSize)} + ${wasmMemory === null ? '?' : mb(wasmMemory)})`, '≤ 64 MB', wasmMemory !== null && total <= 64 * 1048576);
  await page.close();
}

// Event Timing, the way browsers report INP: an interaction lasts from its input until the
// next frame is painted, and counts its longest event. Every input is trusted (CDP), so the
// browser times it as it would a person's. Annotate needs a fresh page each time: 5 runs;
// then INTERACTIONS of each kind on the last of those pages, in this order (state carries on).
async function measureInteractions(label, text) {
  const budget = { '100 KB': 33, '1 MB': 50 }[label];
  const annotate = [];
  let page;
  for (let i = 0; i < ANNOTATE_RUNS; i++) {
    await page?.close();
    page = await articlePage(text);
    annotate.push(await interaction(page, async () => {
      await page.getByRole('button', { name: 'Annotate' }).click();
      await page.locator('[data-sentence-index="0"]').waitFor();
    }));
  }
  // The budget for Annotate is the 1 s render budget on a 1 MB article; at 100 KB its
  // render budget (150 ms, click → sentences shown) is measured above, so this figure only reports.
  reportEvents(`Annotate, ${label} (n=${ANNOTATE_RUNS} fresh pages)`, annotate, { '1 MB': 1000 }[label]);

  const count = Number(await page.getByRole('listbox', { name: 'Sentences' }).getAttribute('data-sentence-count'));
  // Sentences spread through the article: 4 interactions in each of PLACES places, 5 sentences
  // apart, so that only one in 4 has to scroll first (slow on a long article, and not timed).
  const spread = (i) => Math.floor(((Math.floor(i / 4) % PLACES + 0.5) * count) / PLACES) + 5 * (i % 4);
  const sentence = (i) => page.locator(`[data-sentence-index="${i}"]`);
  // An input is timed, or (one that sets the next up) only let paint, so its frame is not timed with the next.
  const measured = (act) => interaction(page, act);
  const untimed = async (act) => {
    await act();
    await page.evaluate(afterPaint);
  };
  const click = (locator, how = measured) => pointAt(locator).then(({ x, y }) => how(() => page.mouse.click(x, y)));
  const press = (key, how = measured) => how(() => page.keyboard.press(key));
  const labelButtons = [/^Claim \(1\)/, /^Fact \(2\)/, /^Context \(3\)/].map((name) => page.getByRole('button', { name }));
  const filters = page.getByRole('group', { name: 'Show', exact: true }).getByRole('button');
  const middle = Math.floor(count / 2);

  // Each kind: what sets it up (not timed), then one timed interaction per call.
  const kinds = [
    // A key press makes the focused article match :focus-visible (and show its outline) until the
    // next pointer focus: clicks by a pointer-only reader, then by one who also uses the keys.
    ['click', null, (i) => click(sentence(spread(i)))],
    ['click after a key', () => press('j', untimed), (i) => click(sentence(spread(i)))],
    ['shift+click', null, async (i) => {
      await click(sentence(spread(i)), untimed);
      const { x, y } = await pointAt(sentence(spread(i) + 2 + (i % 3)));
      await page.keyboard.down('Shift');
      const shiftClick = await measured(() => page.mouse.click(x, y));
      await page.keyboard.up('Shift');
      return shiftClick;
    }],
    ['drag', null, async (i) => {
      // The end first: if that scrolls, the start (a few lines above the centre) stays put.
      const to = await pointAt(sentence(spread(i) + 2 + (i % 2)));
      const from = await pointAt(sentence(spread(i)));
      await untimed(() => page.mouse.move(from.x, from.y));
      return measured(async () => {
        await page.mouse.down();
        await page.mouse.move(to.x, to.y, { steps: 5 });
        await page.mouse.up();
      });
    }],
    ['label key', () => click(sentence(middle), untimed), (i) => press('1230'[i % 4])],
    ['label button', () => click(sentence(middle), untimed), (i) => click(labelButtons[i % 3])],
    ['j/k', () => click(sentence(middle), untimed), (i) => press(i % 2 ? 'k' : 'j')],
    // Label a few sentences first, so that the filtered lists are not empty.
    ['review filter', async () => {
      for (const key of ['1', '2', '3']) {
        await click(sentence(spread(Number(key))), untimed);
        await press(key, untimed);
      }
    }, async (i) => click(filters.nth(i % (await filters.count())))],
    ['undo', () => click(sentence(middle), untimed), async (i) => {
      await press('123'[i % 3], untimed);
      return press('Control+Z');
    }],
  ];
  for (const [kind, setUp, interact] of kinds) {
    await setUp?.();
    const results = [];
    for (let i = 0; i < INTERACTIONS; i++) results.push(await interact(i));
    reportEvents(`${kind}, ${label} (n=${INTERACTIONS})`, results, budget);
  }
  await page.close();
}

// Comparing five exports of the 100 KB article with the open one: "Compare with…" → figures
// painted, then the Event Timing of each kind of interaction in the comparison and its gold version.
async function measureCompare(text) {
  const COMPARE_RUNS = 5;
  const page = await articlePage(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.locator('[data-sentence-index="0"]').waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const mine = JSON.parse(readFileSync(await file.path(), 'utf8'));
  const exports = [1, 2, 3, 4, 5].map((who) => JSON.stringify(variant(mine, who)));
  const times = [];
  for (let run = 0; run < COMPARE_RUNS; run++) {
    if (run) {
      await page.getByRole('button', { name: 'Close comparison' }).click();
      await page.locator('[data-sentence-index="0"]').waitFor();
      await page.evaluate(afterPaint);
    }
    // The comparison opens on a page of its own: the time runs on the clock both pages share.
    const start = await page.evaluate((files) => {
      const input = document.getElementById('compare-files');
      const picked = new DataTransfer();
      files.forEach((body, i) => picked.items.add(new File([body], `annotator-${i + 1}.json`, { type: 'application/json' })));
      const start = performance.timeOrigin + performance.now();
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return start;
    }, exports);
    await page.waitForURL(/compare\.html$/);
    await page.locator('[data-agreement="fleiss"]').waitFor();
    times.push(await page.evaluate(async (start) => {
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      return performance.timeOrigin + performance.now() - start;
    }, start));
  }
  const units = (await page.locator('.units > p').first().textContent()).match(/in (\d+) units/)[1];
  report(`Compare with five exports → comparison page's figures painted, 100 KB (six readings, ${units} units; median of ${COMPARE_RUNS})`,
    // A page load since the comparison has a page of its own (its code is not on the first
    // visit's path): the budget is a page's, not an in-page render's 200 ms.
    `${median(times).toFixed(0)} ms (max ${Math.max(...times).toFixed(0)})`, '≤ 1 s', median(times) <= 1000);

  const measured = (act) => interaction(page, act);
  const press = (key) => measured(() => page.keyboard.press(key));
  const only = page.getByLabel('Only disagreements');
  const kinds = [
    ['n/p', (i) => press(i % 4 === 3 ? 'p' : 'n')],
    ['j/k', (i) => press(i % 2 ? 'k' : 'j')],
    ['only disagreements', () => measured(() => only.click())],
    ['next/previous page, pager above', (i) => measured(() => page.getByRole('button', { name: i % 2 ? 'Previous 20' : 'Next 20' }).first().click())],
    ['next/previous page, pager below', (i) => measured(() => page.getByRole('button', { name: i % 2 ? 'Previous 20' : 'Next 20' }).last().click())],
    ['grade against (select)', (i) => measured(() => page.getByLabel('Grade against').selectOption({ index: i % 7 }))],
    ['start a gold version (once)', () => measured(() => page.getByRole('button', { name: 'Start a gold version' }).click())],
    ['take a label (Shift+number)', (i) => press(`Shift+Digit${1 + (i % 6)}`)],
    ['take a label (click)', (i) => measured(() => page.locator('tr[aria-current="true"] button.take').nth(i % 6).click())],
    ['own label key', (i) => press('1230'[i % 4])],
    ['undo', () => press('Control+Z')],
  ];
  for (const [kind, interact] of kinds) {
    const n = kind.endsWith('(once)') ? 1 : INTERACTIONS;
    const results = [];
    for (let i = 0; i < n; i++) results.push(await interact(i));
    reportEvents(`${kind}, comparison of six, 100 KB (n=${n})`, results, n === 1 ? undefined : 33);
  }
  await page.close();
}

// A new version of a labelled 100 KB article: recognising it on paste, making it (the work
// carried, the changes marked), and every interaction it adds, by Event Timing.
async function measureVersions(text) {
  const page = await articlePage(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.locator('[data-sentence-index="0"]').waitFor();
  // Every sentence labelled by a pattern, through an import of the export.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const labelled = JSON.parse(readFileSync(await file.path(), 'utf8'));
  labelled.sentences.forEach((s, i) => { if (i % 4 !== 3) s.label = ['claim', 'fact', 'context'][i % 4]; });
  await page.getByRole('button', { name: 'New article' }).click();
  await page.locator('#import-file').setInputFiles({
    name: 'labelled.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(labelled)),
  });
  await page.locator('[data-sentence-index="0"]').waitFor();
  await page.getByRole('button', { name: 'New article' }).click();

  const edited = editedVersion(text);
  await paste(page, edited);
  const recognised = await interaction(page, () => page.getByRole('button', { name: 'Annotate' }).click());
  await page.getByRole('button', { name: /^New version of/ }).waitFor();
  reportEvents('Annotate → "new version?" asked, 100 KB (n=1)', [recognised]);
  const made = await page.evaluate(async () => {
    const start = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('New version of')).click();
    while (!document.querySelector('[data-change]')) await new Promise((r) => setTimeout(r, 1));
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  });
  const counts = await page.evaluate(() => ({
    changed: document.querySelectorAll('[data-change]').length,
    orphans: document.querySelectorAll('[data-orphans] > *').length,
  }));
  report(`New version → carried and marked, painted, 100 KB (${counts.changed} changed sentences, ${counts.orphans} orphans)`,
    `${made.toFixed(0)} ms`, '≤ 150 ms (as Annotate → shown)', made <= 150);

  const measured = (act) => interaction(page, act);
  const press = (key) => measured(() => page.keyboard.press(key));
  const changesFilter = page.getByRole('button', { name: /^Only changes/ });
  const kinds = [
    ['c / Shift+C (next, previous change)', (i) => press(i % 4 === 3 ? 'Shift+C' : 'c')],
    ['d (what changed) and Esc', async (i) => {
      if (i % 2) return press('Escape');
      for (let k = 0; k < 8; k++) {
        await page.keyboard.press('c');
        if (await page.locator('[aria-selected="true"][data-change="edited"]').count()) break;
      }
      return press('d');
    }],
    ['Only changes (filter)', () => measured(() => changesFilter.click())],
    ['dismiss an orphan, undo', (i) => (i % 2 ? press('Control+Z') : measured(() => page.locator('[data-orphans] button', { hasText: 'Dismiss' }).first().click()))],
    ['attach an orphan, undo', (i) => (i % 2 ? press('Control+Z') : measured(() => page.locator('[data-orphans] button', { hasText: 'Attach' }).first().click()))],
  ];
  for (const [kind, interact] of kinds) {
    const results = [];
    for (let i = 0; i < INTERACTIONS; i++) results.push(await interact(i));
    reportEvents(`${kind}, new version, 100 KB (n=${INTERACTIONS})`, results, 33);
  }
  await page.close();
}

// `text` corrected as news articles are: one sentence in twenty reworded, one in fifty removed,
// and one in sixty followed by a new one.
function editedVersion(text) {
  return text
    .split('. ')
    .flatMap((part, i) => {
      if (i % 50 === 7) return [];
      const reworded = i % 20 === 3 ? part.replace(' the ', ' a ') : part;
      return i % 60 === 11 ? [reworded, `A sentence added in the update, number ${i}`] : [reworded];
    })
    .join('. ');
}

// Another reader's export of `mine`: each sentence labelled by a fixed pattern, changed for a
// few in ten by reader `who`, and every 25th sentence merged with the next where they share a
// paragraph, so the readings' bounds differ.
function variant(mine, who) {
  const file = structuredClone(mine);
  const labels = ['claim', 'fact', 'context', null];
  file.sentences.forEach((s, i) => {
    const label = labels[(i + ((i * who) % 10 < 3 ? who : 0)) % 4];
    if (label) s.label = label;
  });
  for (let i = file.sentences.length - 2; i >= 0; i--) {
    const [a, b] = [file.sentences[i], file.sentences[i + 1]];
    if ((i + who) % 25 === 0 && a.paragraph === b.paragraph) {
      a.end = b.end;
      a.text = [...file.document.text].slice(a.start, a.end).join('');
      file.sentences.splice(i + 1, 1);
    }
  }
  file.sentences.forEach((s, i) => (s.index = i));
  return file;
}

// A page with the article pasted, not yet annotated, recording Event Timing from the start.
// Import annotations…: Sift's own W3C export of the 1 MB article, every sentence labelled, read
// back onto the same article unlabelled, then the same file with every quote reworded by one
// word. Timed from the file picked to the notice shown, with the longest task meanwhile (how
// long the page did not answer).
async function measureForeign(text) {
  const page = await articlePage(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  const sentences = page.locator('[data-sentence-index]');
  await sentences.first().waitFor();
  await sentences.first().click();
  await sentences.last().click({ modifiers: ['Shift'] });
  await page.keyboard.press('1');
  await page.locator('details.export-menu summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'W3C Web Annotations (JSON-LD)', exact: true }).click()]);
  const exported = readFileSync(await file.path(), 'utf8');
  const reworded = JSON.parse(exported);
  for (const item of reworded.first.items) {
    for (const selector of item.target.selector) {
      if (selector.exact) selector.exact = selector.exact.replace(' ', ' truly ');
    }
  }
  const cases = [['Sift\'s W3C export of 1 MB read back', exported, 5000], ['the same, every quote reworded', JSON.stringify(reworded), 15000]];
  const count = reworded.first.items.length;
  for (const [what, body, budget] of cases) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z'); // back to no label at all
    await sentences.nth(1).click();
    await page.evaluate(afterPaint);
    await page.evaluate((body) => {
      window.__import = { start: performance.now(), longest: 0 };
      new PerformanceObserver((list) => {
        for (const t of list.getEntries()) {
          if (t.startTime >= window.__import.start) window.__import.longest = Math.max(window.__import.longest, t.duration);
        }
      }).observe({ type: 'longtask' });
      window.__import.before = document.querySelector('.notice')?.textContent ?? '';
      const input = document.getElementById('annotation-file');
      const picked = new DataTransfer();
      picked.items.add(new File([body], 'annotations.jsonld', { type: 'application/ld+json' }));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, body);
    // The reader goes on meanwhile: the arrow keys move through the sentences, each an
    // interaction timed as the browser reports it.
    const done = () => page.evaluate(() => (document.querySelector('.notice')?.textContent ?? '') !== window.__import.before);
    let presses = 0;
    while (!(await done())) {
      await page.keyboard.press('ArrowDown');
      presses++;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { took, longest, slowest } = await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      const { start, longest } = window.__import;
      const keys = window.__events.filter((e) => e.interactionId && e.startTime >= start);
      const took = performance.now() - start;
      return { took, longest, slowest: Math.max(0, ...keys.map((e) => e.duration)) };
    });
    report(`Import annotations…, ${what} (${count} annotations)`,
      `${(took / 1000).toFixed(1)} s (longest task ${(longest / 1000).toFixed(1)} s)`, `≤ ${budget / 1000} s`, took <= budget);
    // Event Timing reports only interactions of 16 ms or more.
    const slowestText = slowest ? `${slowest.toFixed(0)} ms` : 'under 16 ms';
    report(`  arrow keys meanwhile, slowest (Event Timing)`, `${presses} keys, ${slowestText}`, '≤ 200 ms', slowest <= 200);
  }
  await page.close();
}

// Suggestions on the 1 MB article: from Annotate until every sentence shows its scores (the
// worker loaded, the article's features read, every sentence scored, the scores drawn a few
// hundred sentences a task), then from a label until the model's new scores are all drawn
// (after the 400 ms pause the page waits for), with the page's longest task meanwhile.
async function measureSuggest(text) {
  const page = await articlePage(text);
  const watch = () => page.evaluate(() => {
    window.__suggest = { start: performance.now(), longest: 0 };
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) {
        if (t.startTime >= window.__suggest.start) window.__suggest.longest = Math.max(window.__suggest.longest, t.duration);
      }
    }).observe({ type: 'longtask' });
  });
  await watch();
  await page.getByRole('button', { name: 'Annotate' }).click();
  const count = Number(await page.locator('.article').getAttribute('data-sentence-count', { timeout: 60_000 }));
  await page.evaluate(afterPaint);
  // The page's longest task from here on: the suggestions' own, not the article's first render.
  const shown = await page.evaluate(() => {
    window.__suggest.longest = 0;
    window.__suggest.shown = performance.now();
    return window.__suggest.shown - window.__suggest.start;
  });
  await page.waitForFunction((n) => document.querySelectorAll('[data-scores]').length === n, count, { timeout: 60_000, polling: 20 });
  const first = await page.evaluate(() => ({ ms: performance.now() - window.__suggest.start, longest: window.__suggest.longest }));
  report(`suggestions, 1 MB (${count} sentences): Annotate → all scored`, `${Math.round(first.ms)} ms (article shown at ${Math.round(shown)} ms; longest task after ${Math.round(first.longest)} ms)`, 'none', true);

  const status = page.locator('.suggestion-status');
  const before = await status.textContent();
  await page.locator('[data-sentence-index="5"]').click();
  await watch();
  const scores = await page.locator('[data-sentence-index="9"]').getAttribute('data-scores');
  await page.keyboard.press('1');
  await page.waitForFunction(([b, s]) => document.querySelector('.suggestion-status').textContent !== b
    && document.querySelector('[data-sentence-index="9"]').dataset.scores !== s
    && document.querySelectorAll('[data-scores]').length > 0, [before, scores], { timeout: 30_000, polling: 20 });
  await page.waitForFunction((n) => document.querySelectorAll('[data-scores]').length === n - 1
    && [...document.querySelectorAll('[data-sentence-index]')].slice(-1)[0].dataset.scores, count, { timeout: 30_000, polling: 20 });
  const again = await page.evaluate(() => ({ ms: performance.now() - window.__suggest.start, longest: window.__suggest.longest }));
  report('suggestions, 1 MB: a label → new scores all drawn', `${Math.round(again.ms)} ms, 400 of them waiting (longest task ${Math.round(again.longest)} ms)`, 'none', true);
  await page.close();
}

async function articlePage(text) {
  const page = await browser.newPage();
  await page.addInitScript(recordEventTiming);
  await page.goto(BASE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await paste(page, text);
  await page.bringToFront();
  return page;
}

// In the page: keeps every Event Timing entry of 16 ms or more (the lowest threshold allowed).
function recordEventTiming() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const { name, startTime, duration, interactionId, processingStart, processingEnd } of list.getEntries()) {
      window.__events.push({ name, startTime, duration, interactionId, processingStart, processingEnd });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
}

// Where to click an element: the centre of its first line box (a sentence is an inline span
// that may wrap). Off screen or covered (by a sticky bar), it is first scrolled to the middle
// and two frames are let paint, so that the scroll's paint is not timed with the input.
function pointAt(locator) {
  return locator.evaluate(async (el) => {
    const centre = () => {
      const r = el.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const p = centre();
    if (el.contains(document.elementFromPoint(p.x, p.y))) return p;
    el.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    return centre();
  });
}

// Performs `act` and returns its Event Timing: the longest entry among every event that
// started from then on (for a drag, mouseover and pointermove too, which have no interaction
// id), and the longest handler time among them, to tell it from the presentation delay. No
// entry means under the 16 ms threshold: counted as 16, marked `under`.
async function interaction(page, act) {
  const before = await page.evaluate(() => performance.now());
  await act();
  const entries = await page.evaluate(eventsSince, before);
  if (!entries.length) return { ms: 16, handlers: 0, under: true };
  return {
    ms: Math.max(...entries.map((e) => e.duration)),
    handlers: Math.max(...entries.map((e) => e.processingEnd - e.processingStart)),
    under: false,
  };
}

// In the page: resolves once the frame after the last input has painted.
async function afterPaint() {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

// In the page: the entries from `before` on, once the frame after the input has painted and
// 100 ms have passed without a new one (the observer gets them after that paint, often 50 ms later).
async function eventsSince(before) {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  let seen = window.__events.length;
  for (let quiet = performance.now(); performance.now() - quiet < 100; ) {
    await new Promise((r) => setTimeout(r, 10));
    if (window.__events.length !== seen) [seen, quiet] = [window.__events.length, performance.now()];
  }
  return window.__events.filter((e) => e.startTime >= before);
}

// p98 as INP takes it (the value at ceil(0.98 n) − 1 of the sorted durations), the median, and
// the longest handler time. Chromium rounds durations to 8 ms.
function reportEvents(what, results, budget) {
  const sorted = [...results].sort((a, b) => a.ms - b.ms || b.under - a.under);
  const shown = (r) => (r.under ? '< 16' : String(Math.round(r.ms)));
  const top = sorted[Math.ceil(sorted.length * 0.98) - 1];
  const handlers = Math.max(...results.map((r) => r.handlers));
  report(`Event Timing p98, ${what}`, `${shown(top)} ms (median ${shown(sorted[Math.floor(sorted.length / 2)])}; handlers ≤ ${Math.ceil(handlers)} ms)`,
    budget ? `≤ ${budget} ms` : 'none (reported only)', !budget || top.ms <= budget);
}
