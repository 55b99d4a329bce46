// The embedding API (www/lib) in Chromium: highlighting an article of a page in place, in both
// modes, across inline markup; restoring it exactly; links and listeners still working; the
// auto.js drop-in; a fresh wasm instance after a failure; hostile text shown, never run.
// Pages: www/embed-demo/ (a team-written article, see fixture.html).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, watchProblems, wearOut, KINDS, DECODE_JS } from './helpers.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
if (!existsSync(`${WWW}pkg/pressmark_bg.wasm`) || !existsSync(`${WWW}pkg/pressmark.js`)) {
  throw new Error('www/pkg is not built: run scripts/build-wasm.sh first (scripts/test.sh does)');
}

const QUOTE_1 = '“We will not back down on the harbour plan 🚢, and the 東京 office agrees,”';
const QUOTE_2 = '“It is a fair deal,”';
const ASIDE_QUOTE = '“We start on Monday with 40 volunteers,”';

let env;
let url;
let browser;
before(async () => {
  env = await setup();
  ({ url, browser } = env);
});
after(async () => {
  await env?.close();
});

/** Opens `path` in a fresh context; `problems` collects console errors, page errors and CSP violations. */
async function open(path, { init } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchProblems(page);
  if (init) await page.addInitScript(init);
  await page.goto(url + path);
  return { page, problems, close: () => context.close() };
}

async function fixture(options) {
  const p = await open('embed-demo/fixture.html', options);
  await p.page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 10_000 });
  return p;
}

/** What each pressmark-* Highlight holds, as strings, by kind. */
function highlighted(page) {
  return page.evaluate(() => {
    const out = {};
    for (const kind of ['quote', 'speaker', 'number', 'date']) {
      out[kind] = [...(CSS.highlights.get(`pressmark-${kind}`) ?? [])].map((r) => r.toString());
    }
    return out;
  });
}

/**
 * What the marks of each kind cover inside `selector`: consecutive text nodes inside a mark of
 * the kind join into one string (a quote across <em> is several marks, one text), and `pieces`
 * lists each mark's own text.
 */
function marked(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const out = {};
    for (const kind of ['quote', 'speaker', 'number', 'date']) {
      const runs = [];
      let run = null;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const mark = n.parentElement.closest(`mark[data-pressmark="${kind}"]`);
        if (mark && root.contains(mark)) {
          if (run === null) runs.push((run = { text: '' }));
          run.text += n.data;
        } else {
          run = null;
        }
      }
      out[kind] = runs.map((r) => r.text);
      out[`${kind}Pieces`] = [...root.querySelectorAll(`mark[data-pressmark="${kind}"]`)].map((m) => m.textContent);
    }
    out.nestedSameKind = [...root.querySelectorAll('mark[data-pressmark]')]
      .filter((m) => m.parentElement.closest(`mark[data-pressmark="${m.dataset.pressmark}"]`)).length;
    return out;
  }, selector);
}

function assertArticle(kinds, what) {
  assert.deepEqual(kinds.quote, [QUOTE_1, QUOTE_2], `${what}: quotes`);
  assert.ok(kinds.speaker.some((s) => s.endsWith('Ana Ruiz')), `${what}: speaker Ana Ruiz in ${kinds.speaker}`);
  assert.ok(kinds.speaker.includes('Ruiz'), `${what}: speaker Ruiz in ${kinds.speaker}`);
  assert.ok(kinds.number.includes('3,000 workers'), `${what}: number in ${kinds.number}`);
  assert.ok(kinds.date.includes('Tuesday') && kinds.date.includes('late Monday'), `${what}: dates ${kinds.date}`);
  const all = Object.values(kinds).flat().join('\n');
  // An unclosed mark at a paragraph's end does not pair with the next paragraph's closing mark.
  assert.ok(!all.includes('closed'), `${what}: nothing paired across <p> elements`);
  assert.ok(!all.includes('Not article text'), `${what}: <noscript> is skipped`);
}

