// Starts Sift: loads the page's module and its wasm, then registers the service worker that
// lets it open and work offline. A file of its own (not an inline script) so the page's security policy can
// forbid every inline script. The build id is stamped in at build time, as in sw.js.
const BUILD = 'BUILD_ID';
document.documentElement.dataset.build = BUILD;

// While the module loads (seconds, on a phone), the still start page in index.html is shown; it
// takes the reader's text and notes which button they press, and the app takes both over when
// it starts (src/ui/edge/shell.rs). Not when a document was open last time (`sift.current`,
// see src/schema/mod.rs): the app reopens that one instead of the start page, which stays
// hidden.
const shell = document.getElementById('shell');
let reopens = true;
// Whether any document is stored (`sift.doc.<id>`, in every schema): a pasted text may then be
// one of them, which only the app can tell.
let stores = true;
try {
  reopens = localStorage.getItem('sift.current') !== null;
  // Only a visit that shows the still page needs it.
  if (!reopens) {
    stores = false;
    for (let i = 0; i < localStorage.length && !stores; i++) stores = localStorage.key(i).startsWith('sift.doc.');
  }
} catch {
  // Storage that cannot be read: the app says so when it starts; the page stays still.
}
if (shell && !reopens) {
  for (const part of shell.querySelectorAll('main, footer')) part.hidden = false;
  const area = shell.querySelector('textarea');
  const [annotate, sample] = shell.querySelectorAll('.actions button');
  const status = shell.querySelector('[role="status"]');
  const press = (start, message) => {
    shell.dataset.start = start;
    status.textContent = message;
    for (const control of [area, annotate, sample]) control.disabled = true;
    shell.dispatchEvent(new Event('sift:start'));
  };
  area.placeholder = 'Paste the headline, byline and body of a news article here…';
  annotate.onclick = () => {
    if (area.value.trim() === '') status.textContent = 'There is no text to annotate yet: paste an article first.';
    else press('annotate', 'Sift is still loading: your article opens as soon as it is there.');
  };
  sample.onclick = () => press('sample', 'Sift is still loading: the sample article opens as soon as it is there.');
  for (const control of [area, annotate, sample]) control.disabled = false;
}

// A preview module comes first (src/ui/edge/preview.rs): long before the app's module is
// there, `sift-reopen` draws the document this visit reopens, read from storage, and on a first
// visit `sift-preview` draws the article pressed on the still page, split into its sentences;
// the app then takes over. None on a visit that shows the still page while a document is
// stored: the app may open a pasted text with its stored work, or ask whether it is a new
// version. index.html preloads only `sift-preview`: a reopening visit has its files from the
// service worker.
if (shell && (reopens || !stores)) {
  const preview = reopens ? 'sift-reopen' : 'sift-preview';
  try {
    // Its wasm is asked for alongside its script, not once the script is there.
    const wasm = fetch(new URL(`./${preview}_bg.wasm`, import.meta.url));
    const { default: start } = await import(`./${preview}.js`);
    await start({ module_or_path: wasm });
    // What it drew as it started (a reopened document) is painted before the app's start takes
    // the main thread: a timer after an animation frame runs once that frame is painted; a
    // hidden tab paints no frames. A first visit's preview draws later, on a press.
    if (shell.querySelector('.article')) {
      await new Promise((painted) => {
        requestAnimationFrame(() => setTimeout(painted));
        setTimeout(painted, 100);
      });
    }
  } catch {
    // Without the preview, the app draws the article when it starts.
  }
}

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
