// The analyser for long texts, off the main thread: a 1 MB article takes the wasm module a
// second or more, and typing must never wait for it. A module worker, importing the same files
// as the page.
//
// Messages in:  {type: 'init', module} first (the page's compiled WebAssembly.Module), then
//               {id, text} for each text to analyse.
// Messages out: {type: 'error', message} if the module cannot start, else for each text
//               {type: 'result', id, analysis, marks} or {type: 'failed', id, message}. `marks`
//               are highlight.js's sorted highlights, computed here so that the main thread only
//               has DOM work left.

import init, { analyze } from './pkg/pressmark.js';
import { marks } from './highlight.js';

let loaded = null; // resolves to whether the module is usable

self.addEventListener('message', async ({ data }) => {
  if (data.type === 'init') {
    loaded = init({ module_or_path: data.module }).then(
      () => true,
      (err) => {
        postMessage({ type: 'error', message: err?.message ?? String(err) });
        return false;
      },
    );
    return;
  }
  if (!loaded || !(await loaded)) {
    postMessage({ type: 'failed', id: data.id, message: 'the analyser is not loaded' });
    return;
  }
  try {
    const analysis = analyze(data.text);
    postMessage({ type: 'result', id: data.id, analysis, marks: marks(analysis) });
  } catch (err) {
    postMessage({ type: 'failed', id: data.id, message: err?.message ?? String(err) });
  }
});