test('highlight mode: CSS.highlights ranges are exactly the expected strings, and the DOM is untouched', async () => {
  const { page, problems, close } = await fixture();
  const before = await page.evaluate(() => document.getElementById('story').innerHTML);
  const result = await page.evaluate(() => {
    const h = pressmark.highlightElement(document.getElementById('story'));
    window.h = h;
    // Offsets index the analysed text: UTF-16, past an emoji and CJK.
    const q = h.analysis.quotes[0];
    return { mode: h.mode, first: h.text.slice(q.start, q.end), paragraphs: h.text.split('\n').filter((l) => l.trim()).length };
  });
  assert.equal(result.mode, 'highlight');
  assert.equal(result.first, QUOTE_1);
  assert.equal(result.paragraphs, 7, 'one line per block: h1, four p, h2, p (the source line break inside p1 is a space)');
  assertArticle(await highlighted(page), 'highlight');
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), before, 'no DOM change');
  // The default colours apply to the highlight pseudo-element.
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('story'), '::highlight(pressmark-quote)').backgroundColor);
  assert.equal(bg, 'rgb(255, 241, 184)');

  // Highlights are shared: clearing one handle leaves another element's ranges in place.
  await page.evaluate(() => { window.h2 = pressmark.highlightElement(document.getElementById('aside')); });
  assert.deepEqual((await highlighted(page)).quote.sort(), [QUOTE_1, QUOTE_2, ASIDE_QUOTE].sort());
  await page.evaluate(() => h.clear());
  const left = await highlighted(page);
  assert.deepEqual(left.quote, [ASIDE_QUOTE]);
  assert.deepEqual(left.date, ['Monday']);
  await page.evaluate(() => { h2.clear(); h.clear(); }); // clear() is idempotent
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), [], 'the registry is left as found');
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), before);
  assert.deepEqual(problems, []);
  await close();
});

test('mark mode wraps exactly the expected strings, one mark per text piece, nested, and clear() restores the DOM', async () => {
  const { page, problems, close } = await fixture();
  const before = await page.evaluate(() => {
    const story = document.getElementById('story');
    // The very text node objects, to check that clear() puts the originals back.
    const texts = [];
    const walk = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) texts.push(n);
    window.originalTexts = texts;
    window.link = document.getElementById('plan-link');
    return story.innerHTML;
  });
  assert.equal(await page.evaluate(() => pressmark.highlightElement(document.getElementById('story'), { mode: 'mark' }).mode), 'mark');
  const story = await marked(page, '#story');
  assertArticle(story, 'mark');
  // The quote across <em>, a link and a span is one mark per text piece, inside those elements.
  assert.deepEqual(story.quotePieces.slice(0, 7), ['“We will ', 'not', ' back down on the ', 'harbour plan', ' 🚢, and the 東京 office ', 'agrees', ',”']);
  assert.equal(story.nestedSameKind, 0);
  const inLink = await page.evaluate(() => {
    const a = document.getElementById('plan-link');
    return { same: a === window.link, inside: a.firstChild.localName, parentId: a.parentElement.id };
  });
  assert.deepEqual(inLink, { same: true, inside: 'mark', parentId: 'p1' }, 'the link is the same element, the mark inside it');

  // Spans nest: a date and a number inside a quote are marks inside the quote's mark.
  await page.evaluate(() => { window.h2 = pressmark.highlightElement(document.getElementById('aside'), { mode: 'mark' }); });
  const aside = await page.evaluate(() => [...document.querySelectorAll('#aside mark')].map((m) => [m.dataset.pressmark, m.textContent, m.parentElement.dataset.pressmark ?? null]));
  assert.deepEqual(aside.filter(([kind]) => kind !== 'speaker'), [
    ['quote', ASIDE_QUOTE, null],
    ['date', 'Monday', 'quote'],
    ['number', '40 volunteers', 'quote'],
  ]);

  const after = await page.evaluate(() => {
    pressmark.highlightElement(document.getElementById('story'), { mode: 'mark' }).clear();
    h2.clear();
    const texts = [];
    const walk = document.createTreeWalker(document.getElementById('story'), NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) texts.push(n);
    return {
      html: document.getElementById('story').innerHTML,
      sameNodes: texts.length === originalTexts.length && texts.every((n, i) => n === originalTexts[i]),
      marks: document.querySelectorAll('mark').length,
    };
  });
  assert.equal(after.html, before, 'innerHTML byte-identical after clear()');
  assert.ok(after.sameNodes, 'the original text node objects are back');
  assert.equal(after.marks, 0);
  assert.deepEqual(problems, []);
  await close();
});

