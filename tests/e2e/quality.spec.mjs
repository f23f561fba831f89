// Accessible, polished, safe and offline: an axe audit of every view in both themes and on a
// phone, the security policy in force, no requests to anyone, and work with the network cut.
// Also makes the README's screenshots (docs/screenshots/).
import { test, expect } from '@playwright/test';
import { settle } from './settle.mjs';
import { holdApp } from './hold.mjs';
import { download } from './download.mjs';
import { audit, shoot } from './audit.mjs';
import { readFileSync } from 'node:fs';

const ARTICLE = readFileSync(new URL('./articles/ferry-fares.txt', import.meta.url), 'utf8');

const sentence = (page, i) => page.locator(`[data-sentence-index="${i}"]`);

async function fresh(page) {
  // A fixed clock: the screenshots show the same times on every run.
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Article text')).toBeVisible();
}

async function annotated(page) {
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toBeVisible();
  await settle(page);
  // By keys, which land on the right sentence whatever the layout (on a phone, a tap at the
  // middle of a sentence wrapped over lines may land on its neighbour).
  const labels = { 1: ['3', 'context'], 4: ['2', 'fact'], 6: ['1', 'claim'], 9: ['1', 'claim'] };
  for (let i = 0; i <= 9; i++) {
    await page.keyboard.press('j');
    if (labels[i]) {
      await page.keyboard.press(labels[i][0]);
      await expect(sentence(page, i)).toHaveAttribute('data-label', labels[i][1]);
    }
  }
  await page.keyboard.press('e');
  await page.getByLabel('Note', { exact: true }).fill('Marsh: check the fuel figures');
  await page.keyboard.press('Control+Enter');
  await expect(sentence(page, 9)).toHaveAttribute('data-note', 'true');
  for (let i = 0; i < 4; i++) await page.keyboard.press('k');
  await expect(page.locator('[data-sentence-index][data-label]')).toHaveCount(4);
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on any view, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fresh(page);
    await audit(page, 'the empty start');
    await annotated(page);
    await audit(page, 'an annotated document');
    await settle(page);
    await shoot(page, `annotated-${scheme}`);
    await page.keyboard.press('s');
    await audit(page, 'the split panel');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Only claims/ }).click();
    await audit(page, 'a review filter');
    await page.keyboard.press('?');
    await audit(page, 'the help overlay');
    await shoot(page, `help-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New article' }).click();
    await audit(page, 'the library');
    await shoot(page, `library-${scheme}`, { fullPage: true });
    await page.evaluate(() => localStorage.setItem('sift.doc.doc-0', '{broken'));
    await page.evaluate(() => localStorage.setItem('sift.current', 'doc-0'));
    await page.reload();
    await expect(page.getByRole('alert')).toBeVisible();
    await audit(page, 'an error message');
  });
}

test('the audit itself catches a real problem', async ({ page }) => {
  await fresh(page);
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'favicon.svg' })));
  await expect(audit(page, 'a page with an image without alt text')).rejects.toThrow(/image-alt/);
});

test('on a 360 px phone: readable, labels within reach, nothing wider than the screen, axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fresh(page);
  await annotated(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const bar = await page.locator('.toolbar').boundingBox();
  expect(bar.y + bar.height).toBeGreaterThan(700);
  await sentence(page, 2).click();
  await page.getByRole('button', { name: 'Fact (2)' }).click();
  await expect(sentence(page, 2)).toHaveAttribute('data-label', 'fact');
  await audit(page, 'a phone');
  await shoot(page, 'phone-360');
});

test('the theme switch overrides the system, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await fresh(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  expect(await background()).not.toBe(light);
});

test('a label change is announced, and focus follows the keyboard visibly', async ({ page }) => {
  await fresh(page);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const list = page.getByRole('listbox', { name: 'Sentences' });
  await expect(list).toHaveAttribute('aria-activedescendant', 's-1');
  await expect(sentence(page, 1)).toHaveClass(/focus/);
  const outline = await sentence(page, 1).evaluate((e) => getComputedStyle(e).boxShadow);
  expect(outline).not.toBe('none');
  const progress = page.getByRole('status', { name: 'Progress' });
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('1');
  await expect(progress).toContainText('1 of 14 labelled · 13 unlabelled');
});

test('the security policy is in force: inline script and other origins are blocked', async ({ page }) => {
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await fresh(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'", "form-action 'none'"]) {
    expect(policy).toContain(part);
  }
  await annotated(page);
  expect(violations, 'the app itself needs nothing the policy forbids').toEqual([]);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    fetch('https://example.com/leak').catch(() => {});
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  expect(violations.join('\n')).toMatch(/script-src/);
  expect(violations.join('\n')).toMatch(/connect-src/);
});

test('pasted markup and script stay text, and a whole session requests nothing but the app’s own files', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await fresh(page);
  const hostile = 'Mayor <img src=x onerror="alert(1)"> speaks\n<script>alert(2)</script> <a href="javascript:alert(3)" onclick="alert(4)">link</a>. It <b>ended</b>. <iframe src="https://example.com"></iframe>';
  await page.getByLabel('Article text').fill(hostile);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 0)).toHaveText('Mayor <img src=x onerror="alert(1)"> speaks');
  await expect(page.locator('.article img, .article script, .article a, .article b, .article iframe')).toHaveCount(0);
  await sentence(page, 1).click();
  await page.keyboard.press('1');
  await page.keyboard.press('e');
  await page.getByLabel('Note', { exact: true }).fill('<img src=x onerror=alert(5)>');
  await page.keyboard.press('Control+Enter');
  await expect(sentence(page, 1)).toHaveAttribute('title', 'Note: <img src=x onerror=alert(5)>');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^sift-mayor-img-src-x-onerror-alert-1-speaks-\d{4}-\d\d-\d\d\.json$/);
  await page.reload();
  await page.getByRole('button', { name: 'New article' }).click();
  expect(dialogs).toBe(0);
  const foreign = requests.filter((url) => !url.startsWith(baseURL) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
});

test.describe('while the app loads', () => {
  // Every load goes to the network here, where it can be held back.
  test.use({ serviceWorkers: 'block' });

  test('its start page is on screen, and what is typed there is in the app', async ({ page }) => {
    const { release } = await holdApp(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Paste an article' })).toBeVisible();
    await page.getByLabel('Article text').fill(ARTICLE);
    release();
    await expect(page.locator('#article-text')).toHaveValue(ARTICLE);
    await expect(page.locator('#shell')).toHaveCount(0);
    // The reader was typing: the focus moved with the text, so the keys go on where they were.
    await expect(page.locator('#article-text')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Annotate' })).toBeFocused();
    await page.getByRole('button', { name: 'Annotate' }).click();
    await expect(sentence(page, 0)).toBeVisible();
  });

  test('a reader in the still page text area stays in the app text area, even before typing', async ({ page }) => {
    const { release } = await holdApp(page);
    await page.goto('/');
    await page.getByLabel('Article text').focus();
    release();
    await expect(page.locator('#shell')).toHaveCount(0);
    await expect(page.locator('#article-text')).toBeFocused();
    await page.keyboard.insertText('Typed as the app took over.');
    await expect(page.locator('#article-text')).toHaveValue('Typed as the app took over.');
  });

  test('a press is said at once and done when the app is there', async ({ page }) => {
    const { release } = await holdApp(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Annotate' }).click();
    await expect(page.getByRole('status')).toHaveText('There is no text to annotate yet: paste an article first.');
    await page.getByRole('button', { name: 'Try a sample article' }).click();
    // The preview module draws the sample at once and says the app is still on its way
    // (tests/e2e/preview.spec.mjs follows it further).
    await expect(page.getByRole('status')).toHaveText('Sift is still loading: you can tag these sentences in a moment.');
    await expect(page.getByRole('button', { name: 'Try a sample article' })).toBeHidden();
    release();
    await expect(sentence(page, 0)).toHaveText('Harbour town votes to keep its night ferry');
  });

  test('a document open last time reopens, and the still start page is not shown meanwhile', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Try a sample article' }).click();
    await expect(sentence(page, 0)).toBeVisible();
    const { release } = await holdApp(page);
    await page.reload();
    // Not the start page, which the reopened document would replace at once (the document is
    // drawn in its place: tests/e2e/preview.spec.mjs).
    await expect(page.getByRole('heading', { name: 'Sift', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try a sample article' })).toBeHidden();
    await expect(page.getByLabel('Article text')).toBeHidden();
    release();
    await expect(sentence(page, 0)).toHaveText('Harbour town votes to keep its night ferry');
  });
});

test('after one visit Sift opens and works with the network cut', async ({ page, context }) => {
  await fresh(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await sentence(page, 3).click();
  await page.keyboard.press('2');

  await context.setOffline(true);
  await page.reload();
  await expect(sentence(page, 3)).toHaveAttribute('data-label', 'fact');
  await sentence(page, 4).click();
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Article text').fill('Offline headline\n\nWritten on a train. No signal here.');
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(sentence(page, 2)).toHaveText('No signal here.');
  // The background worker, loaded for the first time now, comes from the cache too.
  await sentence(page, 2).click();
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  const w3c = JSON.parse((await download(page, 'W3C Web Annotations (JSON-LD)')).body);
  expect(w3c.first.items.map((a) => a.target.selector[0].exact)).toEqual(['No signal here.']);
  await context.setOffline(false);
});

test('printing gives the annotated article with its legend and no controls', async ({ page }) => {
  await fresh(page);
  await annotated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download JSON' })).toBeHidden();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(sentence(page, 6)).toHaveAttribute('data-label', 'claim');
  const last = page.locator('[data-sentence-index="13"]');
  expect(await last.evaluate((e) => getComputedStyle(e.closest('.block')).contentVisibility)).toBe('visible');
  await page.emulateMedia({ media: 'screen' });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('tapping a sentence selects it and the label bar tags it', async ({ page }) => {
    await fresh(page);
    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Annotate' }).tap();
    await sentence(page, 1).tap();
    await expect(sentence(page, 1)).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Context (3)' }).tap();
    await expect(sentence(page, 1)).toHaveAttribute('data-label', 'context');
    await sentence(page, 4).tap();
    await expect(sentence(page, 4)).toHaveAttribute('aria-selected', 'true');
    await expect(sentence(page, 1)).toHaveAttribute('aria-selected', 'false');
  });
});
