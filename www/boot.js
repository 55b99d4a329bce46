// Started before anything else (the first script of index.html, no imports of its own), so that
// the slow parts of opening the page overlap: the wasm downloading and compiling (off the main
// thread, streaming) and the example text arriving. app.js imports the same module instance and
// uses what it began.

/** The compiled analyser, shared by the page and the worker (a Module can be posted). */
export const wasm = WebAssembly.compileStreaming(fetch(new URL('pkg/pressmark_bg.wasm', import.meta.url)));
wasm.catch(() => {}); // app.js reports it

/** The example article's text ('' if it cannot be fetched). */
export const example = fetch(new URL('example.txt', import.meta.url)).then(
  (r) => (r.ok ? r.text() : ''),
  () => '',
);

let worker; // undefined until asked for

/**
 * The analyser for long texts (worker.js), started on first call; null where module workers
 * cannot start. app.js asks for it once the first highlights are painted, not here: a new
 * thread and its JavaScript engine cost CPU time the first highlight would otherwise wait for.
 */
export function analyser() {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('worker.js', import.meta.url), { type: 'module' });
    wasm.then((module) => worker.postMessage({ type: 'init', module }), () => {});
  } catch {
    worker = null;
  }
  return worker;
}