test('highlighting the same element twice does not double-wrap or double-add, in either mode', async () => {
  const { page, problems, close } = await fixture();
  const before = await page.evaluate(() => document.getElementById('story').innerHTML);
  const counts = await page.evaluate(() => {
    const story = document.getElementById('story');
    const first = pressmark.highlightElement(story, { mode: 'mark' });
    const once = story.innerHTML;
    const second = pressmark.highlightElement(story, { mode: 'mark' });
    const twice = story.innerHTML;
    first.clear(); // already superseded: must not disturb the second
    const afterStale = story.innerHTML;
    second.clear();
    const a = pressmark.highlightElement(story);
    const size1 = CSS.highlights.get('pressmark-quote').size;
    const b = pressmark.highlightElement(story);
    const size2 = CSS.highlights.get('pressmark-quote').size;
    b.clear();
    a.clear();
    return { same: once === twice && twice === afterStale, size1, size2, html: story.innerHTML };
  });
  assert.ok(counts.same, 'the second mark-mode call gives the same markup as the first');
  assert.equal(counts.size1, 2);
  assert.equal(counts.size2, 2);
  assert.equal(counts.html, before);
  assert.deepEqual(problems, []);
  await close();
});

for (const mode of ['highlight', 'mark']) {
  test(`${mode} mode: a link inside a highlighted quote still navigates and a listener inside still fires`, async () => {
    const { page, problems, close } = await fixture();
    await page.evaluate((m) => { window.h = pressmark.highlightElement(document.getElementById('story'), { mode: m }); }, mode);
    await page.locator('#agrees').click();
    assert.equal(await page.evaluate(() => window.clicks), 1);
    await page.locator('#plan-link').click();
    assert.equal(await page.evaluate(() => location.hash), '#plan');
    assert.equal(await page.evaluate(() => window.clicks), 1);
    const quotes = mode === 'mark' ? (await marked(page, '#story')).quote : (await highlighted(page)).quote;
    assert.deepEqual(quotes, [QUOTE_1, QUOTE_2], 'still highlighted after the clicks');
    assert.deepEqual(problems, []);
    await close();
  });
}

test('without the CSS Custom Highlight API, highlightElement falls back to marks', async () => {
  const { page, problems, close } = await fixture({
    init: () => Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true }),
  });
  const mode = await page.evaluate(() => pressmark.highlightElement(document.getElementById('story')).mode);
  assert.equal(mode, 'mark');
  assertArticle(await marked(page, '#story'), 'fallback');
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('#story mark[data-pressmark="quote"]')).backgroundColor);
  assert.equal(bg, 'rgb(255, 241, 184)');
  assert.deepEqual(problems, []);
  await close();
});

test('a broken wasm instance: highlightElement throws a clear Error, then paints as before on a fresh instance', async () => {
  const { page, problems, close } = await fixture();
  await page.evaluate(async () => {
    // The glue that fixture.js's pressmark.js calls (through ../lib/guard.js): the same module instance.
    window.pkg = await import('../pkg/pressmark.js');
    window.guard = await import('../lib/guard.js');
    window.paint = (mode) => {
      const story = document.getElementById('story');
      const h = pressmark.highlightElement(story, { mode });
      const out = { analysis: h.analysis, html: story.innerHTML, ranges: [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0) };
      h.clear();
      return out;
    };
    window.caught = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return { plain: e.constructor === Error, message: e.message, cause: e.cause?.constructor.name };
      }
    };
    window.original = document.getElementById('story').innerHTML;
    window.instance = pkg.initSync(); // initialised: the current instance's exports
  });
  const before = await page.evaluate(() => ({ mark: paint('mark'), highlight: paint('highlight') }));
  const panics = await wearOut(page, '../pkg/pressmark.js', await page.evaluate(() => document.getElementById('story').textContent));
  assert.ok(panics > 1000, `worn out after ${panics} panics`);

  const failed = await page.evaluate(() => ({
    error: caught(() => pressmark.highlightElement(document.getElementById('story'), { mode: 'mark' })),
    untouched: document.getElementById('story').innerHTML === original && document.querySelectorAll('mark').length === 0,
    fresh: pkg.initSync() !== instance,
    newMemory: pkg.initSync().memory !== instance.memory,
  }));
  assert.equal(failed.error.plain, true, 'a plain Error');
  assert.match(failed.error.message, /^pressmark\.analyze: the analyser failed on this text \(internal error: (RuntimeError|RangeError): .+\); it has been reset and the next call will work$/);
  assert.match(failed.error.cause, /^(RuntimeError|RangeError)$/);
  assert.deepEqual([failed.untouched, failed.fresh, failed.newMemory], [true, true, true], 'nothing painted; a new instance and memory');
  assert.deepEqual(await page.evaluate(() => ({ mark: paint('mark'), highlight: paint('highlight') })), before, 'the same analysis, marks and ranges');

  // A panic as such, through the same guard: the instance is replaced every time.
  const again = await page.evaluate(() => {
    const last = pkg.initSync();
    return { error: caught(() => guard.__panicForTests()), fresh: pkg.initSync() !== last, mark: paint('mark') };
  });
  assert.deepEqual(again.error, {
    plain: true,
    message: 'pressmark.__panicForTests: the analyser failed (internal error: RuntimeError: unreachable); it has been reset and the next call will work',
    cause: 'RuntimeError',
  });
  assert.equal(again.fresh, true);
  assert.deepEqual(again.mark, before.mark);
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), await page.evaluate(() => original));
  assert.deepEqual(problems, []);
  await close();
});

