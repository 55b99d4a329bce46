// Drop-in for static sites: highlights the page's articles once it has loaded.
//
//   <script type="module" src="/path/to/lib/auto.js" data-selector="article"></script>
//
// Attributes on that <script>: data-selector (default "article"), data-kinds ("quote,number";
// default all four), data-mode ("highlight" or "mark"), data-styles="none" (do not link
// pressmark.css, for pages that bring their own colours).
// `done` resolves to the handles, and each highlighted element gets a `pressmark:highlighted`
// event whose detail is its handle.

import { init, highlightElement, KINDS } from './pressmark.js';

// Module scripts have no document.currentScript: find ours by its resolved URL.
function ownScript() {
  for (const s of document.querySelectorAll('script[src]')) {
    if (new URL(s.src, document.baseURI).href === import.meta.url) return s;
  }
  return null;
}

function linkStyles() {
  const href = new URL('pressmark.css', import.meta.url).href;
  for (const l of document.querySelectorAll('link[rel~="stylesheet"]')) if (l.href === href) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

async function run() {
  const script = ownScript();
  const data = script?.dataset ?? {};
  if (data.styles !== 'none') linkStyles();
  // A module script runs after parsing unless it is `async`: wait for the DOM in that case.
  if (document.readyState === 'loading') {
    await new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }));
  }
  await init();
  const kinds = data.kinds ? data.kinds.split(/[\s,]+/).filter(Boolean) : KINDS;
  const options = { kinds };
  if (data.mode) options.mode = data.mode;
  const handles = [];
  for (const el of document.querySelectorAll(data.selector || 'article')) {
    const handle = highlightElement(el, options);
    handles.push(handle);
    el.dispatchEvent(new CustomEvent('pressmark:highlighted', { detail: handle, bubbles: true }));
  }
  return handles;
}

/** The handles of the highlighted elements, once done. Rejects (and logs) if the module failed to load. */
export const done = run();
done.catch((err) => console.error('pressmark auto.js:', err));
