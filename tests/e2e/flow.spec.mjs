// The reader's whole flow in a real browser: paste, select, tag, reload, download; and the
// storage failures a reader can meet.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { readFileSync } from 'node:fs';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const EXPECTED = [
  'Island Courier',
  'Ferry fares to rise by 8% as operator blames fuel costs',
  'By Tom Okafor, Transport Reporter',
  'Mon 3 Nov 2025 09.10 GMT',
  'Fares on the Kestrel Island ferry will rise by 8% from Jan. 5, the operator said on Monday.',
  'A return ticket for a car will cost £64.80.',
  'Mr. Dan Reyes, who runs a bakery near the harbour, called the rise “unfair to the people who have no other way off the island.”',
  'He said he would write to the council.',
  'The operator, Kestrel Ferries Ltd., said fuel had cost it £2.1m more than expected this year.',
  '“We held prices for as long as we could,” said its chief executive, Dr. Helen Marsh.',
  'Is the rise legal?',
  'Under the 2019 agreement with the U.K. government, fares may rise by no more than inflation plus 3 points.',
  'Inflation was 4.1% in Sept. 2025.',
  'The rise is therefore within the limit.',
];

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);

async function freshStart(page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Article text')).toBeVisible();
}

async function paste(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
}

async function labelsInPage(page) {
  return page.locator('[data-sentence-index]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
}

async function selectedInPage(page) {
  return page
    .locator('[aria-selected="true"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-sentence-index'))));
}

test('paste, select, tag by mouse and keys, reload, download', async ({ page }) => {
  await freshStart(page);
  await paste(page, ARTICLE);
  await expect(page.locator('[data-sentence-index]')).toHaveText(EXPECTED);

  // Mouse: click, then Shift+click extends to a contiguous range.
  await sentence(page, 6).click();
  await sentence(page, 8).click({ modifiers: ['Shift'] });
  expect(await selectedInPage(page)).toEqual([6, 7, 8]);
  await page.getByRole('button', { name: /^Claim/ }).click();
  for (const i of [6, 7, 8]) await expect(sentence(page, i)).toHaveAttribute('data-label', 'claim');

  // Keyboard: arrows and j/k move, digits tag, 0 and Delete clear, Shift extends.
  await page.keyboard.press('ArrowDown');
  expect(await selectedInPage(page)).toEqual([9]);
  await page.keyboard.press('2');
  await expect(sentence(page, 9)).toHaveAttribute('data-label', 'fact');
  await page.keyboard.press('j');
  await page.keyboard.press('3');
  await expect(sentence(page, 10)).toHaveAttribute('data-label', 'context');
  await page.keyboard.press('k');
  await page.keyboard.press('0');
  await expect(sentence(page, 9)).not.toHaveAttribute('data-label');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  await expect(sentence(page, 8)).not.toHaveAttribute('data-label');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await selectedInPage(page)).toEqual([8, 9, 10]);
  await page.keyboard.press('Escape');
  expect(await selectedInPage(page)).toEqual([]);
  await sentence(page, 0).click();
  await page.keyboard.press('3');

  const expected = EXPECTED.map(() => null);
  Object.assign(expected, { 0: 'context', 6: 'claim', 7: 'claim', 10: 'context' });
  expect(await labelsInPage(page)).toEqual(expected);
  // Each label's count stands beside its button.
  const labelBar = page.getByRole('group', { name: 'Label the selected sentences' });
  await expect(labelBar.locator('[data-label="claim"]')).toHaveText('2');
  await expect(labelBar.locator('[data-label="context"]')).toHaveText('2');
  await expect(page.getByRole('status', { name: 'Progress' })).toContainText('4 of 14 labelled');
  await page.screenshot({ path: 'test-results/annotated.png', fullPage: true });

  // Nothing is lost on reload.
  await page.reload();
  await expect(sentence(page, 0)).toBeVisible();
  expect(await labelsInPage(page)).toEqual(expected);

  // The download holds every sentence, with code-point offsets into the exact text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sift-island-courier-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'sift-annotations', version: 2, offsets: 'unicode-code-points' });
  expect(exported.labels).toEqual(['claim', 'fact', 'context']);
  expect(exported.document.text).toBe(ARTICLE);
  expect(exported.exported_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const codePoints = [...exported.document.text];
  expect(exported.sentences.map((s) => s.text)).toEqual(EXPECTED);
  exported.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(codePoints.slice(s.start, s.end).join('')).toBe(s.text);
    expect(s.label).toBe(expected[i]);
  });
  expect(exported.counts).toEqual({ claim: 2, fact: 0, context: 2, unlabelled: 10 });
});

test('a failed save is shown, keeps the work, and the next save writes everything', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await freshStart(page);
  await paste(page, ARTICLE);

  await page.evaluate(() => (window.__failWrites = true));
  await sentence(page, 4).click();
  await page.keyboard.press('1');
  await expect(page.getByRole('alert')).toContainText('not saved');
  await expect(page.getByRole('alert')).toContainText('full');
  await expect(sentence(page, 4)).toHaveAttribute('data-label', 'claim');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.sentences[4].label).toBe('claim');

  await page.evaluate(() => (window.__failWrites = false));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(sentence(page, 4)).toHaveAttribute('data-label', 'claim');
  await expect(sentence(page, 5)).toHaveAttribute('data-label', 'fact');
});

test('unreadable stored data is kept, backed up and explained', async ({ page }) => {
  await freshStart(page);
  await page.evaluate(() => {
    localStorage.setItem('sift.current', 'doc-0123');
    localStorage.setItem('sift.doc.doc-0123', '{"schema":1,"text":"cut off mid-wr');
  });
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not read');
  await expect(alert).toContainText('sift.backup.sift.doc.doc-0123.');
  await expect(page.getByLabel('Article text')).toBeVisible();
  const kept = await page.evaluate(() => {
    const backup = Object.keys(localStorage).find((k) => k.startsWith('sift.backup.sift.doc.doc-0123.'));
    return [localStorage.getItem('sift.doc.doc-0123'), localStorage.getItem(backup)];
  });
  expect(kept).toEqual(['{"schema":1,"text":"cut off mid-wr', '{"schema":1,"text":"cut off mid-wr']);

  // The app still works: a new article can be annotated and kept.
  await paste(page, 'One line only.');
  await sentence(page, 0).click();
  await page.keyboard.press('2');
  await page.reload();
  await expect(sentence(page, 0)).toHaveAttribute('data-label', 'fact');
});

test('pasted markup is shown as text and never runs', async ({ page }) => {
  await freshStart(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await paste(page, 'Breaking <b>news</b>\n<img src=x onerror="alert(1)"> <script>alert(2)</script> It ended.');
  await expect(sentence(page, 0)).toHaveText('Breaking <b>news</b>');
  await expect(page.locator('.article img, .article script, .article b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an empty paste explains itself', async ({ page }) => {
  await freshStart(page);
  await page.getByLabel('Article text').fill('   \n  ');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('alert')).toContainText('paste an article first');
});
