// A new version of an article: pasted over a labelled one, recognised, the work carried across,
// the changes marked and listed, orphans attached or kept, and every version in the library.
// Also other tools' annotations brought onto the open document.
import { test, expect } from '@playwright/test';
import { annotate, sentence } from './article.mjs';
import { download } from './download.mjs';
import { audit, shoot } from './audit.mjs';
import { settle } from './settle.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
// The correction: 8% became 9% (headline and first sentence), Mr. Reyes's letter went, and a
// sentence about the council came in.
const EDITED = ARTICLE.replaceAll('by 8%', 'by 9%')
  .replace(' He said he would write to the council.', '')
  .replace('Inflation was 4.1% in Sept. 2025.', 'Inflation was 4.1% in Sept. 2025. The council will debate the rise on Thursday.');

const byText = (page, text) => page.locator('[data-sentence-index]', { hasText: text });
const orphans = (page) => page.locator('[data-orphans] > *');

/** Labels the sentence holding `text` with `key`. */
async function label(page, text, key) {
  await byText(page, text).click();
  await page.keyboard.press(key);
}

/** Version 1 labelled: the 8% sentence a claim, the ticket price a fact, the letter a fact
 *  with a note. Then version 2 pasted and recognised. */
async function twoVersions(page) {
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
  await annotate(page, ARTICLE);
  await label(page, 'Fares on the Kestrel Island ferry', '1');
  await label(page, 'A return ticket', '2');
  await label(page, 'He said he would write', '2');
  await page.keyboard.press('e');
  await page.getByLabel('Note', { exact: true }).fill('Ask the council if it arrived');
  await page.keyboard.press('Control+Enter');
  const first = JSON.parse((await download(page, 'Download JSON')).body);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00Z'));
  await page.getByLabel('Article text').fill(EDITED);
  await page.getByRole('button', { name: 'Annotate' }).click();
  return first;
}

