// Starts Sift: loads the app's wasm, then registers the service worker that lets it open and
// work offline. A file of its own (not an inline script) so the page's security policy can
// forbid every inline script. The build id is stamped in at build time, as in sw.js.
import init from './sift.js';

const BUILD = 'BUILD_ID';
document.documentElement.dataset.build = BUILD;

const wasm = await init({ module_or_path: new URL('./sift_bg.wasm', import.meta.url) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker Sift still works; it just needs the network to open.
  });
}
