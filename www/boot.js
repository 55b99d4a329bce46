// Started before anything else (the first script of index.html, no imports of its own), so that
// the slow parts of opening the page overlap: the worker thread starting, the wasm downloading
// and compiling (off the main thread, streaming), and the example text arriving. app.js imports
// the same module instance and uses what it began.

/** The compiled analyser, shared by the page and the worker (a Module can be posted). */
export const wasm = WebAssembly.compileStreaming(fetch(new URL('pkg/pressmark_bg.wasm', import.meta.url)));
wasm.catch(() => {}); // app.js reports it

/** The example article's text ('' if it cannot be fetched). */
export const example = fetch(new URL('example.txt', import.meta.url)).then(
  (r) => (r.ok ? r.text() : ''),
  () => '',
);

/** The analyser for long texts, or null where module workers cannot start. */
export const worker = (() => {
  try {
    return new Worker(new URL('worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
})();
if (worker) wasm.then((module) => worker.postMessage({ type: 'init', module }), () => {});
