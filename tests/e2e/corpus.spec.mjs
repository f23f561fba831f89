// A corpus, not one article: hundreds of files and a large JSON Lines file imported at once,
// the library searched, filtered, sorted and paged, new versions recognised, and storage filled
// to its limit with nothing lost.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { audit, shoot } from './audit.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Made-up articles: random words, so no two resemble each other; each has one word of its own
// (`marker`) in its text but not in its title.
const WORDS = ('council budget river bridge school teacher harbour ferry station market farmer ' +
  'election minister hospital nurse museum library festival storm flood road tunnel village ' +
  'factory union wage price fuel train airport court judge police mayor park garden theatre').split(' ');

function seeded(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function article(n, sentences = 8) {
  const random = seeded(n + 1);
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const lines = [];
  for (let i = 0; i < sentences; i++) {
    const words = Array.from({ length: 12 }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (i === 3) words.push(`marker${n}x`);
    lines.push(words.join(' ') + '.');
  }
  return { title: `Report ${String(n).padStart(4, '0')}`, text: lines.join(' ') };
}

// Text that hardly compresses (random letters), so that storage fills however Sift packs it.
function noise(n, sentences) {
  // xorshift32: a long period, so bzip2 finds no repeats to pack.
  let x = n + 1;
  const random = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const letter = () => ALPHABET[Math.floor(random() * ALPHABET.length)];
  const word = () => Array.from({ length: 6 }, letter).join('');
  const lines = Array.from({ length: sentences }, () => `${Array.from({ length: 12 }, word).join(' ')}.`);
  return lines.join(' ');
}

async function fresh(page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

// Files on disk: Playwright sends hundreds of paths at once, where buffers would stall.
const folder = mkdtempSync(join(tmpdir(), 'sift-corpus-'));
function file(name, text) {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

async function importFiles(page, files) {
  await page.getByLabel('Import articles…').setInputFiles(files);
}

const total = (page) => page.locator('[data-library-total]');

test('hundreds of text files, a JSON Lines file and a CSV come in at once, with a bad line named and the rest read', async ({ page }) => {
  test.setTimeout(120_000);
  await fresh(page);
  const texts = Array.from({ length: 300 }, (_, n) => {
    const a = article(n);
    return file(`report-${n}.txt`, `${a.title}\n\n${a.text}`);
  });
  const lines = Array.from({ length: 400 }, (_, i) => {
    const a = article(1000 + i);
    return JSON.stringify({ text: a.text, title: a.title, url: `https://example.org/${i}`, meta: { source: 'wire' } });
  });
  lines.splice(10, 0, '{"title": "a line without its text"}');
  const csv = 'title,text\n"From a sheet","' + article(5000).text + '"\n';
  await importFiles(page, [...texts, file('wire.jsonl', lines.join('\n')), file('sheet.csv', csv)]);

  await expect(page.getByRole('status').filter({ hasText: 'Imported 701 articles from 302 files.' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('alert').filter({ hasText: '“wire.jsonl”, line 11: ' })).toContainText('text');
  await expect(total(page)).toHaveAttribute('data-library-total', '701');
  await expect(page.getByText('701 articles', { exact: true })).toBeVisible();
  await settle(page);

  // Importing the same files again brings in nothing twice.
  await importFiles(page, texts.slice(0, 5));
  await expect(page.getByRole('status').filter({ hasText: 'Imported 0 articles from 5 files. 5 texts were already in your library' })).toBeVisible();
  await expect(total(page)).toHaveAttribute('data-library-total', '701');

  // Every article reloads from storage.
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-library-total', '701');
});

test('the library is searched by title and text, filtered by progress, sorted and paged', async ({ page }) => {
  test.setTimeout(120_000);
  await fresh(page);
  const files = Array.from({ length: 60 }, (_, n) => {
    const a = article(n);
    return file(`r${n}.md`, `# ${a.title}\n\n${a.text}`);
  });
  await importFiles(page, files);
  await expect(total(page)).toHaveAttribute('data-library-total', '60', { timeout: 30_000 });
  const library = page.getByRole('region', { name: 'Your library' });
  await expect(library.getByRole('listitem')).toHaveCount(20);
  await expect(library.getByText('Page 1 of 3')).toBeVisible();
  await library.getByRole('button', { name: 'Next page' }).click();
  await expect(library.getByText('Page 2 of 3')).toBeVisible();

  // A word of one article's text, not of any title.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('MARKER17X');
  await expect(total(page)).toHaveAttribute('data-library-total', '1');
  await expect(library.getByRole('button', { name: 'Open “Report 0017”' })).toBeVisible();
  await search.fill('report 003');
  await expect(total(page)).toHaveAttribute('data-library-total', '10');
  await expect(library.getByText('10 of 60 articles')).toBeVisible();

  // Label one article, then filter by progress. Times are kept to the second: the label must
  // come a second after the import to sort first.
  await page.waitForTimeout(1100);
  await library.getByRole('button', { name: 'Open “Report 0031”' }).click();
  await page.locator('[data-sentence-index="0"]').click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'New article' }).click();
  await search.fill('');
  const show = page.getByLabel('Show');
  await show.selectOption('With claims');
  await expect(total(page)).toHaveAttribute('data-library-total', '1');
  await show.selectOption('In progress');
  await expect(total(page)).toHaveAttribute('data-library-total', '1');
  await show.selectOption('Not started');
  await expect(total(page)).toHaveAttribute('data-library-total', '59');
  await show.selectOption('Done');
  await expect(total(page)).toHaveAttribute('data-library-total', '0');
  await show.selectOption('All articles');

  await page.getByLabel('Sort by').selectOption('Title');
  await expect(library.getByRole('listitem').first()).toContainText('Report 0000');
  await page.getByLabel('Sort by').selectOption('Least done first');
  await expect(library.getByRole('listitem').last()).not.toContainText('Report 0031');
  await page.getByLabel('Sort by').selectOption('Changed last');
  await expect(library.getByRole('listitem').first()).toContainText('Report 0031');
});

test('an imported text that resembles a stored article is offered as its new version, with the work carried over', async ({ page }) => {
  await fresh(page);
  const a = article(7);
  await page.getByLabel('Article text').fill(a.text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.locator('[data-sentence-index="1"]').click();
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'New article' }).click();

  const edited = a.text.replace(/\.$/, ' today.');
  await importFiles(page, [file('edited.txt', edited), file('other.txt', article(8).text)]);
  await expect(page.getByRole('heading', { name: 'Is an imported text a new version of an article you annotated?' })).toBeVisible();
  await expect(total(page)).toHaveAttribute('data-library-total', '2');
  await page.getByRole('button', { name: 'Import it as new versions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 article as new versions of articles in your library.' })).toBeVisible();
  const library = page.getByRole('region', { name: 'Your library' });
  await expect(library.getByText('2 versions')).toBeVisible();
  await expect(total(page)).toHaveAttribute('data-library-total', '2');
  await expect(library).toContainText('1 of 8 labelled');
});

test('an import that fills storage stops with what is left named, and nothing stored is lost', async ({ page }) => {
  test.setTimeout(120_000);
  await fresh(page);
  await page.getByLabel('Article text').fill(article(1).text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.locator('[data-sentence-index="0"]').click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'New article' }).click();

  // 60 articles of about 300 KB each that hardly compress: storage holds about 10 MB.
  const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ title: `Long ${i}`, text: noise(2000 + i, 3500) }));
  await importFiles(page, [file('long.jsonl', lines.join('\n'))]);
  const alert = page.getByRole('alert').filter({ hasText: 'The import stopped' });
  await expect(alert).toContainText('storage for Sift is full', { timeout: 60_000 });
  await expect(alert).toContainText(/\d+ articles were not imported, from “long.jsonl”, line \d+ on\. Sift uses [\d.]+ MB of about 10.0 MB/);
  const stored = Number(await total(page).getAttribute('data-library-total'));
  expect(stored).toBeGreaterThan(10);
  expect(stored).toBeLessThan(61);

  // The article labelled before is intact, and everything imported reloads.
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-library-total', String(stored));
  // The search unpacks every pack of 10 MB of text that hardly compresses, a slice at a time.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('marker1x');
  await expect(total(page)).toHaveAttribute('data-library-total', '1', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Your library' })).toContainText('1 of 8 labelled');
});

