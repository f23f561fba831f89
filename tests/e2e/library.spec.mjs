// A library that is never lost: documents, storage failures, two tabs, import.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FERRY = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const SHORT = 'Library opens late\n\nThe city library will open at 10 a.m. from Monday. Staff asked for the change.';

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);

async function fresh(page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

async function paste(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
}

async function tag(page, i, key) {
  await sentence(page, i).click();
  await page.keyboard.press(key);
}

async function downloadJson(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  return JSON.parse(readFileSync(await file.path(), 'utf8'));
}

test('the library lists, opens, renames and deletes documents, and finds a pasted duplicate', async ({ page }) => {
  await fresh(page);
  await paste(page, FERRY);
  await tag(page, 4, '1');
  await tag(page, 5, '2');
  await page.getByRole('button', { name: 'New article' }).click();
  await paste(page, SHORT);
  await tag(page, 1, '3');
  await page.getByRole('button', { name: 'New article' }).click();

  const library = page.getByRole('region', { name: 'Your library' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await expect(library).toContainText('14 sentences · 2 of 14 labelled · claim 1, fact 1, context 0');
  await expect(library).toContainText('3 sentences · 1 of 3 labelled');
  await expect(library).toContainText(/Sift uses \d+ KB of about 10.0 MB/);

  await library.getByRole('button', { name: 'Rename “Island Courier”' }).click();
  await library.getByLabel('New title').fill('Ferry fares');
  await library.getByLabel('New title').press('Enter');
  await expect(library.getByRole('button', { name: 'Open “Ferry fares”' })).toBeVisible();

  // Pasting the same text again opens the document instead of making a copy.
  await page.getByLabel('Article text').fill(FERRY);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'already in your library' })).toBeVisible();
  await expect(sentence(page, 4)).toHaveAttribute('data-label', 'claim');
  await expect(page.getByRole('heading', { name: 'Ferry fares' })).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(2);

  await library.getByRole('button', { name: 'Delete “Library opens late”' }).click();
  await library.getByRole('button', { name: 'Delete for good' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await library.getByRole('button', { name: 'Open “Ferry fares”' }).click();
  await expect(sentence(page, 5)).toHaveAttribute('data-label', 'fact');
  await page.reload();
  await expect(sentence(page, 5)).toHaveAttribute('data-label', 'fact', { message: 'the app opens on the last open document' });
});

test('every stored key corrupted: the app starts, explains, keeps and offers the raw data', async ({ page }) => {
  await fresh(page);
  await paste(page, SHORT);
  await tag(page, 1, '1');
  const id = await page.evaluate(() => localStorage.getItem('sift.current'));
  const garbage = {
    [`sift.doc.${id}`]: '{"schema":4,"id":"x","text":"cut',
    [`sift.text.${id}`]: 'not json',
    'sift.library': '{"schema":2,"docs":"wrong"}',
  };
  await page.evaluate((g) => { for (const [k, v] of Object.entries(g)) localStorage.setItem(k, v); }, garbage);
  await page.reload();
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(1);
  await expect(alerts.first()).toContainText('could not read');
  await expect(page.getByLabel('Article text')).toBeVisible();
  const stored = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  const after = await stored();
  // The unreadable document is kept as it was, and backed up; its text is kept (it is not read
  // without its document); the old shared list, which is derived data, is gone.
  expect(after[`sift.doc.${id}`]).toBe(garbage[`sift.doc.${id}`]);
  expect(after[`sift.text.${id}`]).toBe(garbage[`sift.text.${id}`]);
  expect(after['sift.library']).toBeUndefined();
  const backups = Object.keys(after).filter((k) => k.startsWith('sift.backup.'));
  expect(backups).toHaveLength(1);
  expect(after[backups[0]]).toBe(garbage[`sift.doc.${id}`]);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    alerts.filter({ hasText: `sift.doc.${id}` }).getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(readFileSync(await file.path(), 'utf8')).toBe(garbage[`sift.doc.${id}`]);
  await page.screenshot({ path: 'test-results/corrupt-storage.png', fullPage: true });

  // Reloading again makes no second copy; the library lists the backup to download or delete.
  await page.reload();
  expect(Object.keys(await stored()).filter((k) => k.startsWith('sift.backup.'))).toEqual(backups);
  const listed = page.locator(`[data-backup="${backups[0]}"]`);
  await expect(listed).toBeVisible();
  const [again] = await Promise.all([page.waitForEvent('download'), listed.getByRole('button', { name: 'Download' }).click()]);
  expect(readFileSync(await again.path(), 'utf8')).toBe(garbage[`sift.doc.${id}`]);
  await listed.getByRole('button', { name: /^Delete the backup/ }).click();
  await expect(listed).toHaveCount(0);
  expect(Object.keys(await stored()).filter((k) => k.startsWith('sift.backup.'))).toEqual([]);
});

test('data from a newer Sift is kept and explained', async ({ page }) => {
  await fresh(page);
  await page.evaluate(() => {
    localStorage.setItem('sift.current', 'doc-future');
    localStorage.setItem('sift.doc.doc-future', '{"schema":9,"text":"from the future"}');
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('newer version of Sift');
  expect(await page.evaluate(() => localStorage.getItem('sift.doc.doc-future'))).toBe('{"schema":9,"text":"from the future"}');
});

test('storage full: the alert shows, nothing is lost, the download is complete', async ({ page }) => {
  await fresh(page);
  await paste(page, FERRY);
  await tag(page, 2, '1');
  // Fill the origin's storage to the last byte with someone else's data.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); i--; }
    }
  });
  // A label takes no more room than no label; a note needs room the storage no longer has.
  await tag(page, 3, '2');
  await page.keyboard.press('e');
  await page.getByLabel('Note', { exact: true }).fill('Fuel cost figures from the operator’s annual report');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('not saved');
  await expect(page.getByRole('alert')).toContainText('full');
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'fact');
  const exported = await downloadJson(page);
  expect(exported.sentences[2].label).toBe('claim');
  expect(exported.sentences[3].label).toBe('fact');
  expect(exported.sentences[3].note).toBe('Fuel cost figures from the operator’s annual report');
  await page.screenshot({ path: 'test-results/storage-full.png' });
  // Room again: the next change saves everything.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await tag(page, 4, '3');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  for (const [i, label] of [[2, 'claim'], [3, 'fact'], [4, 'context']]) await expect(sentence(page, i)).toHaveAttribute('data-label', label);
  await expect(sentence(page, 3)).toHaveAttribute('data-note', 'true');
});

