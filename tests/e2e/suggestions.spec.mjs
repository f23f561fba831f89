// Suggestions: the claim ranking from the first paste, suggested labels once the model beats
// the most common label, accepting them, both orders, the switch, the tally, and a reload.
import { test, expect } from '@playwright/test';
import { audit } from './audit.mjs';

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);

// Three kinds of sentence, twelve of each, in turn: claim, fact, context.
const NAMES = ['Ames', 'Brook', 'Carver', 'Dunn', 'Ellis', 'Frost', 'Grant', 'Hale', 'Irwin', 'Jonas', 'Keane', 'Lowe'];
const KINDS = ['claim', 'fact', 'context'];
const LEARNABLE = NAMES.map((n, i) => [
  `Councillor ${n} said the new plan would cut bus fares by ${10 + i} per cent next year.`,
  `The ${n} bridge opened to traffic in ${1900 + i}.`,
  `Rain fell softly over the ${n} quarter as evening came.`,
].join(' ')).join('\n\n');

async function open(page, text) {
  await page.goto('/');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
}

const scoresOf = (page) => page.$$eval('[data-sentence-index]', (els) => els.map((e) => {
  const scores = e.dataset.scores && Object.fromEntries(e.dataset.scores.split(' ').map((p) => p.split(':')).map(([k, v]) => [k, Number(v)]));
  return { index: Number(e.dataset.sentenceIndex), scores, suggestion: e.dataset.suggestion, label: e.dataset.label };
}));

test('from the first paste, before any label: claim scores, likely claims first, no labels', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.locator('[data-scores]')).toHaveCount(12);
  const rows = await scoresOf(page);
  for (const { scores } of rows) {
    expect(Object.keys(scores)).toEqual(['claim', 'fact', 'context']);
    expect(Math.round((scores.claim + scores.fact + scores.context) * 1000)).toBe(1000);
  }
  // The passenger figures outrank the headline and the byline.
  expect(rows[3].scores.claim).toBeGreaterThan(rows[0].scores.claim);
  expect(rows[3].scores.claim).toBeGreaterThan(rows[1].scores.claim);
  // Cold start: a ranking only, no suggested label.
  await expect(page.locator('[data-suggestion]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Likely claims are ranked first' })).toBeVisible();

  // "Likely claims first": g goes down the claim scores.
  const byClaim = [...rows].sort((a, b) => b.scores.claim - a.scores.claim || a.index - b.index).map((r) => r.index);
  await page.keyboard.press('g');
  await expect(sentence(page, byClaim[0])).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Next suggestion (G)' }).click();
  await expect(sentence(page, byClaim[1])).toHaveAttribute('aria-selected', 'true');

  // "Least sure first": the smallest lead of the likeliest label over the next.
  await page.getByRole('radio', { name: 'Least sure first' }).check();
  const margin = ({ scores }) => { const p = Object.values(scores).sort((a, b) => b - a); return p[0] - p[1]; };
  const bySure = [...rows].sort((a, b) => margin(a) - margin(b) || a.index - b.index).map((r) => r.index);
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await expect(sentence(page, bySure[0])).toHaveAttribute('aria-selected', 'true');

  // A labelled sentence has no scores; suggestions are never exported as labels.
  await page.keyboard.press('1');
  await expect(sentence(page, bySure[0])).not.toHaveAttribute('data-scores');
  await expect(page.locator('[data-scores]')).toHaveCount(11);
  await audit(page, 'suggestions at cold start');
});

test('suggested labels once they beat the most common label; a accepts them, undo takes them back', async ({ page }) => {
  await open(page, LEARNABLE);
  await expect(page.locator('[data-scores]')).toHaveCount(36);
  // Ten labels, by keys: the first ten sentences, as the reader reads.
  await sentence(page, 0).click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press(String(KINDS.indexOf(KINDS[i % 3]) + 1));
    await expect(sentence(page, i)).toHaveAttribute('data-label', KINDS[i % 3]);
    await page.keyboard.press('j');
  }
  // Suggested labels now: dashed, with a "?" badge, and a name a screen reader says.
  await expect(page.locator('[data-suggestion]')).toHaveCount(26);
  const rows = await scoresOf(page);
  for (const row of rows.filter((r) => !r.label)) expect(row.suggestion, `sentence ${row.index}`).toBe(KINDS[row.index % 3]);
  await expect(sentence(page, 10)).toHaveAttribute('aria-description', /^suggested: fact, \d+%$/);
  await expect(page.getByRole('status').filter({ hasText: 'Suggestions matched' })).toContainText('of your last 10 labels');
  await expect(page.getByText('Learned from 10 labels')).toBeVisible();
  await audit(page, 'suggested labels');
  await page.emulateMedia({ colorScheme: 'dark' });
  await audit(page, 'suggested labels, dark theme');
  await page.emulateMedia({ colorScheme: 'light' });

  // a accepts the suggestions of the selected sentences: 10 to 14, in one change.
  await sentence(page, 10).click();
  await sentence(page, 14).click({ modifiers: ['Shift'] });
  await page.keyboard.press('a');
  for (let i = 10; i <= 14; i++) await expect(sentence(page, i)).toHaveAttribute('data-label', KINDS[i % 3]);
  await expect(sentence(page, 10)).not.toHaveAttribute('data-suggestion');
  // Progress counts labels, never suggestions.
  await expect(page.getByText('15 of 36 labelled')).toBeVisible();
  await page.keyboard.press('Control+z');
  for (let i = 10; i <= 14; i++) await expect(sentence(page, i)).not.toHaveAttribute('data-label');
  await expect(page.getByText('10 of 36 labelled')).toBeVisible();
  // The button does the same.
  await sentence(page, 15).click();
  await page.getByRole('button', { name: 'Accept suggestions (A)' }).click();
  await expect(sentence(page, 15)).toHaveAttribute('data-label', 'claim');

  // The tally and the labels learned outlive a reload.
  await expect(page.getByText('Learned from 11 labels')).toBeVisible();
  const tally = await page.locator('.suggestion-status').textContent();
  await page.reload();
  await expect(page.locator('.suggestion-status')).toHaveText(tally);
  await expect(page.locator('[data-suggestion]')).toHaveCount(25);
});

test('on a phone: the controls fit the screen and Next suggestion works', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.locator('[data-scores]')).toHaveCount(12);
  const next = page.getByRole('button', { name: 'Next suggestion (G)' });
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(1);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360);
  await audit(page, 'suggestions on a phone');
});

test('the Suggestions switch turns them off, and it is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try a sample article' }).click();
  await expect(page.locator('[data-scores]')).toHaveCount(12);
  const toggle = page.getByRole('switch', { name: /^Suggestions/ });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('[data-scores]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next suggestion (G)' })).toHaveCount(0);
  await page.keyboard.press('g');
  await expect(page.locator('[aria-selected="true"]')).toHaveCount(0);
  await page.reload();
  await expect(sentence(page, 0)).toBeVisible();
  await expect(page.getByRole('switch', { name: /^Suggestions/ })).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('[data-scores]')).toHaveCount(0);
  await page.getByRole('switch', { name: /^Suggestions/ }).click();
  await expect(page.locator('[data-scores]')).toHaveCount(12);
});
