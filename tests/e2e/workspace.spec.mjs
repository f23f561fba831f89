// The workspace: the sample article for a first visit; on a wide screen the article at a
// reading width beside a side panel with the lists of claims and notes; the coverage strip;
// and keyboard focus shown on a sentence, not around the whole article.
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);
const TITLE = 'Harbour town votes to keep its night ferry';

// Long enough to scroll: 80 paragraphs of two sentences each.
const LONG = Array.from({ length: 80 }, (_, i) =>
  `The council met for session ${i + 1} on a wet evening. Its members voted on item ${i + 1} of the agenda.`).join('\n\n');

async function fresh(page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Article text')).toBeVisible();
}

async function open(page, text) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
}

async function inView(page, i) {
  return sentence(page, i).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
}

test('a first-time visitor opens the sample article, labels it, and finds it again', async ({ page }) => {
  await fresh(page);
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.locator('[data-sentence-index]')).toHaveCount(12);
  // Abbreviations, times and decimals do not end its sentences.
  await expect(sentence(page, 4)).toHaveText('"Without it, nurses on the late shift would have no way home," said Dr. Ines Marr, who runs the island\'s clinic.');
  await expect(sentence(page, 5)).toHaveText('She added that the next crossing after 10 p.m. would otherwise be the 6.15 a.m. boat.');
  await sentence(page, 3).click();
  await page.keyboard.press('1');
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'claim');
  await page.reload();
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'claim');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('button', { name: `Open “${TITLE}”` })).toBeVisible();
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the article and the side panel sit side by side, the text at a reading width', async ({ page }) => {
    await fresh(page);
    await open(page, LONG);
    const article = await page.getByRole('listbox', { name: 'Sentences' }).boundingBox();
    const labels = await page.getByRole('group', { name: 'Label the selected sentences' }).boundingBox();
    expect(labels.x).toBeGreaterThan(article.x + article.width);
    expect(Math.abs(labels.y - article.y)).toBeLessThan(40);
    // Two rows above the text (the masthead and the document's bar), not five.
    expect((await sentence(page, 0).boundingBox()).y).toBeLessThan(180);
    const perLine = await page.getByRole('listbox', { name: 'Sentences' }).evaluate((list) => {
      const style = getComputedStyle(list);
      const context = document.createElement('canvas').getContext('2d');
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const text = list.textContent;
      const average = context.measureText(text).width / text.length;
      return (list.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / average;
    });
    expect(perLine).toBeGreaterThan(60);
    expect(perLine).toBeLessThan(80);
    // The panel stays in view as the article scrolls.
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const after = await page.getByRole('group', { name: 'Label the selected sentences' }).boundingBox();
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y).toBeLessThan(100);
  });

  test('the lists of claims and of notes jump to their sentences', async ({ page }) => {
    await fresh(page);
    await open(page, LONG);
    const claims = page.getByRole('list', { name: /^Claims/ });
    await expect(claims).toContainText('No sentence is labelled a claim yet.');
    await sentence(page, 150).scrollIntoViewIfNeeded();
    await sentence(page, 150).click();
    await page.keyboard.press('1');
    await page.keyboard.press('e');
    await page.getByLabel('Note', { exact: true }).fill('Which agenda?');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { name: 'Claims (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Notes (1)' })).toBeVisible();

    await sentence(page, 0).scrollIntoViewIfNeeded();
    await sentence(page, 0).click();
    expect(await inView(page, 150)).toBe(false);
    await claims.getByRole('button', { name: /^Go to sentence 151: The council met for session 76/ }).click();
    await expect(sentence(page, 150)).toHaveAttribute('aria-selected', 'true');
    expect(await inView(page, 150)).toBe(true);

    await sentence(page, 0).scrollIntoViewIfNeeded();
    await page.getByRole('list', { name: /^Notes/ }).getByRole('button', { name: /Which agenda\?/ }).click();
    await expect(sentence(page, 150)).toHaveAttribute('aria-selected', 'true');
    expect(await inView(page, 150)).toBe(true);
  });
});

test('the coverage strip shows where each label sits, and a click on it jumps there', async ({ page }) => {
  await fresh(page);
  await open(page, LONG);
  const strip = page.locator('.coverage');
  await expect(strip.locator('rect[data-lane="unlabelled"]')).toHaveCount(1);
  await expect(strip.locator('rect[data-lane="claim"]')).toHaveCount(0);
  for (const [i, key] of [[10, '1'], [150, '2']]) {
    await sentence(page, i).scrollIntoViewIfNeeded();
    await sentence(page, i).click();
    await page.keyboard.press(key);
  }
  // Each label in its own lane, at its place in the document; the unlabelled lane has gaps there.
  const marks = await strip.locator('rect[data-lane]').evaluateAll((rects) =>
    rects.map((r) => [r.dataset.lane, Number(r.getAttribute('x')), Number(r.getAttribute('y'))]));
  expect(marks).toContainEqual(['claim', 0, 10]);
  expect(marks).toContainEqual(['fact', 1, 150]);
  expect(marks.filter(([lane]) => lane === 'unlabelled')).toHaveLength(3);

  await sentence(page, 0).scrollIntoViewIfNeeded();
  const box = await strip.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.9);
  const selected = Number(await page.locator('[aria-selected="true"]').getAttribute('data-sentence-index'));
  expect(selected).toBeGreaterThanOrEqual(140);
  expect(selected).toBeLessThanOrEqual(148);
  expect(await inView(page, selected)).toBe(true);
});

test('keyboard focus shows on a sentence, never as an outline around the whole article', async ({ page }) => {
  await fresh(page);
  await open(page, LONG);
  const list = page.getByRole('listbox', { name: 'Sentences' });
  for (let i = 0; i < 40 && !(await list.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(list).toBeFocused();
  expect(await list.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
  // No sentence is active yet: the first one, which the next key acts from, is ringed.
  expect(await sentence(page, 0).evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(sentence(page, 1)).toHaveAttribute('aria-selected', 'true');
  expect(await sentence(page, 1).evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
  expect(await sentence(page, 0).evaluate((e) => getComputedStyle(e).boxShadow)).toBe('none');
});