test('the API: a clear Error before init, init idempotent, UTF-16 offsets, bad options rejected', async () => {
  const { page, problems, close } = await open('embed-demo/blank.html');
  const r = await page.evaluate(async () => {
    const m = await import('../lib/pressmark.js');
    const caught = (f) => { try { f(); return null; } catch (e) { return e instanceof Error ? e.message : String(e); } };
    const early = caught(() => m.analyze('x'));
    const earlyHighlight = caught(() => m.highlightElement(document.body));
    const [a, b] = [m.init(), m.init()];
    await Promise.all([a, b, m.ready]);
    await m.init();
    // The emoji on a line of its own: a one-word quote after it on the same line would be
    // read as a title (a scare quote), which is no quotation.
    const text = '😀\n“Yes,” she said.';
    const q = m.analyze(text).quotes[0];
    return {
      early,
      earlyHighlight,
      samePromise: a === b,
      version: m.version(),
      quote: text.slice(q.start, q.end),
      start: q.start,
      badKind: caught(() => m.highlightElement(document.body, { kinds: ['quotes'] })),
      badMode: caught(() => m.highlightElement(document.body, { mode: 'paint' })),
      badOption: caught(() => m.analyze('x', { quote: true })),
      notElement: caught(() => m.highlightElement('#text')),
      spans: m.spans(m.analyze(text), ['quote']),
    };
  });
  assert.match(r.early, /init\(\)/);
  assert.match(r.earlyHighlight, /init\(\)/);
  assert.ok(r.samePromise, 'init() returns the same promise while loading');
  assert.equal(r.version, '0.1.0');
  assert.equal(r.quote, '“Yes,”');
  assert.equal(r.start, 3, 'UTF-16: the emoji counts 2');
  assert.match(r.badKind, /kinds/);
  assert.match(r.badMode, /mode/);
  assert.match(r.badOption, /unknown field `quote`/);
  assert.match(r.notElement, /Element/);
  assert.deepEqual(r.spans, [{ start: 3, end: 9, kind: 'quote' }]);
  assert.deepEqual(problems, []);
  await close();
});

test('auto.js highlights the article of a static page and links pressmark.css next to itself', async () => {
  const { page, problems, close } = await open('embed-demo/');
  await page.waitForFunction(() => (CSS.highlights.get('pressmark-quote')?.size ?? 0) > 0, null, { timeout: 10_000 });
  assertArticle(await highlighted(page), 'auto.js');
  const info = await page.evaluate(async () => {
    const { done } = await import('../lib/auto.js'); // the same module instance as the page's
    const handles = await done;
    return {
      handles: handles.length,
      mode: handles[0].mode,
      css: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
      marks: document.querySelectorAll('mark').length,
    };
  });
  assert.deepEqual(info, { handles: 1, mode: 'highlight', css: ['/embed-demo/demo.css', '/lib/pressmark.css'], marks: 0 });
  assert.deepEqual(problems, []);
  await close();
});

test('auto.js reads data-mode and data-kinds from its own <script>', async () => {
  const { page, problems, close } = await open('embed-demo/mark.html');
  await page.waitForFunction(() => document.querySelector('article mark[data-pressmark]'), null, { timeout: 10_000 });
  const kinds = await marked(page, 'article');
  assert.deepEqual(kinds.quote, [QUOTE_1, QUOTE_2]);
  assert.ok(kinds.speaker.includes('Ruiz'));
  assert.deepEqual([kinds.number, kinds.date], [[], []], 'only the kinds asked for');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(problems, []);
  await close();
});