test('without localStorage Sift runs in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('in memory');
  await paste(page, SHORT);
  await tag(page, 0, '2');
  await expect(sentence(page, 0)).toHaveAttribute('data-label', 'fact');
  expect((await downloadJson(page)).sentences[0].label).toBe('fact');
});

test('two tabs on one document: each sees the other’s labels at once, and both are kept', async ({ context }) => {
  const a = await context.newPage();
  await fresh(a);
  await paste(a, FERRY);
  const b = await context.newPage();
  await b.goto('/');
  await expect(sentence(b, 0)).toBeVisible();

  await tag(a, 4, '1');
  await expect(sentence(b, 4)).toHaveAttribute('data-label', 'claim');
  await tag(b, 6, '2');
  await expect(sentence(a, 6)).toHaveAttribute('data-label', 'fact');
  await tag(a, 7, '3');
  await tag(b, 8, '1');
  await a.reload();
  await b.reload();
  for (const page of [a, b]) {
    for (const [i, label] of [[4, 'claim'], [6, 'fact'], [7, 'context'], [8, 'claim']]) {
      await expect(sentence(page, i)).toHaveAttribute('data-label', label);
    }
  }
});

test('import: a good file restores a document, a file for an existing one merges, bad files change nothing', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-import-'));
  await fresh(page);
  await paste(page, SHORT);
  await tag(page, 0, '3');
  await tag(page, 1, '1');
  const exported = await downloadJson(page);
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify(exported));

  // A clean browser: the file brings the document back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const chooser = async (path) => {
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON' }).click()]);
    await picker.setFiles(path);
  };
  await chooser(good);
  await expect(sentence(page, 1)).toHaveAttribute('data-label', 'claim');
  await expect(sentence(page, 0)).toHaveAttribute('data-label', 'context');

  // Someone else's work on the same article merges per sentence.
  const theirs = structuredClone(exported);
  theirs.exported_at = '2099-01-01T00:00:00Z';
  theirs.sentences[2].label = 'fact';
  theirs.sentences[2].note = 'From the library board minutes';
  const merge = join(dir, 'theirs.json');
  writeFileSync(merge, JSON.stringify(theirs));
  await tag(page, 0, '0');
  await page.getByRole('button', { name: 'New article' }).click();
  await chooser(merge);
  await expect(page.getByRole('status').filter({ hasText: 'Merged the file' })).toBeVisible();
  await expect(sentence(page, 2)).toHaveAttribute('data-label', 'fact');
  await expect(sentence(page, 2)).toHaveAttribute('data-note', 'true');
  await expect(sentence(page, 1)).toHaveAttribute('data-label', 'claim');

  await page.getByRole('button', { name: 'New article' }).click();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const bad = {
    'notes.txt': 'just some text',
    'other.json': JSON.stringify({ format: 'label-studio', tasks: [] }),
    'v3.json': JSON.stringify({ ...exported, version: 3 }),
    'range.json': JSON.stringify({ ...exported, sentences: exported.sentences.map((s, i) => (i === 1 ? { ...s, end: 99999 } : s)) }),
    'text.json': JSON.stringify({ ...exported, sentences: exported.sentences.map((s, i) => (i === 1 ? { ...s, text: 'Something else.' } : s)) }),
  };
  const said = {
    'notes.txt': 'not JSON', 'other.json': 'not a Sift export', 'v3.json': 'version 3',
    'range.json': 'offsets outside', 'text.json': 'does not match',
  };
  for (const [name, body] of Object.entries(bad)) {
    const path = join(dir, name);
    writeFileSync(path, body);
    await chooser(path);
    await expect(page.getByRole('alert').last()).toContainText(said[name]);
    await expect(page.getByRole('alert').last()).toContainText('Nothing was changed');
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await page.screenshot({ path: 'test-results/import-errors.png', fullPage: true });
});

