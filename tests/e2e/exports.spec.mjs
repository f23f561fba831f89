// The article's source and language, and every export format as other tools read it.
import { test, expect } from '@playwright/test';
import { annotate, sentence } from './article.mjs';
import { download } from './download.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const URL_GIVEN = 'https://courier.example/news/ferry-fares?ref=front';
const codePoints = (text, start, end) => [...text].slice(start, end).join('');

const start = (page) => annotate(page, ARTICLE, [[2, '1'], [4, '2'], [0, '3']]);

async function giveSource(page, url, language) {
  await page.getByRole('button', { name: 'Source and language' }).click();
  await expect(page.getByLabel('Source URL')).toBeFocused();
  await page.getByLabel('Source URL').fill(url);
  await page.getByLabel('Language').fill(language);
  await page.getByRole('button', { name: 'Save details' }).click();
}

test('the source URL and language are checked, kept and carried in every export', async ({ page }) => {
  await start(page);
  await giveSource(page, 'javascript:alert(1)', 'en');
  await expect(page.getByRole('alert').filter({ hasText: 'web address' })).toBeVisible();
  await page.getByLabel('Source URL').fill(URL_GIVEN);
  await page.getByRole('button', { name: 'Save details' }).click();
  const link = page.getByRole('link', { name: URL_GIVEN });
  await expect(link).toHaveAttribute('href', URL_GIVEN);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  await page.reload();
  await expect(page.getByRole('link', { name: URL_GIVEN })).toBeVisible();

  const native = JSON.parse((await download(page, 'Download JSON')).body);
  expect(native.version).toBe(2);
  expect(native.document).toMatchObject({ url: URL_GIVEN, language: 'en' });
  for (const s of native.sentences) {
    expect(codePoints(native.document.text, s.start, s.end)).toBe(s.text);
    expect(s.id).toBe(`s${s.start}`);
  }

  const w3c = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  expect(w3c.total).toBe(3);
  expect(w3c.first.id).toMatch(/^urn:uuid:/);
  expect(w3c.generator.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  for (const a of w3c.first.items) expect(a.target.source).toEqual({ id: URL_GIVEN, type: 'Text', format: 'text/plain', language: 'en' });

  const jsonl = (await download(page, 'Sentences for ML (JSONL)')).body.trim().split('\n').map((l) => JSON.parse(l));
  expect(jsonl.every((line) => line.url === URL_GIVEN)).toBe(true);

  const prodigy = await download(page, 'Prodigy text classification (JSONL)');
  expect(prodigy.name).toMatch(/\.prodigy\.jsonl$/);
  const tasks = prodigy.body.trim().split('\n').map((l) => JSON.parse(l));
  expect(tasks.map((t) => t.accept)).toEqual([['context'], ['claim'], ['fact']]);
  expect(tasks[1]).toMatchObject({ text: native.sentences[2].text, answer: 'accept', meta: { url: URL_GIVEN, index: 2 } });
  expect(tasks[1].options.map((o) => o.id)).toEqual(['claim', 'fact', 'context']);

  const spans = await download(page, 'Spans in context: Prodigy, doccano (JSONL)');
  const lines = spans.body.trim().split('\n');
  expect(lines).toHaveLength(1);
  const article = JSON.parse(lines[0]);
  expect(article.text).toBe(native.document.text);
  expect(article.spans.map((s) => [codePoints(article.text, s.start, s.end), s.label])).toEqual([
    [native.sentences[0].text, 'context'],
    [native.sentences[2].text, 'claim'],
    [native.sentences[4].text, 'fact'],
  ]);
  expect(article.label).toEqual(article.spans.map((s) => [s.start, s.end, s.label]));
  expect(article.meta).toMatchObject({ url: URL_GIVEN, language: 'en' });
});

test('an export imported into a clean browser exports again identically, source included', async ({ page }) => {
  await start(page);
  await giveSource(page, URL_GIVEN, 'en-GB');
  const first = await download(page, 'Download JSON');
  const file = join(mkdtempSync(join(tmpdir(), 'sift-')), first.name);
  writeFileSync(file, first.body);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON' }).click()]);
  await picker.setFiles(file);
  await expect(page.getByRole('link', { name: URL_GIVEN })).toBeVisible();
  const again = await download(page, 'Download JSON');
  const withoutTime = (body) => ({ ...JSON.parse(body), exported_at: null });
  expect(withoutTime(again.body)).toEqual(withoutTime(first.body));
});

test('the export menu lists every other format with what it is for', async ({ page }) => {
  await start(page);
  await page.locator('details.export-menu summary').click();
  const menu = page.locator('details.export-menu');
  await expect(menu.getByRole('button')).toHaveText([
    'W3C Web Annotations (JSON-LD)',
    'Sentences for ML (JSONL)',
    'Prodigy text classification (JSONL)',
    'Spans in context: Prodigy, doccano (JSONL)',
  ]);
  await expect(menu).toContainText('for prodigy db-in and train');
  const w3c = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  expect(w3c.first.items[0].target.source.id).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
  await expect(menu).not.toHaveAttribute('open');

  // Escape closes the menu and does nothing else: the selection stays.
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(1);
});

test('a source given in one tab shows in the other, with its labels kept', async ({ context }) => {
  const a = await context.newPage();
  await start(a);
  const b = await context.newPage();
  await b.goto('/');
  await expect(sentence(b, 2)).toHaveAttribute('data-label', 'claim');
  await giveSource(a, URL_GIVEN, 'en');
  await expect(b.getByRole('link', { name: URL_GIVEN })).toBeVisible();
  await expect(sentence(b, 2)).toHaveAttribute('data-label', 'claim');
});

test('"Your name" is kept, written into every export, and names you and others when comparing', async ({ page }) => {
  await start(page);
  const yourName = page.getByLabel('Your name', { exact: true });
  await yourName.fill('  Ana Ruiz ');
  await yourName.press('Enter');
  await expect(yourName).toHaveValue('Ana Ruiz');
  await page.reload();
  await expect(page.getByLabel('Your name', { exact: true })).toHaveValue('Ana Ruiz');

  const native = JSON.parse((await download(page, 'Download JSON')).body);
  expect(native.annotator).toBe('Ana Ruiz');
  const w3c = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  for (const a of w3c.first.items) expect(a.creator).toEqual({ type: 'Person', name: 'Ana Ruiz' });
  const lines = async (name) => (await download(page, name)).body.trim().split('\n').map((l) => JSON.parse(l));
  expect((await lines('Sentences for ML (JSONL)')).every((line) => line.annotator === 'Ana Ruiz')).toBe(true);
  expect((await lines('Prodigy text classification (JSONL)')).every((task) => task.meta.annotator === 'Ana Ruiz')).toBe(true);
  expect((await lines('Spans in context: Prodigy, doccano (JSONL)'))[0].meta.annotator).toBe('Ana Ruiz');

  // Comparing: you by your name, and another reader by the name in their file.
  const theirs = { ...native, annotator: 'Tom Reed' };
  const dir = mkdtempSync(join(tmpdir(), 'sift-name-'));
  writeFileSync(join(dir, 'export-2.json'), JSON.stringify(theirs));
  await page.getByLabel(/^Compare with/).setInputFiles(join(dir, 'export-2.json'));
  await expect(page.getByLabel('Name of annotator 1')).toHaveValue('Ana Ruiz');
  await expect(page.getByLabel('Name of annotator 2')).toHaveValue('Tom Reed');
  await page.getByRole('button', { name: 'Close comparison' }).click();

  // An emptied name is forgotten: the exports name nobody.
  await page.getByLabel('Your name', { exact: true }).fill('');
  await page.getByLabel('Your name', { exact: true }).press('Enter');
  const anonymous = JSON.parse((await download(page, 'Download JSON')).body);
  expect(anonymous.annotator).toBeUndefined();
});
