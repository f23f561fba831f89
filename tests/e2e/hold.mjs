// Holds the app's module (sift_bg.wasm) back until `release()` is called, as a slow network
// would; `asked` settles when the page has asked for it.
export async function holdApp(page) {
  let release;
  let ask;
  const released = new Promise((r) => (release = r));
  const asked = new Promise((r) => (ask = r));
  await page.route('**/sift_bg.wasm', async (route) => {
    ask();
    await released;
    await route.continue();
  });
  return { release, asked };
}
