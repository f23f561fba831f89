// Fault injection over a whole session (paste, labels, a note, split, merge, rename, import,
// delete): the k-th storage write fails, for every k; and, apart, storage stays full from the
// k-th write on. After each run a reload must show one of the states the reader had along the
// way, every label on the sentence it was given, and any change that was not kept must have
// been announced. No run may crash the page.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { download } from './download.mjs';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = 'Library opens late\n\nThe city library will open at 10 a.m. from Monday. Staff asked for the change. The mayor agreed.';
const OTHER = 'Bridge closes\n\nThe bridge will close for repairs. Traffic will be diverted.';

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);
const said = (page, text) => page.locator('[data-sentence-index]').filter({ hasText: text });

async function paste(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
}

async function tag(page, text, key) {
  await said(page, text).first().click();
  await page.keyboard.press(key);
}

/// The session, step by step; `upTo` stops after that many steps.
function steps(importFile) {
  return [
    async (page) => paste(page, ARTICLE),
    async (page) => tag(page, 'Staff asked', '1'),
    async (page) => tag(page, 'The city library', '2'),
    async (page) => {
      await said(page, 'The mayor agreed').click();
      await page.keyboard.press('e');
      await page.getByLabel('Note', { exact: true }).fill('Check the minutes');
      await page.keyboard.press('Control+Enter');
      await expect(page.getByLabel('Note', { exact: true })).toHaveCount(0);
    },
    async (page) => {
      await said(page, 'The city library').click();
      await page.keyboard.press('s');
      await page.getByRole('button', { name: 'Cut before “from”' }).click();
      await page.keyboard.press('Enter');
      await expect(said(page, 'from Monday.')).toHaveCount(1);
    },
    async (page) => {
      await said(page, 'Staff asked').click();
      await page.keyboard.press('m');
      await expect(said(page, 'Staff asked for the change. The mayor agreed.')).toHaveCount(1);
    },
    async (page) => {
      await page.getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('Title').fill('Library hours');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Library hours' })).toBeVisible();
    },
    async (page) => {
      await page.getByRole('button', { name: 'New article' }).click();
      const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON' }).click()]);
      await picker.setFiles(importFile);
      await expect(said(page, 'Traffic will be diverted.')).toHaveAttribute('data-label', 'context');
    },
    async (page) => {
      await tag(page, 'The bridge will close', '2');
    },
    async (page) => {
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByRole('button', { name: /^Delete “Library/ }).click();
      await page.getByRole('button', { name: 'Delete for good' }).click();
      await expect(page.getByRole('button', { name: /^Open “Library/ })).toHaveCount(0);
    },
  ];
}

/// What a reader finds after a reload: every document in the library, each sentence with its
/// label and note.
async function observe(page) {
  await page.reload();
  await expect(page.locator('main')).toBeVisible();
  await page.waitForFunction(() => document.querySelector('textarea, [data-sentence-index]'));
  if (await page.locator('[data-sentence-index]').count()) {
    await page.getByRole('button', { name: 'New article' }).click();
  }
  const docs = [];
  const titles = await page.getByRole('button', { name: /^Open “/ }).allTextContents();
  for (const title of titles.sort()) {
    await page.getByRole('button', { name: title }).click();
    await expect(sentence(page, 0)).toBeVisible();
    const sentences = await page.locator('[data-sentence-index]').evaluateAll((els) =>
      els.map((e) => [e.textContent.replace(/(CLAIM|FACT|CONTEXT|✎)/g, '').trim(), e.dataset.label ?? null, e.getAttribute('title')]));
    docs.push({ title, sentences });
    await page.getByRole('button', { name: 'New article' }).click();
  }
  return docs;
}

/// Each document by the start of its text (its title can change), as JSON; `absent` for those
/// not in the library.
const KEYS = ['Library', 'Bridge'];
function byDocument(docs) {
  return Object.fromEntries(KEYS.map((key) => {
    const doc = docs.find((d) => d.sentences[0][0].startsWith(key));
    return [key, doc ? JSON.stringify(doc) : 'absent'];
  }));
}

/// Makes the k-th localStorage write of this page fail (`one`), or every write from the k-th
/// on (`full`), as a full storage does; counts the writes.
async function inject(page, mode, k) {
  await page.evaluate(({ mode, k }) => {
    const write = Storage.prototype.setItem;
    window.writes = 0;
    Storage.prototype.setItem = function (key, value) {
      window.writes += 1;
      if ((mode === 'one' && window.writes === k) || (mode === 'full' && window.writes >= k)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return write.call(this, key, value);
    };
  }, { mode, k });
}

async function freshPage(context) {
  const page = await context.newPage();
  const crashes = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Article text')).toBeVisible();
  return { page, crashes };
}

test('every failed write, and storage full from every write on: nothing lost unannounced', async ({ browser }) => {
  test.setTimeout(20 * 60 * 1000);
  const context = await browser.newContext();

  // The file the session imports: the other article, with a label.
  const { page: maker } = await freshPage(context);
  await paste(maker, OTHER);
  await tag(maker, 'Traffic will be diverted.', '3');
  const file = await download(maker, 'Download JSON');
  const importFile = join(mkdtempSync(join(tmpdir(), 'sift-faults-')), 'bridge.json');
  writeFileSync(importFile, file.body);
  await maker.close();

  // The states the reader has along the way, as a reload shows them, and the writes a clean
  // session makes.
  const script = steps(importFile);
  const states = [];
  let writes = 0;
  for (let upTo = 0; upTo <= script.length; upTo++) {
    const { page, crashes } = await freshPage(context);
    await inject(page, 'one', Infinity);
    for (const step of script.slice(0, upTo)) await step(page);
    writes = await page.evaluate(() => window.writes);
    states.push(byDocument(await observe(page)));
    expect(crashes).toEqual([]);
    await page.close();
  }
  const final = states[states.length - 1];
  console.log(`fault injection: a clean session makes ${writes} storage writes through ${script.length} steps`);

  let runs = 0;
  const found = [];
  for (const mode of ['one', 'full']) {
    for (let k = 1; k <= writes; k++) {
      const { page, crashes } = await freshPage(context);
      await inject(page, mode, k);
      // A step may be impossible after a refused write (a document that was never stored
      // cannot be deleted from the library): the reader would skip it, and so does the run.
      page.setDefaultTimeout(3000);
      let warned = false;
      for (const step of script) {
        await step(page).catch(() => {});
        warned ||= (await page.getByRole('alert').filter({ hasText: 'not saved' }).count()) > 0;
      }
      page.setDefaultTimeout(10000);
      const after = byDocument(await observe(page));
      if (crashes.length) found.push(`${mode} ${k}: the page crashed: ${crashes}`);
      for (const key of KEYS) {
        // Each document is as the reader had it at some point (every label on its sentence),
        // and anything short of its last state was announced.
        if (!states.some((state) => state[key] === after[key])) {
          found.push(`${mode} ${k}: “${key}” is in no state the reader had: ${after[key]}`);
        } else if (after[key] !== final[key] && !warned) {
          found.push(`${mode} ${k}: “${key}” lost work without a word`);
        }
      }
      runs += 1;
      await page.close();
    }
  }
  console.log(`fault injection: ${runs} runs, ${found.length} failures`);
  expect(found).toEqual([]);
});
