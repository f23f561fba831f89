// Large files in the page: another tool's annotations of a long article are anchored in the
// background worker, with progress and Cancel, while the reader goes on labelling; what cannot be
// anchored is listed a page at a time.
import { test, expect } from '@playwright/test';
import { annotate, sentence } from './article.mjs';
import { download } from './download.mjs';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// About 1,200 sentences, every one different.
const LONG = Array.from({ length: 120 }, (_, p) =>
  Array.from({ length: 10 }, (_, s) => `Councillor ${p}-${s} said the ferry fares on route ${p * 10 + s} rose by ${s + 1} percent.`).join(' '),
).join('\n\n');

function save(name, body) {
  const path = join(mkdtempSync(join(tmpdir(), 'sift-crafted-')), name);
  writeFileSync(path, JSON.stringify(body));
  return path;
}

/** Sift's W3C export of the whole article labelled as claims, with every quote reworded and
 *  no position hint: each is compared with every sentence, which takes the worker seconds. */
async function reworded(page) {
  await sentence(page, 0).click();
  await sentence(page, 1199).click({ modifiers: ['Shift'] });
  await page.keyboard.press('1');
  const file = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(sentence(page, 5)).not.toHaveAttribute('data-label');
  for (const item of file.first.items) {
    item.target.selector = item.target.selector.filter((s) => s.type === 'TextQuoteSelector');
    for (const selector of item.target.selector) selector.exact = selector.exact.replace(' said ', ' truly said ');
  }
  return save('reworded.jsonld', file);
}

test('another tool’s file of a long article comes in with progress while the reader labels, and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await annotate(page, LONG);
  await expect(sentence(page, 1199)).toBeAttached();
  const file = await reworded(page);
  await page.locator('#annotation-file').setInputFiles(file);
  const progress = page.getByRole('status').filter({ hasText: 'Importing “reworded.jsonld”' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Importing “reworded.jsonld”' })).toBeVisible();
  // The page answers meanwhile: a label set now is kept, and the file's is an orphan there.
  await sentence(page, 3).click();
  await page.keyboard.press('3');
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'context');
  await expect(page.locator('.notice')).toContainText('1200 annotations, 0 anchored exactly, 1200 fuzzily', { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'context');
  await expect(sentence(page, 1199)).toHaveAttribute('data-label', 'claim');
  await expect(page.getByRole('heading', { name: 'Orphans (1)' })).toBeVisible();

  // The same file again, after Undo, cancelled: nothing is laid on.
  await page.keyboard.press('Control+z');
  await expect(sentence(page, 1199)).not.toHaveAttribute('data-label');
  await page.locator('#annotation-file').setInputFiles(file);
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.locator('.notice')).toHaveText('Import of “reworded.jsonld” cancelled. Nothing was changed.');
  await expect(progress).toHaveCount(0);
  await expect(sentence(page, 1199)).not.toHaveAttribute('data-label');
  await expect(page.locator('#annotation-file')).toBeAttached(); // ready for another file
});

test('thousands of orphans are listed fifty at a time', async ({ page }) => {
  await annotate(page, 'Ferry fares rise\n\nFares will rise by 8% from January. The operator blamed fuel.');
  const items = Array.from({ length: 120 }, (_, i) => ({
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
    target: { selector: { type: 'TextQuoteSelector', exact: `Zebras number ${i} grazed quietly.` } },
  }));
  await page.locator('#annotation-file').setInputFiles(save('elsewhere.jsonld', items));
  await expect(page.getByRole('heading', { name: 'Orphans (120)' })).toBeVisible();
  const listed = page.locator('[data-orphans] li');
  await expect(listed).toHaveCount(50);
  await expect(listed.first()).toContainText('Zebras number 0 ');
  await page.getByRole('button', { name: 'Next 50' }).click();
  await expect(listed.first()).toContainText('Zebras number 50 ');
  await page.getByRole('button', { name: 'Next 50' }).click();
  await expect(listed).toHaveCount(20);
  await expect(page.getByRole('button', { name: 'Next 50' })).toBeDisabled();
  // Dismissing keeps the reader on the page they are on.
  await listed.first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('heading', { name: 'Orphans (119)' })).toBeVisible();
  await expect(listed.first()).toContainText('Zebras number 101 ');
});

test('a file that is not text is refused by name, once, for each way in', async ({ page }) => {
  await annotate(page, 'Ferry fares rise\n\nFares will rise by 8% from January.');
  const path = join(mkdtempSync(join(tmpdir(), 'sift-crafted-')), 'photo.json');
  writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
  const refused = '“photo.json” is not text (it is not UTF-8): Sift reads JSON files.';
  await page.locator('#annotation-file').setInputFiles(path);
  // Said as it is, not wrapped in another message.
  await expect(page.getByRole('alert').locator('p')).toHaveText(refused);
  await page.getByLabel(/^Compare with/).setInputFiles(path);
  await expect(page.getByRole('alert').filter({ hasText: refused })).toHaveCount(2);
  await expect(sentence(page, 1)).not.toHaveAttribute('data-label');
});
