// Comparing annotators: exports of the same article added with "Compare with…" (the comparison
// opens on a page of its own, and closes back to the article), the figures, the disagreements
// and their keys, a gold version settled by key and click, and the grading CSV.
import { test, expect } from '@playwright/test';
import { annotate, sentence } from './article.mjs';
import { download } from './download.mjs';
import { audit, shoot } from './audit.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const units = (page) => page.locator('.unit-table tbody tr');
const current = (page) => page.locator('.unit-table tr[aria-current="true"]');
const codePoints = (text, start, end) => [...text].slice(start, end).join('');

/** The article labelled as "You": 1 context, 4 fact, 6 and 9 claims. Returns its export. */
async function annotated(page) {
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await annotate(page, ARTICLE, [[1, '3'], [4, '2'], [6, '1'], [9, '1']]);
  await page.keyboard.press('Escape');
  return JSON.parse((await download(page, 'Download JSON')).body);
}

/** Another reader's export: labels changed as `labels` says (null clears), and with `merge`,
 *  sentence `merge` joined with the next (so their bounds differ from ours). */
function reading(mine, labels, merge) {
  const file = structuredClone(mine);
  for (const [i, label] of Object.entries(labels)) {
    if (label) file.sentences[i].label = label;
    else delete file.sentences[i].label;
  }
  if (merge !== undefined) {
    const [a, b] = [file.sentences[merge], file.sentences[merge + 1]];
    expect(a.paragraph).toBe(b.paragraph);
    a.end = b.end;
    a.text = codePoints(file.document.text, a.start, a.end);
    file.sentences.splice(merge + 1, 1);
    file.sentences.forEach((s, i) => (s.index = i));
  }
  return file;
}

function save(files) {
  const dir = mkdtempSync(join(tmpdir(), 'sift-compare-'));
  return Object.entries(files).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    return path;
  });
}

/** Cohen's κ, written out plainly here to check the page's figure independently. */
function cohen(a, b) {
  const n = a.length;
  const same = a.filter((x, i) => x === b[i]).length / n;
  const cats = [...new Set([...a, ...b])];
  const chance = cats.reduce((s, c) => s + (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n), 0);
  return (same - chance) / (1 - chance);
}

