// Work that finishes later acts only on the document it was started for: files picked for
// "Compare with…" and "Import annotations…" on one article, read only after the reader has
// opened another article with as many sentences, change nothing in it and say why.
import { test, expect } from '@playwright/test';
import { annotate, sentence } from './article.mjs';
import { download } from './download.mjs';
import { settle } from './settle.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
// Another article, split the same way (every "o" a "u"): too unlike the first to be taken
// for its new version.
const OTHER = ARTICLE.replaceAll('o', 'u');

/** Holds every file read until `window.releaseReads()`: the reader can act in between. */
function holdReads() {
  const held = [];
  window.heldReads = () => held.length;
  window.releaseReads = () => held.splice(0).forEach((read) => read());
  const read = FileReader.prototype.readAsArrayBuffer;
  FileReader.prototype.readAsArrayBuffer = function (blob) {
    held.push(() => read.call(this, blob));
  };
}

test('files read for one article are not applied to another opened meanwhile', async ({ page }) => {
  await page.addInitScript(holdReads);
  await annotate(page, ARTICLE, [[4, '2']]);
  await page.keyboard.press('Escape');
  const mine = JSON.parse((await download(page, 'Download JSON')).body);
  const theirs = structuredClone(mine);
  theirs.sentences[6].label = 'claim';
  const quote = mine.sentences[6].text;
  const annotations = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }],
    target: { selector: { type: 'TextQuoteSelector', exact: quote } },
  };
  const dir = mkdtempSync(join(tmpdir(), 'sift-stale-'));
  const other = join(dir, 'other-reader.json');
  const tool = join(dir, 'hypothesis.jsonld');
  writeFileSync(other, JSON.stringify(theirs));
  writeFileSync(tool, JSON.stringify(annotations));

  // The other article, in the library beside the first.
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Article text').fill(OTHER);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toHaveText('Island Cuurier');
  const count = await page.locator('[data-sentence-index]').count();
  expect(count).toBe(mine.sentences.length);

  // Back on the first article, both files are picked; before they are read, the reader opens
  // the other article.
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Open “Island Courier”' }).click();
  await expect(sentence(page, 4)).toHaveAttribute('data-label', 'fact');
  await page.locator('#compare-files').setInputFiles(other);
  await page.locator('#annotation-file').setInputFiles(tool);
  await expect.poll(() => page.evaluate(() => window.heldReads())).toBe(2);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Open “Island Cuurier”' }).click();
  await expect(sentence(page, 0)).toHaveText('Island Cuurier');
  await page.evaluate(() => window.releaseReads());

  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: 'The comparison was for “Island Courier”, which is no longer open. Nothing was changed.' })).toHaveCount(1);
  await expect(alerts.filter({ hasText: 'The annotations in “hypothesis.jsonld” were for “Island Courier”, which is no longer open. Nothing was changed.' })).toHaveCount(1);
  await settle(page);
  // Nothing reached the article open now: no comparison, no label, no orphan.
  await expect(page.locator('section.compare')).toHaveCount(0);
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(0);
  await expect(page.locator('[data-orphans]')).toHaveCount(0);
  await expect(page.getByText('0 of ' + count + ' labelled')).toBeVisible();
});