test('opening a document is not a change: its “changed” time stays', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-20T08:00:00Z'));
  await fresh(page);
  await paste(page, SHORT);
  await tag(page, 1, '2');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.clock.setFixedTime(new Date('2026-11-26T09:30:00Z'));
  const library = page.getByRole('region', { name: 'Your library' });
  await library.getByRole('button', { name: 'Open “Library opens late”' }).click();
  await expect(sentence(page, 1)).toHaveAttribute('data-label', 'fact');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(library).toContainText('changed 2026-11-20 08:00 UTC');
  await library.getByRole('button', { name: 'Open “Library opens late”' }).click();
  await tag(page, 2, '1');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(library).toContainText('changed 2026-11-26 09:30 UTC');
});

test('the open document is renamed in place, and Escape leaves the title as it was', async ({ page }) => {
  await fresh(page);
  await paste(page, SHORT);
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Library hours');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Library opens late' })).toBeVisible();
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.keyboard.type('Library hours change');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Library hours change' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library hours change' })).toBeVisible();
});

test('a document whose stored text is lost comes back whole when its article is pasted again', async ({ page }) => {
  await fresh(page);
  await paste(page, SHORT);
  await tag(page, 1, '1');
  const id = await page.evaluate(() => localStorage.getItem('sift.current'));
  await page.evaluate((id) => localStorage.removeItem(`sift.text.${id}`), id);
  await page.reload();
  await expect(page.getByRole('alert').first()).toContainText('text record is missing');
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await paste(page, SHORT);
  await expect(sentence(page, 1)).toHaveAttribute('data-label', 'claim');
  await expect.poll(() => page.evaluate((id) => localStorage.getItem(`sift.text.${id}`), id)).toContain('The city library');
  await page.reload();
  await expect(sentence(page, 1)).toHaveAttribute('data-label', 'claim');
});