test('two annotators: figures, disagreements by key, a gold version settled and downloaded, grading as CSV', async ({ page }) => {
  const mine = await annotated(page);
  // Bob: sentences 4 and 5 as one fact, 6 a fact, 9 unlabelled.
  const bob = reading(mine, { 6: 'fact', 9: null }, 4);
  const other = structuredClone(mine);
  other.document.text = 'Another article entirely.';
  other.sentences = [{ index: 0, start: 0, end: 25, text: 'Another article entirely.' }];
  await page.getByLabel(/^Compare with/).setInputFiles(save({ 'bob.json': bob, 'other.json': other }));

  await expect(page.getByRole('alert').filter({ hasText: '“other.json” is an export of another text' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comparing 2 annotators' })).toBeVisible();
  // The comparison is a page of its own, whose code the annotating page does not load.
  await expect(page).toHaveURL(/\/compare\.html$/);
  await expect(page.getByLabel('Name of annotator 2')).toHaveValue('bob');

  // Units: our sentences (Bob's merged one covers two of them). They differ on 5, 6 and 9.
  const n = mine.sentences.length;
  await expect(units(page)).toHaveCount(n);
  const ours = mine.sentences.map((s) => s.label ?? 'none');
  const bobs = ours.map((l, i) => (i === 5 ? 'fact' : i === 6 ? 'fact' : i === 9 ? 'none' : l));
  await expect(page.locator('tr[data-agree="false"]')).toHaveCount(3);
  const kappa = page.locator('[data-agreement="kappa"]');
  await expect(kappa).toHaveAttribute('data-value', cohen(ours, bobs).toFixed(3));
  await expect(page.locator('.figure', { has: page.locator('dt', { hasText: /^Agreement$/ }) })).toContainText(`${((100 * (n - 3)) / n).toFixed(1)} %`);

  await page.getByLabel('Only disagreements').check();
  await expect(units(page)).toHaveCount(3);
  await page.keyboard.press('n');
  await expect(current(page)).toHaveAttribute('id', 'u-5');
  await page.keyboard.press('p');
  await expect(current(page)).toHaveAttribute('id', 'u-9');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Previous disagreement');
  await page.keyboard.press('Escape');

  // Grading against our own reading as the key.
  await page.getByLabel('Grade against').selectOption({ label: 'You' });
  await expect(page.locator('.grades tbody tr')).toHaveCount(1);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download grading CSV' }).click()]);
  expect(file.suggestedFilename()).toMatch(/grading.*\.csv$/);
  const [header, row] = readFileSync(await file.path(), 'utf8').trim().split('\n');
  expect(header.split(',').slice(0, 5)).toEqual(['annotator', 'key', 'units', 'accuracy', 'kappa']);
  expect(row.split(',').slice(0, 5)).toEqual(['bob', 'You', String(n), ((n - 3) / n).toFixed(3), cohen(ours, bobs).toFixed(3)]);

  // The gold version: agreed labels filled in, the three disagreements settled three ways.
  await page.getByRole('button', { name: 'Start a gold version' }).click();
  const title = mine.document.title;
  await expect(page.getByRole('heading', { name: `${title} (gold)` })).toBeVisible();
  const gold = (u) => page.locator(`#u-${u} .gold .chip`);
  await expect(gold(5)).toHaveText('none');
  await page.keyboard.press('n');
  await expect(current(page)).toHaveAttribute('id', 'u-5');
  await page.keyboard.press('Shift+Digit2'); // Bob's label
  await expect(gold(5)).toHaveText('Fact');
  await page.keyboard.press('n');
  await page.keyboard.press('3'); // one of our own
  await expect(gold(6)).toHaveText('Context');
  await page.locator('#u-9').getByRole('button', { name: 'Claim from You' }).click(); // by click
  await expect(gold(9)).toHaveText('Claim');
  await page.keyboard.press('Control+z');
  await expect(gold(9)).toHaveText('none');
  await page.keyboard.press('Control+Shift+z');
  await expect(gold(9)).toHaveText('Claim');
  await audit(page, 'a comparison with a gold version');
  await page.getByLabel('Only disagreements').uncheck();
  await expect(gold(1)).toHaveText('Context'); // agreed by both, filled in from the start
  await expect(gold(4)).toHaveText('Fact');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'compare-light', { fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await audit(page, 'a comparison in the dark theme');
  await shoot(page, 'compare-dark', { fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  const exported = JSON.parse((await download(page, 'Download JSON')).body);
  expect(exported.document.title).toBe(`${title} (gold)`);
  expect(exported.document.id).toBe(`${mine.document.id}-gold`);
  const settled = exported.sentences.map((s) => s.label ?? 'none');
  expect(settled).toEqual(ours.map((l, i) => (i === 5 ? 'fact' : i === 6 ? 'context' : l)));

  // Kept like any document: after a reload the gold version is open, still being settled, and
  // both documents are in the library.
  await page.reload();
  await expect(page.getByRole('heading', { name: `${title} (gold)` })).toBeVisible();
  await expect(gold(6)).toHaveText('Context');
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(sentence(page, 6)).toHaveAttribute('data-label', 'context');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: `Open “${title} (gold)”` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Open “${title}”` })).toBeVisible();
});

test('three annotators: Fleiss κ, Krippendorff α and pairwise κ; names edited and kept over a reload, one removed', async ({ page }) => {
  const mine = await annotated(page);
  const ana = reading(mine, { 6: 'fact' });
  const cy = reading(mine, { 9: 'context', 2: 'fact' }, 4);
  await page.getByLabel(/^Compare with/).setInputFiles(save({ 'ana.json': ana, 'cy.json': cy }));
  await expect(page.getByRole('heading', { name: 'Comparing 3 annotators' })).toBeVisible();
  for (const hook of ['fleiss', 'alpha']) {
    await expect(page.locator(`[data-agreement="${hook}"]`)).toHaveAttribute('data-value', /^-?[01]\.\d{3}$/);
  }
  await expect(page.locator('[data-agreement="kappa"]')).toHaveCount(0);
  await expect(page.locator('.matrix tbody tr')).toHaveCount(3);
  await expect(page.locator('tr[data-agree="false"]')).toHaveCount(4);
  await audit(page, 'a comparison of three');
  // On a phone: nothing wider than the screen, each answer named by whose it is.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator('#u-6 td').nth(1)).toHaveAttribute('data-who', 'ana');
  await expect(page.locator('#u-6 td').nth(1)).toHaveText('Fact');
  await audit(page, 'a comparison of three on a phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByLabel('Name of annotator 3').fill('Cy Park');
  await page.getByLabel('Name of annotator 3').press('Enter');
  await expect(page.locator('.matrix thead')).toContainText('Cy Park');
  // A reload keeps the comparison, its files and the names given them.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Comparing 3 annotators' })).toBeVisible();
  await expect(page.getByLabel('Name of annotator 3')).toHaveValue('Cy Park');
  await expect(page.locator('tr[data-agree="false"]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove ana' }).click();
  await expect(page.getByRole('heading', { name: 'Comparing 2 annotators' })).toBeVisible();
  await expect(page.locator('[data-agreement="kappa"]')).toHaveAttribute('data-value', /^-?[01]\.\d{3}$/);
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(sentence(page, 6)).toHaveAttribute('data-label', 'claim');
});

test('a gold version from a file is kept as the article’s gold version, and the comparison says it opens it', async ({ page }) => {
  const mine = await annotated(page);
  // A gold version made elsewhere (a teacher's, say): the article's id with "-gold".
  const gold = reading(mine, { 9: 'fact' });
  gold.document.id = `${mine.document.id}-gold`;
  gold.document.title = `${mine.document.title} (gold)`;
  await page.getByRole('button', { name: 'New article' }).click();
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON' }).click()]);
  await picker.setFiles(save({ 'teacher.json': gold }));
  await expect(page.locator('.notice')).toContainText('as this article\'s gold version');
  await expect(page.getByRole('heading', { name: gold.document.title })).toBeVisible();

  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: `Open “${mine.document.title}”` }).click();
  await page.getByLabel(/^Compare with/).setInputFiles(save({ 'bob.json': reading(mine, { 6: 'fact' }) }));
  await expect(page.getByRole('heading', { name: 'Comparing 2 annotators' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a gold version' })).toHaveCount(0);
  await expect(page.locator('.settle .hint')).toContainText('imported from a file');
  await page.getByRole('button', { name: 'Open the gold version' }).click();
  await expect(page.getByRole('heading', { name: gold.document.title })).toBeVisible();
  await expect(page.locator('#u-9 .gold .chip')).toHaveText('Fact'); // the file's label, kept
});
