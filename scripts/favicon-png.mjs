// Draws assets/favicon.png (64×64) from assets/favicon.svg with Debian's Chromium; run it again
// after changing the SVG. The page's icon is the PNG: Chrome draws an SVG favicon in the page's
// own main thread (a document of its own, about 50 ms under a phone's CPU, while the page
// starts), and decodes a PNG in a millisecond. The manifest keeps the SVG for installing.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const SIZE = 64;
const svg = readFileSync('assets/favicon.svg').toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
await page.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${svg}" width="${SIZE}" height="${SIZE}" style="display:block"></body>`);
await page.screenshot({ path: 'assets/favicon.png', omitBackground: true });
await browser.close();