test('the library is exported whole or by selection, deleted with undo, and imported back whole', async ({ page }) => {
  test.setTimeout(120_000);
  await fresh(page);
  const files = Array.from({ length: 30 }, (_, n) => {
    const a = article(n, 5);
    return file(`e${n}.txt`, `${a.title}\n\n${a.text}`);
  });
  await importFiles(page, files);
  await expect(total(page)).toHaveAttribute('data-library-total', '30', { timeout: 30_000 });
  const library = page.getByRole('region', { name: 'Your library' });
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('Report 0004');
  await library.getByRole('button', { name: 'Open “Report 0004”' }).click();
  await page.locator('[data-sentence-index="2"]').click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'New article' }).click();

  // Two selected (found by two searches), as sentences for machine learning.
  await search.fill('Report 0004');
  await library.getByRole('checkbox', { name: 'Select “Report 0004”' }).check();
  await search.fill('Report 0009');
  await library.getByRole('checkbox', { name: 'Select “Report 0009”' }).check();
  await search.fill('');
  await page.getByLabel('Export as').selectOption('Sentences for ML (JSONL)');
  const [lines] = await Promise.all([page.waitForEvent('download'), library.getByRole('button', { name: 'Export 2 selected' }).click()]);
  const sentences = readFileSync(await lines.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(sentences).toHaveLength(12);
  expect(sentences.filter((s) => s.label === 'claim')).toHaveLength(1);
  await library.getByRole('button', { name: 'Clear selection' }).click();

  // Two of the 30 imported together deleted: their pack is packed again without them, so
  // their room is freed, and Undo puts them back.
  const packed = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sift.pack.'))
    .reduce((n, k) => n + localStorage.getItem(k).length, 0));
  const before = await packed();
  for (const n of ['0001', '0002']) {
    await search.fill(`Report ${n}`);
    await library.getByRole('checkbox', { name: `Select “Report ${n}”` }).check();
  }
  await search.fill('');
  await library.getByRole('button', { name: 'Delete 2 selected' }).click();
  await expect(total(page)).toHaveAttribute('data-library-total', '28');
  await expect.poll(packed).toBeLessThan(before);
  // The storage line counts the smaller pack, as a fresh start measures it.
  const measured = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sift.'))
    .reduce((n, k) => n + 2 * (k.length + localStorage.getItem(k).length), 0));
  await expect(library.getByText(/^Sift uses/)).toContainText(`Sift uses ${Math.ceil(measured / 1024)} KB`);
  await library.getByRole('button', { name: 'Undo delete' }).click();
  await expect(total(page)).toHaveAttribute('data-library-total', '30');
  expect(await packed()).toBe(before);
  await page.reload();
  await search.fill('Report 0002');
  await library.getByRole('button', { name: 'Open “Report 0002”' }).click();
  await expect(page.locator('[data-sentence-index="4"]')).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();

  // Everything, in Sift's JSON: what a fresh page exports unless another format is chosen.
  await page.reload();
  await expect(page.getByLabel('Export as')).toHaveValue('Sift JSON: everything, imports back whole');
  const [whole] = await Promise.all([page.waitForEvent('download'), library.getByRole('button', { name: 'Export library' }).click()]);
  expect(whole.suggestedFilename()).toMatch(/^sift-library-[\d-]+\.json$/);
  const exported = readFileSync(await whole.path(), 'utf8');
  expect(JSON.parse(exported).documents).toHaveLength(30);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 30 documents' })).toBeVisible();

  // Delete them all, undo, delete again.
  await library.getByRole('button', { name: 'Select all 30 found' }).click();
  await library.getByRole('button', { name: 'Delete 30 selected' }).click();
  await expect(total(page)).toHaveAttribute('data-library-total', '0');
  await library.getByRole('button', { name: 'Undo delete' }).click();
  await expect(total(page)).toHaveAttribute('data-library-total', '30');
  await search.fill('Report 0004');
  await expect(library).toContainText('1 of 6 labelled');
  await search.fill('');
  await library.getByRole('button', { name: 'Select all 30 found' }).click();
  await library.getByRole('button', { name: 'Delete 30 selected' }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your library' }).getByRole('listitem')).toHaveCount(0);

  // The file brings the whole library back, labels and all.
  await importFiles(page, [file('library.json', exported)]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 30 articles from 1 file.' })).toBeVisible({ timeout: 30_000 });
  await search.fill('Report 0004');
  await expect(library).toContainText('1 of 6 labelled');
});

