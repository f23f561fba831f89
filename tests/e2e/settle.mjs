// Waits two frames: the article's first layout is done before a test points at a sentence.
export const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
