// Starts Sift: loads the page's module and its wasm, then registers the service worker that
// lets it open and work offline. A file of its own (not an inline script) so the page's security policy can
// forbid every inline script. The build id is stamped in at build time, as in sw.js.
const BUILD = 'BUILD_ID';
document.documentElement.dataset.build = BUILD;

// The page names its module: `sift` (the annotating page) or `sift-compare` (compare.html).
const app = document.querySelector('meta[name="sift-app"]')?.content ?? 'sift';
const { default: init } = await import(`./${app}.js`);
const wasm = await init({ module_or_path: new URL(`./${app}_bg.wasm`, import.meta.url) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker Sift still works; it just needs the network to open.
  });
}