// Text an article may well contain (a report on an attack, a code sample, a quoted tweet):
// markup, entities, script URLs and CSS-breaking characters, as text. Each paragraph is a list
// of pieces, a string for a text node or [tag, text] for an inline element. Highlighting must
// show them as they are, and never run, fetch or apply any of them.
const HOSTILE = [
  [`“<img src=x alt=img onerror=window.__pwned=this.alt><img src=y onerror=alert(document.domain)>,” the mayor said on Tuesday.`],
  [`“&lt;script&gt;window.__pwned=2&lt;/script&gt; &amp; &#x3C;b&#x3E; &nbsp;,” Ana Ruiz said, as 3,000 workers returned.`],
  [`"javascript:window.__pwned=3," the aide said on Monday, and ‘javascript:alert(1)’ was the `, ['a', 'link'], '.'],
  [`“</mark><style>*{color:red !important}</style>`, ['em', `<mark data-pressmark=quote style='color:red'>`], `,” she wrote on Friday.`],
  [`“Backslashes \\ and \\' and \\" and braces } { ; : ( ) </p> <!-- --> ]]>,” he said of 40 percent of them.`],
  [`“<script>window.__pwned=4</script>,” `, ['strong', 'Ruiz'], ' said late Monday.'],
  [`“a{}</style><link rel=stylesheet href=x.css>@import url(x.css);*{display:none} '}\\",” the council said.`],
];
const HOSTILE_TEXT = HOSTILE.map((pieces) => pieces.map((p) => (typeof p === 'string' ? p : p[1])).join('')).join('\n');
/** Quotes that must be highlighted, hostile strings inside (straight " inside curly quotes ends a quote early). */
const HOSTILE_QUOTES = [
  `“<img src=x alt=img onerror=window.__pwned=this.alt><img src=y onerror=alert(document.domain)>,”`,
  `“&lt;script&gt;window.__pwned=2&lt;/script&gt; &amp; &#x3C;b&#x3E; &nbsp;,”`,
  `"javascript:window.__pwned=3,"`,
  `‘javascript:alert(1)’`,
  `“</mark><style>*{color:red !important}</style><mark data-pressmark=quote style='color:red'>,”`,
  `“<script>window.__pwned=4</script>,”`,
];

/**
 * A page with an empty article, and with the demo pages' own CSP (from fixture.html) if `csp`.
 * Served at embed-demo/hostile.html by the test's route: no such file exists.
 */
function hostilePage(csp) {
  const meta = readFileSync(`${WWW}embed-demo/fixture.html`, 'utf8').match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)[0];
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  ${csp ? meta : ''}
  <title>pressmark embedding: hostile text</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="../lib/pressmark.css">
  <link rel="stylesheet" href="demo.css">
</head>
<body>
  <article id="story"></article>
  <p id="after">A paragraph after the article.</p>