test('an edited article pasted again becomes its new version, with the work carried and the changes shown', async ({ page }) => {
  const first = await twoVersions(page);

  // Recognised: two choices, the new version the default (focused, so Enter takes it).
  const asVersion = page.getByRole('button', { name: 'New version of ‘Island Courier’' });
  await expect(asVersion).toBeFocused();
  await expect(page.getByRole('button', { name: 'New document' })).toBeVisible();
  await audit(page, 'the version choice');
  await page.keyboard.press('Enter');
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
  await expect(page.locator('.notice')).toContainText('This is version 2 of “Island Courier”: 2 labels and no notes carried over; 1 orphan waiting for a sentence.');

  // Labels moved with their sentences, through an edit too; the letter's has no home.
  await expect(byText(page, 'Fares on the Kestrel Island ferry will rise by 9%')).toHaveAttribute('data-label', 'claim');
  await expect(byText(page, 'A return ticket')).toHaveAttribute('data-label', 'fact');
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(2);

  // Marks: the two edited sentences and the new one; nothing else.
  await expect(page.locator('[data-change="edited"]')).toHaveText([
    'Ferry fares to rise by 9% as operator blames fuel costs',
    'Fares on the Kestrel Island ferry will rise by 9% from Jan. 5, the operator said on Monday.',
  ]);
  await expect(page.locator('[data-change="inserted"]')).toHaveText(['The council will debate the rise on Thursday.']);
  await expect(page.locator('.removed li')).toHaveText(['He said he would write to the council.']);
  await expect(page.getByRole('heading', { name: 'Changes since version 1' })).toBeVisible();

  // The orphan: its old text, label and note.
  await expect(orphans(page)).toHaveCount(1);
  await expect(orphans(page).first()).toContainText('He said he would write to the council.');
  await expect(orphans(page).first()).toContainText('fact');
  await expect(orphans(page).first()).toContainText('Ask the council if it arrived');

  // c walks the changes (Shift+C back, wrapping); d shows the words that changed.
  await page.locator('.article').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('c');
  await expect(page.locator('[aria-selected="true"]')).toHaveText('Ferry fares to rise by 9% as operator blames fuel costs');
  await page.keyboard.press('c');
  await page.keyboard.press('d');
  const diff = page.locator('.diff');
  await expect(diff.locator('del')).toHaveText(['8']);
  await expect(diff.locator('ins')).toHaveText(['9']);
  await expect(diff.getByRole('button', { name: 'Close (Esc)' })).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, 'versions-light');
  await audit(page, 'the word diff');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Escape');
  await expect(diff).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page.locator('[aria-selected="true"]')).toHaveText('The council will debate the rise on Thursday.');
  await page.keyboard.press('c');
  await expect(page.locator('[aria-selected="true"]')).toHaveText('Ferry fares to rise by 9% as operator blames fuel costs');
  await page.keyboard.press('Shift+C');
  await expect(page.locator('[aria-selected="true"]')).toHaveText('The council will debate the rise on Thursday.');
  await page.keyboard.press('?');
  for (const key of ['c', 'Shift + C', 'd']) {
    await expect(page.getByRole('dialog').getByRole('cell', { name: key, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');

  // The Changes filter lists the same three.
  await page.getByRole('button', { name: 'Only changes (3)' }).click();
  await expect(page.getByRole('list', { name: 'Only changes' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Only changes (3)' }).click();

  // Attached to the new council sentence, then undone: back in the list.
  await page.getByRole('button', { name: /^Attach to sentence \d+$/ }).click();
  await expect(byText(page, 'The council will debate')).toHaveAttribute('data-label', 'fact');
  await expect(byText(page, 'The council will debate')).toHaveAttribute('data-note', 'true');
  await expect(orphans(page)).toHaveCount(0);
  await page.locator('.article').focus();
  await page.keyboard.press('Control+z');
  await expect(orphans(page)).toHaveCount(1);
  await expect(byText(page, 'The council will debate')).not.toHaveAttribute('data-label');
  await audit(page, 'a new version');

  // A reload keeps all of it.
  await page.reload();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(page.locator('[data-change]')).toHaveCount(3);
  await expect(orphans(page)).toHaveCount(1);
  await expect(byText(page, 'Fares on the Kestrel Island ferry')).toHaveAttribute('data-label', 'claim');

  // Its export names its number and the version before it.
  const second = JSON.parse((await download(page, 'Download JSON')).body);
  expect(second.document.version).toBe(2);
  expect(second.document.previous).toBe(first.document.id);
  expect(first.document.version).toBe(1);

  // The library shows one article, with both versions; version 1 opens to read.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: /^Open “/ })).toHaveCount(1);
  await page.locator('details.versions summary').click();
  await expect(page.locator('details.versions li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Read version 1 of “Island Courier”' }).click();
  await expect(page.getByRole('heading', { name: 'Version 1, read only' })).toBeVisible();
  await expect(byText(page, 'He said he would write')).toHaveAttribute('data-label', 'fact');
  await expect(byText(page, 'rise by 8% from Jan. 5')).toHaveAttribute('data-label', 'claim');
  await byText(page, 'Is the rise legal?').click();
  await page.keyboard.press('3');
  await expect(byText(page, 'Is the rise legal?')).not.toHaveAttribute('data-label');
  for (const key of ['e', 's']) {
    await page.keyboard.press(key);
    await expect(page.locator('.panel')).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await audit(page, 'an earlier version, read only');
  // Nothing was written: version 2 is still the current one.
  await page.getByRole('button', { name: 'Back to the current version' }).click();
  await expect(byText(page, 'The council will debate')).toBeVisible();
  await page.reload();
  await expect(byText(page, 'The council will debate')).toBeVisible();

  // Made current again, version 1 is the article's line and can be labelled.
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'));
  await page.getByRole('button', { name: 'New article' }).click();
  await page.locator('details.versions summary').click();
  await page.getByRole('button', { name: 'Make version 1 of “Island Courier” current' }).click();
  await byText(page, 'Is the rise legal?').click();
  await page.keyboard.press('3');
  await expect(byText(page, 'Is the rise legal?')).toHaveAttribute('data-label', 'context');
  await page.reload();
  await expect(byText(page, 'He said he would write')).toHaveAttribute('data-label', 'fact');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.locator('details.versions li[data-version="1"]')).toContainText('(current)');
});

test('a pasted text that resembles an article can still be a document of its own', async ({ page }) => {
  await twoVersions(page);
  // Leaving the question for a document in the library drops it.
  await page.getByRole('button', { name: 'Open “Island Courier”' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: 'New document' })).toHaveCount(0);
  await page.getByLabel('Article text').fill(EDITED);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('button', { name: 'New document' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(0);
  await expect(page.locator('[data-change]')).toHaveCount(0);
  await expect(orphans(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: /^Open “/ })).toHaveCount(2);
  // Another article altogether (the sample) is not taken for a version.
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(page.locator('.notice')).not.toContainText('version');
  await expect(page.getByRole('button', { name: /^New version of/ })).toHaveCount(0);
});

test('annotations from other tools are anchored by their quotes and counted', async ({ page }) => {
  await annotate(page, ARTICLE);
  const text = ARTICLE;
  // UTF-16 offsets, as a browser tool counts them: "£" is one unit, the quotes are one each.
  const utf16 = (quote) => text.indexOf(quote);
  const annotation = (quote, tags, comment, start) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    body: [
      ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
      ...(comment ? [{ type: 'TextualBody', purpose: 'commenting', value: comment }] : []),
    ],
    target: {
      source: 'https://courier.example/ferry',
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, text.indexOf(quote) - 12), text.indexOf(quote)), suffix: '' },
        ...(start === undefined ? [] : [{ type: 'TextPositionSelector', start, end: start + quote.length }]),
      ],
    },
  });
  const page1 = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: [
      annotation('A return ticket for a car will cost £64.80.', ['fact'], null, utf16('A return ticket')),
      annotation('“We held prices for as long as we could,” said its chief executive', ['claim', 'quote'], 'Check with Marsh', utf16('“We held')),
      // Reworded since: found fuzzily.
      annotation('Inflation was 4.1 per cent in Sept. 2025.', ['context'], null),
      // Not in this text at all.
      annotation('Ferries to the mainland will stop in winter.', ['claim'], 'From the old draft'),
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'sift-w3c-'));
  const path = join(dir, 'hypothesis.jsonld');
  writeFileSync(path, JSON.stringify(page1));
  await page.locator('#annotation-file').setInputFiles(path);
  await expect(page.locator('.notice')).toContainText('“hypothesis.jsonld”: 4 annotations, 2 anchored exactly, 1 fuzzily and 1 not at all. 1 waiting for a sentence under Orphans.');
  await expect(byText(page, 'A return ticket')).toHaveAttribute('data-label', 'fact');
  await expect(byText(page, '“We held prices')).toHaveAttribute('data-label', 'claim');
  await expect(byText(page, '“We held prices')).toHaveAttribute('title', /Check with Marsh/);
  await expect(byText(page, 'Inflation was 4.1%')).toHaveAttribute('data-label', 'context');
  await expect(orphans(page)).toHaveCount(1);
  await expect(orphans(page).first()).toContainText('Ferries to the mainland will stop in winter.');
  // One change, which Undo takes back whole.
  await page.locator('.article').focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(0);
  await expect(orphans(page)).toHaveCount(0);
  // A file that is no annotation file is refused, and one without quotes is said to be empty;
  // nothing is changed by either.
  writeFileSync(path, 'not JSON');
  await page.locator('#annotation-file').setInputFiles(path);
  await expect(page.getByRole('alert')).toContainText('Sift could not import “hypothesis.jsonld”: it is not a W3C Web Annotation or Hypothesis file Sift can read. Nothing was changed.');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  writeFileSync(path, '{"hello": "world"}');
  await page.locator('#annotation-file').setInputFiles(path);
  await expect(page.getByRole('alert')).toContainText('“hypothesis.jsonld” holds no annotation that quotes the text. Nothing was changed.');
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(0);
});

