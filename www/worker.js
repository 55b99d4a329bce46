// The analyser for long texts, off the main thread: a 1 MB article takes the wasm module a
// second or more, and typing must never wait for it. A module worker, importing the same files
// as the page.
//
// Messages in:  {type: 'init', module} first (the page's compiled WebAssembly.Module), then
//               {id, text} for each text to analyse.
// Messages out: {type: 'error', message} if the module cannot start, else for each text
//               {type: 'marks', id, marks} messages, {type: 'part', id, key, items} messages
//               (the analysis's lists, `key` one of its fields), then {type: 'result', id}, or
//               {type: 'failed', id, message} (after a panic, lib/guard.js has reset the module
//               and the next text is analysed by a fresh instance). `marks` are highlight.js's
//               sorted highlights, computed here so that the main thread only has DOM work
//               left, and sent in parts: each message is read in its own main-thread task, so
//               reading the result of a megabyte (some 50 ms in one piece) never makes one long
//               task. The analysis itself is sent in parts for the same reason: in one
//               piece, reading a megabyte's (some 50,000 objects) was one task of 50-100 ms.

import init, { analyze } from './lib/guard.js';
import { marks } from './highlight.js';

const PART = 4000; // marks a message

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
    const all = marks(analysis);
    for (let i = 0; i < all.length; i += PART) postMessage({ type: 'marks', id: data.id, marks: all.slice(i, i + PART) });
    for (const [key, items] of Object.entries(analysis)) {
      if (!items.length) postMessage({ type: 'part', id: data.id, key, items });
      for (let i = 0; i < items.length; i += PART) postMessage({ type: 'part', id: data.id, key, items: items.slice(i, i + PART) });
    }
    postMessage({ type: 'result', id: data.id });
  } catch (err) {
    // After a panic, guard.js's Error says the module was reset; its cause says what failed.
    postMessage({ type: 'failed', id: data.id, message: String(err?.cause ?? err) });
  }
});