</body>
</html>`;
}

for (const csp of [true, false]) {
  for (const mode of ['highlight', 'mark']) {
    test(`${mode} mode, ${csp ? 'under the demo pages’ CSP' : 'without a CSP'}: hostile text is highlighted as text, and nothing runs, loads or restyles`, async () => {
      const context = await browser.newContext();
      const address = `${url}embed-demo/hostile.html`;
      await context.route(address, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: hostilePage(csp) }));
      const page = await context.newPage();
      const problems = await watchProblems(page);
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(address);

      const before = await page.evaluate(async (paragraphs) => {
        window.pressmark = await import('../lib/pressmark.js');
        await pressmark.init();
        const story = document.getElementById('story');
        for (const pieces of paragraphs) {
          const p = document.createElement('p');
          for (const piece of pieces) {
            if (typeof piece === 'string') {
              p.append(piece);
            } else {
              const el = document.createElement(piece[0]);
              if (piece[0] === 'a') el.href = '#after';
              el.textContent = piece[1];
              p.append(el);
            }
          }
          story.append(p);
        }
        // Every element but pressmark's marks: names, every computed style property, and the text.
        window.snapshot = () => {
          const els = [...document.querySelectorAll('*')].filter((el) => !el.matches('#story mark[data-pressmark]'));
          return {
            elements: els.map((el) => el.localName),
            styles: els.map((el) => {
              const cs = getComputedStyle(el);
              return [...cs].map((prop) => `${prop}: ${cs.getPropertyValue(prop)}`).join('; ');
            }),
            text: document.body.textContent,
            sheets: document.styleSheets.length,
            scripts: document.scripts.length,
            pwned: window.__pwned ?? null,
          };
        };
        window.original = story.innerHTML;
        return snapshot();
      }, HOSTILE);

      const handle = await page.evaluate((m) => {
        window.h = pressmark.highlightElement(document.getElementById('story'), { mode: m });
        return { mode: h.mode, text: h.text, quotes: h.analysis.quotes.map((q) => h.text.slice(q.start, q.end)) };
      }, mode);
      assert.equal(handle.mode, mode);
      assert.equal(handle.text, `${HOSTILE_TEXT}\n`, 'the text analysed is the text shown, entities and all (a break after each <p>)');
      // Pointing at the highlights, as a reader would (an onmouseover would fire now).
      await page.locator(mode === 'mark' ? '#story mark[data-pressmark="quote"]' : '#story p').first().hover();
      await page.locator('#after').hover();

      const during = await page.evaluate(() => ({
        ...snapshot(),
        marks: [...document.querySelectorAll('mark')].map((m) => ({
          attributes: m.getAttributeNames().join(' '),
          kind: m.dataset.pressmark,
          inStory: document.getElementById('story').contains(m),
          children: [...m.children].map((c) => c.localName).filter((n) => n !== 'mark'),
        })),
        red: [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).color === 'rgb(255, 0, 0)').length,
      }));
      const { marks, red, ...rest } = during;
      assert.equal(rest.pwned, null, 'no script ran');
      assert.deepEqual(rest.elements, before.elements, 'no element added but the marks, none removed');
      assert.equal(rest.text, before.text, 'textContent unchanged');
      assert.deepEqual(rest.styles, before.styles, 'the computed style of every other element unchanged');
      assert.deepEqual(rest, before);
      assert.equal(red, 0, 'nothing turned red');
      if (mode === 'highlight') {
        assert.deepEqual(marks, []);
      } else {
        assert.ok(marks.length > HOSTILE_QUOTES.length);
        for (const m of marks) {
          assert.equal(m.attributes, 'data-pressmark', 'a mark has its one attribute');
          assert.ok(KINDS.includes(m.kind) && m.inStory, JSON.stringify(m));
          assert.deepEqual(m.children, [], 'a mark holds text and marks only');
        }
      }

      // And all of it is highlighted, as text.
      const painted = mode === 'highlight' ? await highlighted(page) : await marked(page, '#story');
      for (const q of HOSTILE_QUOTES) {
        assert.ok(handle.quotes.includes(q), `found: ${q}`);
        assert.ok(painted.quote.includes(q), `painted: ${q} in ${JSON.stringify(painted.quote)}`);
      }
      assert.ok(painted.number.includes('3,000 workers') && painted.date.includes('late Monday'));

      const after = await page.evaluate(() => {
        h.clear();
        return { same: document.getElementById('story').innerHTML === original, registry: CSS.highlights.size, ...snapshot() };
      });
      assert.ok(after.same, 'clear() restores innerHTML byte for byte');
      assert.equal(after.registry, 0);
      const { same, registry, ...restored } = after;
      assert.deepEqual(restored, before);
      assert.deepEqual(dialogs, [], 'no dialog');
      assert.deepEqual(problems, [], 'no errors, no CSP violations: nothing even tried to run');
      const own = requests.filter((u) => u.startsWith(url)).map((u) => u.slice(url.length)).sort();
      assert.deepEqual(requests.filter((u) => !u.startsWith(url)), [], 'nothing from elsewhere');
      assert.deepEqual(own, ['embed-demo/demo.css', 'embed-demo/hostile.html', 'lib/guard.js', 'lib/pressmark.css', 'lib/pressmark.js', 'pkg/pressmark.js', 'pkg/pressmark_bg.wasm', DECODE_JS].sort(), 'no x, y or x.css');

      // The controls: the same string parsed as HTML runs here without a CSP, and is blocked and
      // reported under it, so the checks above would have seen it.
      const ran = await page.evaluate(() => new Promise((done) => {
        const probe = document.createElement('div');
        probe.innerHTML = "<img src=x onerror='window.__pwned=\"probe\"'>"; // the test's own, deliberate
        probe.firstChild.addEventListener('error', () => setTimeout(() => done(window.__pwned ?? null), 50));
      }));
      const reported = problems.filter((p) => !p.includes('status of 404')); // the probe's src=x
      if (csp) {
        assert.equal(ran, null);
        assert.deepEqual(reported.filter((p) => p.startsWith('CSP: ')), ['CSP: script-src-attr blocked inline']);
        assert.ok(reported.every((p) => p.startsWith('CSP: ') || p.includes('Content Security Policy')), reported.join('\n'));
      } else {
        assert.equal(ran, 'probe');
        assert.deepEqual(reported, []);
      }
      await context.close();
    });
  }
}