test('the library of many articles passes axe in both themes and fits a phone', async ({ page }) => {
  await fresh(page);
  const files = Array.from({ length: 25 }, (_, n) => {
    const a = article(n, 4);
    return file(`a${n}.txt`, `${a.title}\n\n${a.text}`);
  });
  await importFiles(page, files);
  await expect(total(page)).toHaveAttribute('data-library-total', '25', { timeout: 30_000 });
  const library = page.getByRole('region', { name: 'Your library' });
  await library.getByRole('checkbox').first().check();
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('report');
  await audit(page, 'the library with a selection');
  await shoot(page, 'library-light', { fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await audit(page, 'the library in the dark theme');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 740 });
  await audit(page, 'the library on a phone');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

// Document ids as Sift makes them: FNV-1a over the text's UTF-8 bytes (ASCII here).
function documentId(text) {
  let hash = 0xcbf29ce484222325n;
  for (const c of text) hash = BigInt.asUintN(64, (hash ^ BigInt(c.charCodeAt(0))) * 0x100000001b3n);
  return `doc-${hash.toString(16).padStart(16, '0')}`;
}

test('a library stored before schema 5 is packed at start and every article still opens', async ({ page }) => {
  await fresh(page);
  // 70 one-sentence articles as version 4 stored them: a text record and a JSON record each.
  const records = {};
  for (let n = 0; n < 70; n++) {
    const text = `Stored report ${n} says the ferry ran late${n === 7 ? ' again' : ''}.`;
    const id = documentId(text);
    records[`sift.text.${id}`] = JSON.stringify({ schema: 4, id, text });
    records[`sift.doc.${id}`] = JSON.stringify({
      schema: 4, id, clock: n === 7 ? 1 : 0, updated: `2026-11-27T10:00:${String(n % 60).padStart(2, '0')}Z`,
      created: '2026-11-27T09:00:00Z', title: `Stored report ${n}`, spans: [0, text.length], paragraphs: [1],
      labels: n === 7 ? '1' : '0', notes: {},
      stamps: { bounds: 0, title: 0, details: 0, label: n === 7 ? [[0, 1]] : [], note: [] },
    });
  }
  await page.evaluate((r) => { for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, records);
  const count = (prefix) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, prefix);
  const used = () => page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
  const before = await used();
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-library-total', '70');
  // The worker packs them after the first render: no text record is left, and less room is used.
  await expect.poll(() => count('sift.text.'), { timeout: 20_000 }).toBe(0);
  expect(await count('sift.pack.')).toBe(2);
  expect(await used()).toBeLessThan(before / 2);
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-library-total', '70');
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('late again');
  await expect(total(page)).toHaveAttribute('data-library-total', '1');
  const library = page.getByRole('region', { name: 'Your library' });
  await expect(library).toContainText('1 of 1 labelled');
  await library.getByRole('button', { name: 'Open “Stored report 7”' }).click();
  await expect(page.locator('[data-sentence-index="0"]')).toHaveAttribute('data-label', 'claim');
});
