// The axe audit every view must pass, and the README's screenshots.
import { expect } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// Evaluated through the debugging protocol: the page's own policy (rightly) refuses it as a script tag.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.1 A and AA rule axe knows, on the whole page. */
export async function audit(page, view) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found, `axe found problems on ${view}`).toEqual([]);
  expect(results.passes.length, 'axe really checked the page').toBeGreaterThan(10);
}

const SHOTS = 'docs/screenshots';
// The README's screenshots are written only when asked for (`SIFT_SCREENSHOTS=1`): a test run
// must not change tracked files, and antialiasing differs by a few pixels between runs.
const WRITE_SHOTS = !!process.env.SIFT_SCREENSHOTS;
if (WRITE_SHOTS) mkdirSync(SHOTS, { recursive: true });
export const shoot = (page, name, options = {}) =>
  page.screenshot({ ...options, ...(WRITE_SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) });
