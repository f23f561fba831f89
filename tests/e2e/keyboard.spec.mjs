// Annotating at the speed of reading: every key, undo and redo, notes, split and merge, drag
// selection, review filters, and the exports.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { download } from './download.mjs';
import { readFileSync } from 'node:fs';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const TOTAL = 14;

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);
const sentences = (page) => page.locator('[data-sentence-index]');

async function start(page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Article text').fill(ARTICLE);
  // Keyboard only from here: Tab to the button, Enter to press it.
  await page.getByLabel('Article text').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sentences(page)).toHaveCount(TOTAL);
  await settle(page);
}

const selected = (page) =>
  page.locator('[aria-selected="true"]').evaluateAll((els) => els.map((e) => Number(e.dataset.sentenceIndex)));
const labels = (page) => sentences(page).evaluateAll((els) => els.map((e) => e.dataset.label ?? null));

test('a whole article can be annotated without the mouse', async ({ page }) => {
  await start(page);
  await page.keyboard.press('j');
  expect(await selected(page)).toEqual([0]);
  await page.keyboard.press('3');
  for (let i = 1; i < TOTAL; i++) {
    await page.keyboard.press('n');
    await page.keyboard.press(String((i % 3) + 1));
  }
  expect(await labels(page)).not.toContain(null);
  await expect(page.getByRole('status', { name: 'Progress' })).toContainText(`${TOTAL} of ${TOTAL} labelled`);
  await page.keyboard.press('n');
  expect(await selected(page)).toEqual([TOTAL - 1], 'n stays put when nothing is unlabelled');
});

