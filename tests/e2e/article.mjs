// A fresh page with an article pasted and annotated, and sentences labelled by a click and a
// key each: how most tests begin.
import { expect } from '@playwright/test';
import { settle } from './settle.mjs';

export const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);

/** Empties storage, pastes `text`, presses Annotate, then labels each `[index, key]`. */
export async function annotate(page, text, labels = []) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
  for (const [i, key] of labels) {
    await sentence(page, i).click();
    await page.keyboard.press(key);
  }
}
