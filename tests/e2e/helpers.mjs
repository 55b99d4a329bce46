// Shared by the end-to-end tests: a static server for www/, headless Debian Chromium driven by
// playwright-core, and a page that records every console error, page error and CSP violation.

import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WASM = fileURLToPath(new URL('../../www/pkg/pressmark_bg.wasm', import.meta.url));

export const KINDS = ['quote', 'speaker', 'number', 'date'];

/** The module's JavaScript half (src/decode.js) as www/ serves it: wasm-bindgen puts it under a
 * directory named by a hash of the crate, and pkg/pressmark.js imports it from there. */
export const DECODE_JS = existsSync(WASM)
  ? `pkg/snippets/${readdirSync(new URL('../../www/pkg/snippets/', import.meta.url))[0]}/src/decode.js`
  : undefined;

/** Starts the server and the browser; call `close()` when done. */
export async function setup() {
  if (!existsSync(WASM)) {
    throw new Error('www/pkg/pressmark_bg.wasm is missing: build it first with scripts/build-wasm.sh');
  }
  const server = await startServer();
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the page in a fresh context and waits until the first highlights are painted.
 * `problems` collects console errors, uncaught errors and CSP violations; `requests` every URL fetched.
 * With `expectReady: false` it only waits for the page to settle (ready or error).
 */
export async function openPage(env, { colorScheme = 'light', viewport = { width: 1280, height: 900 }, expectReady = true, route } = {}) {
  const context = await env.browser.newContext({ colorScheme, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  if (route) await route(page);
  await page.goto(env.url);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading', null, { timeout: 10_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (expectReady && state !== 'ready') {
    const message = await page.locator('#status').textContent();
    throw new Error(`the wasm module did not load (state ${state}): ${message}\n${problems.join('\n')}`);
  }
  return { page, context, problems, requests };
}

/** Collects console errors, uncaught errors and CSP violations of `page` into the returned array. */
export async function watchProblems(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.exposeFunction('__pressmarkCsp', (text) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pressmarkCsp(`${e.violatedDirective} blocked ${e.blockedURI || e.sample}`);
    });
  });
  return problems;
}

/** Pastes `text` over the article as a person would: a paste event carrying it, in the textarea. */
export async function paste(page, text) {
  await page.locator('#input').evaluate((el, t) => {
    el.focus();
    el.select();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Replaces the article text as a person would (select all, type over) and waits for the highlights. */
export async function setText(page, text) {
  await page.locator('#input').fill(text);
  await waitForRender(page);
}

/**
 * Waits until the output shows what the textarea holds and no update is pending (the page
 * marks the output aria-busy from a keystroke until the worker's result is painted). The output
 * keeps CRs the textarea turned into LFs, hence the normalisation.
 */
export async function waitForRender(page, { timeout = 5_000 } = {}) {
  await page.waitForFunction(
    () => {
      const out = document.getElementById('output');
      const input = document.getElementById('input');
      if (out.hasAttribute('aria-busy')) return false;
      // A long text is kept out of the (then hidden) textarea.
      return input.hidden || out.textContent.replace(/\r\n?/g, '\n') === input.value;
    },
    null,
    { timeout },
  );
}

/** Every highlight in the output, in document order: `{kind, text, title, inside: [kinds of ancestors]}`. */
export function highlights(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#output [data-pressmark]')].map((el) => {
      const inside = [];
      for (let p = el.parentElement.closest('[data-pressmark]'); p; p = p.parentElement.closest('[data-pressmark]')) {
        inside.push(p.dataset.pressmark);
      }
      return { kind: el.dataset.pressmark, text: el.textContent, title: el.title, inside };
    }),
  );
}

/** The legend's counts as numbers, by kind. */
export function legendCounts(page) {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-count]')].map((el) => [el.dataset.count, Number(el.textContent)])),
  );
}

/**
 * Breaks the wasm instance that `page` loaded from `pkgPath` (as the page resolves it): panics
 * through the unguarded glue (the hidden `__panicForTests` export of src/wasm.rs) until analysing
 * `text` fails, each panic leaking the frames it aborted. The page's next analysis, through
 * www/lib/guard.js, then fails too, and must reset the module. Returns how many panics it took.
 */
export function wearOut(page, pkgPath, text) {
  return page.evaluate(async ([path, t]) => {
    const pkg = await import(path);
    for (let panics = 1; panics <= 100_000; panics++) {
      try {
        pkg.__panicForTests();
      } catch (err) {
        if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      }
      if (panics % 100 === 0) {
        try {
          pkg.analyze(t);
        } catch {
          return panics;
        }
      }
    }
    throw new Error('analyze still works after 100,000 panics');
  }, [pkgPath, text]);
}