test('selection by keys and drag, and Escape clears it', async ({ page }) => {
  await start(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+J');
  expect(await selected(page)).toEqual([1, 2, 3]);
  await page.keyboard.press('Shift+K');
  expect(await selected(page)).toEqual([1, 2]);
  await page.keyboard.press('Escape');
  expect(await selected(page)).toEqual([]);

  // Below the sticky toolbar, in the middle of the screen.
  await sentence(page, 5).evaluate((e) => e.scrollIntoView({ block: 'center' }));
  // The first line of each sentence: a sentence wrapped over lines is no rectangle.
  const box = (i) => sentence(page, i).evaluate((e) => {
    const { x, y, width, height } = e.getClientRects()[0];
    return { x, y, width, height };
  });
  const from = await box(4);
  const to = await box(7);
  await page.mouse.move(from.x + 5, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  expect(await selected(page)).toEqual([4, 5, 6, 7]);
  await page.keyboard.press('1');
  for (const i of [4, 5, 6, 7]) await expect(sentence(page, i)).toHaveAttribute('data-label', 'claim');
});

test('every change can be undone and redone, by keys and by buttons', async ({ page }) => {
  await start(page);
  for (let i = 0; i < 5; i++) await page.keyboard.press('j');
  expect(await selected(page)).toEqual([4]);
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await page.keyboard.press('Control+z');
  await expect(sentence(page, 5)).not.toHaveAttribute('data-label');
  await page.keyboard.press('Control+z');
  await expect(sentence(page, 4)).not.toHaveAttribute('data-label');
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
  await page.keyboard.press('Control+Shift+Z');
  await expect(sentence(page, 4)).toHaveAttribute('data-label', 'claim');
  await page.keyboard.press('Control+y');
  await expect(sentence(page, 5)).toHaveAttribute('data-label', 'fact');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(sentence(page, 5)).not.toHaveAttribute('data-label');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(sentence(page, 5)).toHaveAttribute('data-label', 'fact');
});

test('the help overlay lists every key and closes with Escape', async ({ page }) => {
  await start(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const does of ['Next unlabelled sentence', 'Undo', 'Redo', 'Split the focused sentence', 'Label as claim']) {
    await expect(dialog).toContainText(does);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Keys (?)' }).click();
  await expect(dialog).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('notes: edit in place, keys ignored while typing, kept on reload, exported everywhere', async ({ page }) => {
  await start(page);
  await sentence(page, 6).click();
  await page.keyboard.press('1');
  await page.keyboard.press('e');
  const field = page.getByLabel('Note', { exact: true });
  await expect(field).toBeFocused();
  await field.type('Reyes runs a bakery 123');
  await expect(sentence(page, 6)).toHaveAttribute('data-label', 'claim', { timeout: 1000 });
  await page.keyboard.press('Control+Enter');
  await expect(field).toHaveCount(0);
  await expect(sentence(page, 6)).toHaveAttribute('data-note', 'true');
  await expect(sentence(page, 6)).toHaveAttribute('title', 'Note: Reyes runs a bakery 123');

  await page.reload();
  await expect(sentence(page, 6)).toHaveAttribute('data-note', 'true');
  const native = JSON.parse((await download(page, 'Download JSON')).body);
  expect(native.sentences[6].note).toBe('Reyes runs a bakery 123');
  const w3c = await download(page, 'W3C Web Annotations (JSON-LD)');
  expect(w3c.name).toMatch(/^sift-island-courier-\d{4}-\d\d-\d\d\.annotations\.jsonld$/);
  const collection = JSON.parse(w3c.body);
  expect(collection.type).toBe('AnnotationCollection');
  const item = collection.first.items.find((a) => a.target.selector[0].exact === native.sentences[6].text);
  expect(item.id).toMatch(/^urn:uuid:/);
  expect(item.body).toEqual(expect.arrayContaining([
    expect.objectContaining({ purpose: 'classifying', value: 'claim' }),
    expect.objectContaining({ purpose: 'commenting', value: 'Reyes runs a bakery 123' }),
  ]));
  const lines = (await download(page, 'Sentences for ML (JSONL)')).body.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(TOTAL);
  expect(lines[6]).toMatchObject({ index: 6, label: 'claim', note: 'Reyes runs a bakery 123' });
});

test('split and merge keep labels and notes, survive a reload, and reach every export', async ({ page }) => {
  await start(page);
  await sentence(page, 4).click();
  await page.keyboard.press('2');
  await page.keyboard.press('s');
  const panel = page.getByRole('region', { name: /Split sentence 5/ });
  await expect(panel).toBeVisible();
  // Choose the cut before "the operator".
  await panel.getByRole('button', { name: 'Cut before “the”' }).last().click();
  await page.keyboard.press('Enter');
  await expect(sentences(page)).toHaveCount(TOTAL + 1);
  await expect(sentence(page, 4)).toHaveText('Fares on the Kestrel Island ferry will rise by 8% from Jan. 5,');
  await expect(sentence(page, 5)).toHaveText('the operator said on Monday.');
  for (const i of [4, 5]) await expect(sentence(page, i)).toHaveAttribute('data-label', 'fact');

  await page.reload();
  await expect(sentences(page)).toHaveCount(TOTAL + 1);
  await expect(sentence(page, 5)).toHaveText('the operator said on Monday.');
  const native = JSON.parse((await download(page, 'Download JSON')).body);
  const s5 = native.sentences[5];
  expect([...native.document.text].slice(s5.start, s5.end).join('')).toBe('the operator said on Monday.');
  const lines = (await download(page, 'Sentences for ML (JSONL)')).body.trim().split('\n');
  expect(lines).toHaveLength(TOTAL + 1);
  const w3c = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  expect(w3c.first.items.map((a) => a.target.selector[0].exact)).toContain('the operator said on Monday.');

  // Merge the two halves back with m; undo brings the split back.
  await sentence(page, 4).click();
  await page.keyboard.press('m');
  await expect(sentences(page)).toHaveCount(TOTAL);
  await expect(sentence(page, 4)).toHaveText('Fares on the Kestrel Island ferry will rise by 8% from Jan. 5, the operator said on Monday.');
  await page.keyboard.press('Control+z');
  await expect(sentences(page)).toHaveCount(TOTAL + 1);
  await page.keyboard.press('Control+y');
  await page.reload();
  await expect(sentences(page)).toHaveCount(TOTAL);
});

test('review filters list matching sentences and jump to them', async ({ page }) => {
  await start(page);
  await sentence(page, 2).click();
  await page.keyboard.press('1');
  await sentence(page, 11).click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Only claims (2)' }).click();
  const list = page.getByRole('list', { name: 'Only claims' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await list.getByRole('button', { name: /^Go to sentence 3:/ }).click();
  expect(await selected(page)).toEqual([2]);
  await page.getByRole('button', { name: `Only unlabelled (${TOTAL - 2})` }).click();
  await expect(page.getByRole('list', { name: 'Only unlabelled' }).getByRole('button')).toHaveCount(TOTAL - 2);
  await page.getByRole('button', { name: `All sentences (${TOTAL})` }).click();
  await expect(page.getByRole('list', { name: /^Only/ })).toHaveCount(0);
});

test('with the note editor open, keys type into it but buttons still act', async ({ page }) => {
  await start(page);
  await page.keyboard.press('j');
  await page.keyboard.press('e');
  const field = page.getByLabel('Note', { exact: true });
  await field.type('2');
  await expect(sentence(page, 0)).not.toHaveAttribute('data-label');
  await page.getByRole('button', { name: 'Fact (2)' }).click();
  await expect(sentence(page, 0)).toHaveAttribute('data-label', 'fact');
  await expect(field).toHaveValue('2');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
});