test('an article stored before sketches were kept is recognised too, and carried', async ({ page }) => {
  const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  const stored = { doc: fixture('stored-v4-doc.json'), text: fixture('stored-v4-text.json') };
  const { id, text } = JSON.parse(stored.text);
  expect(stored.doc).not.toContain('sketch');
  await page.goto('/');
  await page.evaluate(({ id, stored }) => {
    localStorage.clear();
    localStorage.setItem(`sift.doc.${id}`, stored.doc);
    localStorage.setItem(`sift.text.${id}`, stored.text);
  }, { id, stored });
  await page.reload();
  await page.getByLabel('Article text').fill(text.replace('Mr. Otto Berg.', 'Mr. Otto Berg. The trust thanked him.'));
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('button', { name: 'New version of ‘New chair for the harbour trust’' }).click();
  // The stored document had split "Dr. Mei Lin takes | over in Jan. 2027." and labelled the
  // parts claim and fact; the new text is one sentence there: the first label and the note
  // carry, the second label waits as an orphan.
  await expect(byText(page, 'Dr. Mei Lin takes over')).toHaveAttribute('data-label', 'claim');
  await expect(byText(page, 'Dr. Mei Lin takes over')).toHaveAttribute('title', /Check the trust's own announcement/);
  await expect(orphans(page)).toHaveCount(1);
  await expect(orphans(page).first()).toContainText('over in Jan. 2027.');
  await expect(orphans(page).first()).toContainText('fact');
  await expect(page.locator('[data-change="inserted"]')).toHaveText(['The trust thanked him.']);
});
