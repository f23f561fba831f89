// Two tabs of one browser on one library: every order of edits the storage design must survive,
// each ending with a reload of both tabs. No tab may crash, and no work may be lost.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { download } from './download.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FERRY = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');
const SHORT = 'Library opens late\n\nThe city library will open at 10 a.m. from Monday. Staff asked for the change.';

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);
// Sentences are found by their text: what index a tab shows depends on what it has heard.
const said = (page, text) => page.locator('[data-sentence-index]').filter({ hasText: text });
const labels = (page) => page.locator('[data-sentence-index]').evaluateAll((els) => els.map((e) => e.dataset.label ?? null));
const texts = (page) => page.locator('[data-sentence-index]').allTextContents();

/// Two tabs, each failing the test on any error the page throws (a Rust panic is one).
async function twoTabs(context) {
  const pages = [await context.newPage(), await context.newPage()];
  for (const page of pages) {
    page.on('pageerror', (e) => {
      throw new Error(`the page crashed: ${e.message}`);
    });
  }
  await pages[0].goto('/');
  await pages[0].evaluate(() => localStorage.clear());
  await pages[0].reload();
  return pages;
}

async function paste(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
}

async function openInSecondTab(b) {
  await b.goto('/');
  await expect(sentence(b, 0)).toBeVisible();
  await settle(b);
}

async function tag(page, i, key) {
  await sentence(page, i).click();
  await page.keyboard.press(key);
}

async function reloadBoth(a, b) {
  for (const page of [a, b]) {
    await page.reload();
    await expect(sentence(page, 0)).toBeVisible();
  }
}

test('a split in one tab and a label in the other: both kept, no crash', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await paste(a, FERRY);
  await openInSecondTab(b);
  await tag(a, 4, '2');
  await expect(sentence(b, 4)).toHaveAttribute('data-label', 'fact');
  // A splits sentence 5 before “the operator”, while B labels another sentence.
  await sentence(a, 4).click();
  await a.keyboard.press('s');
  await a.getByRole('region', { name: /Split sentence 5/ }).getByRole('button', { name: 'Cut before “the”' }).last().click();
  await Promise.all([a.keyboard.press('Enter'), said(b, 'He said he would write').click()]);
  await b.keyboard.press('1');
  await said(a, 'Is the rise legal?').click();
  await a.keyboard.press('3');
  await reloadBoth(a, b);
  for (const page of [a, b]) {
    await expect(page.locator('[data-sentence-index]')).toHaveCount(15);
    await expect(said(page, 'the operator said on Monday.')).toHaveAttribute('data-label', 'fact');
    await expect(said(page, 'Fares on the Kestrel Island ferry')).toHaveAttribute('data-label', 'fact');
    await expect(said(page, 'He said he would write')).toHaveAttribute('data-label', 'claim');
    await expect(said(page, 'Is the rise legal?')).toHaveAttribute('data-label', 'context');
  }
});

test('a merge in one tab and a note in the other: both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await paste(a, FERRY);
  await openInSecondTab(b);
  await sentence(a, 6).click();
  await said(b, 'Inflation was 4.1%').click();
  await Promise.all([a.keyboard.press('m'), b.keyboard.press('e')]);
  await b.getByLabel('Note', { exact: true }).fill('Check the 2019 agreement');
  await b.keyboard.press('Control+Enter');
  await reloadBoth(a, b);
  for (const page of [a, b]) {
    await expect(page.locator('[data-sentence-index]')).toHaveCount(13);
    await expect(said(page, 'He said he would write')).toContainText('called the rise');
    await expect(said(page, 'Inflation was 4.1%')).toHaveAttribute('title', 'Note: Check the 2019 agreement');
  }
});

test('deleted in one tab while labelled in the other: the article comes back whole', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await paste(a, FERRY);
  await tag(a, 2, '3');
  await openInSecondTab(b);
  await a.getByRole('button', { name: 'New article' }).click();
  await a.getByRole('button', { name: /^Delete “/ }).click();
  await a.getByRole('button', { name: 'Delete for good' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'deleted in another tab' })).toBeVisible();
  await tag(b, 5, '1');
  await b.reload();
  await expect(b.locator('[data-sentence-index]')).toHaveCount(14);
  expect(await texts(b)).toContain('A return ticket for a car will cost £64.80.');
  const l = await labels(b);
  expect([l[2], l[5]]).toEqual(['context', 'claim']);
  // And the first tab has it again, labels and all.
  await a.reload();
  await expect(sentence(a, 5)).toHaveAttribute('data-label', 'claim');
  await a.getByRole('button', { name: 'New article' }).click();
  await expect(a.getByRole('button', { name: /^Open “Island Courier”/ })).toBeVisible();
});

test('two tabs pasting two articles at once: both stay in the library', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await b.goto('/');
  await Promise.all([paste(a, FERRY), paste(b, SHORT)]);
  await Promise.all([tag(a, 1, '1'), tag(b, 1, '2')]);
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Open “/ })).toHaveCount(2);
  }
  await a.getByRole('button', { name: /^Open “Library opens late”/ }).click();
  await expect(sentence(a, 1)).toHaveAttribute('data-label', 'fact');
});

test('an import in one tab while the other labels: both kept, and the import undoes in one step', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await paste(a, SHORT);
  await tag(a, 0, '3');
  const file = await download(a, 'Download JSON');
  const theirs = JSON.parse(file.body);
  theirs.sentences[1].label = 'claim';
  theirs.sentences[2].note = 'From the library board minutes';
  const path = join(mkdtempSync(join(tmpdir(), 'sift-tabs-')), 'theirs.json');
  writeFileSync(path, JSON.stringify(theirs));

  await openInSecondTab(b);
  await a.getByRole('button', { name: 'New article' }).click();
  const [picker] = await Promise.all([a.waitForEvent('filechooser'), a.getByRole('button', { name: 'Import JSON' }).click()]);
  await picker.setFiles(path);
  await tag(b, 2, '2');
  for (const page of [a, b]) {
    await expect(sentence(page, 1)).toHaveAttribute('data-label', 'claim');
    await expect(sentence(page, 2)).toHaveAttribute('data-label', 'fact');
    await expect(sentence(page, 2)).toHaveAttribute('data-note', 'true');
  }
  // One Undo in the importing tab takes the file's labels and notes back out, and only those.
  await a.keyboard.press('Control+z');
  await expect(sentence(a, 1)).not.toHaveAttribute('data-label');
  await expect(sentence(a, 2)).not.toHaveAttribute('data-note');
  await reloadBoth(a, b);
  for (const page of [a, b]) {
    const l = await labels(page);
    expect(l).toEqual(['context', null, 'fact']);
  }
});
