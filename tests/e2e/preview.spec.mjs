// The first result before the app is there: while the app's module is still on its way, a
// preview module draws, on a first visit, the pressed article's sentences, exactly as the app
// then splits them, and on a visit that reopens a document, that document's sentences and
// labels as storage holds them; the app takes over, and nothing pressed or typed is lost.
import { test, expect } from '@playwright/test';
import { holdApp } from './hold.mjs';

// The service worker would answer the app's module from its copy, out of the tests' reach.
test.use({ serviceWorkers: 'block' });

const texts = (page, selector) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent));

test('the sample is drawn before the app is there, split as the app splits it', async ({ page }) => {
  const { release } = await holdApp(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();

  const preview = page.locator('#shell .article .sentence');
  await expect(preview.first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Harbour town votes to keep its night ferry' })).toBeVisible();
  await expect(page.getByText('Sift is still loading: you can tag these sentences in a moment.')).toBeVisible();
  // Only drawn: nothing a reader or a script would try to tag is there yet.
  await expect(page.locator('[data-sentence-index]')).toHaveCount(0);
  await expect(page.locator('.article')).toHaveAttribute('aria-busy', 'true');
  const drawn = await texts(page, '#shell .article .sentence');
  expect(drawn.length).toBeGreaterThan(10);
  expect(drawn).toContain('She added that the next crossing after 10 p.m. would otherwise be the 6.15 a.m. boat.');
  await page.screenshot({ path: test.info().outputPath('preview.png') });

  release();
  await expect(page.locator('[data-sentence-index="0"]')).toBeVisible();
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.locator('.article')).toHaveCount(1);
  expect(await texts(page, '[data-sentence-index]')).toEqual(drawn);
  // The app answers: a sentence is tagged and kept.
  await page.locator('[data-sentence-index="2"]').click();
  await page.keyboard.press('1');
  await expect(page.locator('[data-sentence-index="2"]')).toHaveAttribute('data-label', 'claim');
});

test('a pasted article is drawn before the app is there, and the app opens the same text', async ({ page }) => {
  const { release } = await holdApp(page);
  await page.goto('/');
  const text = 'Rates rose by 0.25 pts. on Tuesday.\n\nThe U.S. bank said so. "It is final," said Ms. Ruiz.';
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.locator('#shell .article .sentence')).toHaveText([
    'Rates rose by 0.25 pts. on Tuesday.',
    'The U.S. bank said so.',
    '"It is final," said Ms. Ruiz.',
  ]);
  release();
  await expect(page.locator('[data-sentence-index]')).toHaveText([
    'Rates rose by 0.25 pts. on Tuesday.',
    'The U.S. bank said so.',
    '"It is final," said Ms. Ruiz.',
  ]);
});

test('on a phone, the sentence being read in the preview stays in place when the app takes over', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const { release } = await holdApp(page);
  await page.goto('/');
  const paragraphs = Array.from({ length: 60 }, (_, p) => `Paragraph ${p + 1} begins here. It has a second sentence.`);
  await page.getByLabel('Article text').fill(paragraphs.join('\n\n'));
  await page.getByRole('button', { name: 'Annotate' }).click();
  const drawn = page.locator('#shell .article .sentence');
  await expect(drawn.first()).toBeVisible();
  // The reader scrolls to the 21st paragraph (sentence 40) and reads.
  await drawn.nth(40).evaluate((e) => {
    e.scrollIntoView({ block: 'start', behavior: 'instant' });
    window.scrollBy({ top: -100, behavior: 'instant' });
  });
  await expect.poll(() => drawn.nth(40).evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBe(100);
  const before = await drawn.nth(40).evaluate((e) => e.getBoundingClientRect().top);

  release();
  const sentence = page.locator('[data-sentence-index="40"]');
  await expect(sentence).toHaveText('Paragraph 21 begins here.');
  await expect(page.locator('#shell')).toHaveCount(0);
  const after = await sentence.evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(2);
});

test('a long article: the preview draws its beginning, the app the whole', async ({ page }) => {
  const { release } = await holdApp(page);
  await page.goto('/');
  const paragraphs = Array.from({ length: 400 }, (_, p) => `Paragraph ${p + 1} begins here. It has a second sentence. And a third one.`);
  await page.getByLabel('Article text').fill(paragraphs.join('\n\n'));
  await page.getByRole('button', { name: 'Annotate' }).click();
  const drawn = page.locator('#shell .article .sentence');
  await expect(drawn.first()).toHaveText('Paragraph 1 begins here.');
  // Eight blocks of 64 sentences or a little more (a block ends with a paragraph, here of three
  // sentences): more than a reader gets through before the app is there.
  const count = await drawn.count();
  expect(count).toBeGreaterThanOrEqual(8 * 64);
  expect(count).toBeLessThanOrEqual(8 * (64 + 2));
  release();
  await expect(page.locator('[data-sentence-index]')).toHaveCount(1200);
});

test('with a document stored, the app alone answers a press: no preview is drawn', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.locator('[data-sentence-index="0"]')).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Article text')).toBeVisible();

  const { release, asked } = await holdApp(page);
  await page.reload();
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  // The app's module is asked for (index.html preloads it) before the preview would draw.
  await asked;
  await expect(page.getByText('Sift is still loading: the sample article opens as soon as it is there.')).toBeVisible();
  await expect(page.locator('.article')).toHaveCount(0);
  release();
  // The stored sample opens with its work, which only the app can know.
  await expect(page.locator('[data-sentence-index="0"]')).toBeVisible();
  await expect(page.getByText('This article is already in your library, so Sift opened it with your labels.')).toBeVisible();
});

test('a reopened document is drawn from storage, with its labels and the theme, before the app is there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await page.locator('[data-sentence-index="2"]').click();
  await page.keyboard.press('1');
  await expect(page.locator('[data-sentence-index="2"]')).toHaveAttribute('data-label', 'claim');
  const sentences = await texts(page, '[data-sentence-index]');
  await page.evaluate(() => localStorage.setItem('sift.theme', 'dark'));

  const { release } = await holdApp(page);
  await page.reload();
  const drawn = page.locator('#shell .article .sentence');
  await expect(drawn.first()).toBeVisible();
  expect(await texts(page, '#shell .article .sentence')).toEqual(sentences);
  await expect(page.locator('#shell .article [data-label]')).toHaveCount(1);
  await expect(drawn.nth(2)).toHaveAttribute('data-label', 'claim');
  await expect(page.getByRole('heading', { name: 'Harbour town votes to keep its night ferry' })).toBeVisible();
  await expect(page.getByText('Sift is still loading: you can tag these sentences in a moment.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Only drawn: the paste box stays hidden, and nothing is there to tag yet.
  await expect(page.getByLabel('Article text')).toBeHidden();
  await expect(page.locator('[data-sentence-index]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('reopened.png') });

  release();
  await expect(page.locator('[data-sentence-index="2"]')).toHaveAttribute('data-label', 'claim');
  await expect(page.locator('#shell')).toHaveCount(0);
  expect(await texts(page, '[data-sentence-index]')).toEqual(sentences);
});

test('a reopened document that storage cannot read is not drawn: the app says what is wrong', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.locator('[data-sentence-index="0"]')).toBeVisible();
  await page.evaluate(() => localStorage.setItem(`sift.text.${localStorage.getItem('sift.current')}`, '{"schema":4,"id":"cut off mid-wr'));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('#shell .article')) window.previewDrawn = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not read');
  expect(await page.evaluate(() => window.previewDrawn ?? false)).toBe(false);
});
