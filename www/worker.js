// The analyser, off the main thread: a 1 MB article takes the wasm module a second or more,
// and typing must never wait for it. A module worker, so it imports the same files as the page.
//
// Messages in:  {id, text}
// Messages out: {type: 'ready', version} once, or {type: 'error', message} if the module cannot
//               load; then {type: 'result', id, analysis, marks} or {type: 'failed', id, message}
//               for each text. `marks` are highlight.js's sorted highlights, computed here too so
//               that the main thread only has DOM work left.

import init, { analyze, version } from './pkg/pressmark.js';
import { marks } from './highlight.js';

// Resolves to whether the module loaded; a failure is reported once, here.
const loaded = init({ module_or_path: new URL('pkg/pressmark_bg.wasm', import.meta.url) }).then(
  () => {
    postMessage({ type: 'ready', version: version() });
    return true;
  },
  (err) => {
    postMessage({ type: 'error', message: err?.message ?? String(err) });
    return false;
  },
);

self.addEventListener('message', async ({ data: { id, text } }) => {
  if (!(await loaded)) return;
  try {
    const analysis = analyze(text);
    postMessage({ type: 'result', id, analysis, marks: marks(analysis) });
  } catch (err) {
    postMessage({ type: 'failed', id, message: err?.message ?? String(err) });
  }
});
