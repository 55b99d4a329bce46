// A team-written article typed into the page: which exact strings light up as which kind, in
// which colour, and what hovering and the legend do.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, setText, waitForRender, highlights, legendCounts, KINDS } from './helpers.mjs';

// One page for the whole file (opening one costs most of a second here); each test sets its text.
let env;
let page;
before(async () => {
  env = await setup();
  ({ page } = await openPage(env));
});
after(async () => { await env?.close(); });

const ARTICLE = [
  '"We are ready," the mayor said on Tuesday, as 3,000 workers returned to the plant.',
  '',
  '"Nobody will lose a job this year," said Tomas Berg, the plant manager.',
  '',
  'The union said 45 percent of members had voted. "It is a fair deal," Berg said late Monday.',
].join('\n');

test('a typed article: exact strings are highlighted as quote, speaker, number and date', async () => {
  await page.locator('#input').fill('');
  await page.locator('#input').pressSequentially(ARTICLE.slice(0, 16)); // keystrokes, as a person types
  await page.locator('#input').fill(ARTICLE); // then a paste of the rest
  await waitForRender(page);
  const marks = await highlights(page);
  const kindOf = (text) => marks.filter((m) => m.text === text).map((m) => m.kind);

  assert.deepEqual(kindOf('"We are ready,"'), ['quote']);
  assert.deepEqual(kindOf('"Nobody will lose a job this year,"'), ['quote']);
  assert.deepEqual(kindOf('"It is a fair deal,"'), ['quote']);
  assert.deepEqual(kindOf('the mayor'), ['speaker']);
  assert.deepEqual(kindOf('Tomas Berg'), ['speaker']);
  assert.deepEqual(kindOf('Berg'), ['speaker']);
  assert.deepEqual(kindOf('3,000 workers'), ['number']);
  assert.deepEqual(kindOf('45 percent'), ['number']);
  assert.deepEqual(kindOf('Tuesday'), ['date']);
  assert.deepEqual(kindOf('late Monday'), ['date']);
  // A date inside a quote is nested inside the quote's element.
  const thisYear = marks.find((m) => m.text === 'this year');
  assert.equal(thisYear?.kind, 'date');
  assert.deepEqual(thisYear.inside, ['quote']);
  // Plain words stay plain.
  assert.ok(!marks.some((m) => m.text.includes('returned to the plant')));

  const titles = Object.fromEntries(marks.filter((m) => m.kind === 'quote').map((m) => [m.text, m.title]));
  assert.equal(titles['"We are ready,"'], 'Quote by the mayor');
  assert.equal(titles['"It is a fair deal,"'], 'Quote by Tomas Berg');

  const legend = await legendCounts(page);
  for (const kind of KINDS) assert.equal(legend[kind], marks.filter((m) => m.kind === kind).length, kind);
});

test('each kind has its own background colour, taken from the --pressmark-* properties', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await setText(page, ARTICLE);
    const colours = await page.evaluate((kinds) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const out = {};
      for (const kind of kinds) {
        const el = document.querySelector(`#output [data-pressmark="${kind}"]`);
        probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(`--pressmark-${kind}`).trim();
        out[kind] = { mark: getComputedStyle(el).backgroundColor, property: getComputedStyle(probe).color };
      }
      probe.remove();
      return out;
    }, KINDS);
    const backgrounds = KINDS.map((k) => colours[k].mark);
    assert.equal(new Set(backgrounds).size, 4, `${colorScheme}: four different colours ${backgrounds}`);
    for (const kind of KINDS) {
      assert.notEqual(colours[kind].mark, 'rgba(0, 0, 0, 0)', `${colorScheme} ${kind} is coloured`);
      assert.equal(colours[kind].mark, colours[kind].property, `${colorScheme} ${kind} uses --pressmark-${kind}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('restyling: setting --pressmark-number on the page recolours numbers', async () => {
  await setText(page, ARTICLE);
  await page.evaluate(() => document.documentElement.style.setProperty('--pressmark-number', 'rgb(255, 0, 0)'));
  const bg = await page.locator('#output [data-pressmark="number"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.evaluate(() => document.documentElement.style.removeProperty('--pressmark-number'));
  assert.equal(bg, 'rgb(255, 0, 0)');
});

test('hovering or focusing a quote names its speaker and lights up their mentions', async () => {
  await setText(page, ARTICLE);
  const quote = page.locator('#output [data-pressmark="quote"]', { hasText: 'It is a fair deal' });
  await quote.hover();
  assert.equal(await page.locator('#detail').textContent(), 'Quote by Tomas Berg');
  const lit = await page.locator('#output .is-linked').evaluateAll((els) => els.map((e) => `${e.dataset.pressmark}:${e.textContent}`));
  assert.ok(lit.includes('speaker:Tomas Berg') && lit.includes('speaker:Berg'), `speaker mentions lit: ${lit}`);
  assert.ok(!lit.includes('speaker:the mayor'), 'other speakers stay unlit');
  await page.mouse.move(0, 0);
  assert.equal(await page.locator('#output .is-linked').count(), 0);

  await page.locator('#output [data-pressmark="quote"]').first().focus();
  assert.equal(await page.locator('#detail').textContent(), 'Quote by the mayor');
  assert.equal(await page.locator('#output [data-pressmark="speaker"].is-linked').textContent(), 'the mayor');
});

test('legend items hide and show their kind', async () => {
  await setText(page, ARTICLE);
  const toggle = page.locator('.legend-item[data-kind="number"]');
  const number = page.locator('#output [data-pressmark="number"]').first();
  const bg = () => number.evaluate((el) => getComputedStyle(el).backgroundColor);
  const shown = await bg();
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  assert.equal(await page.locator('#output [data-pressmark="date"]').first().evaluate((el) => getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)'), false, 'other kinds stay');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await bg(), shown);
});

test('"Who is quoted or cited" lists the speakers; pressing one goes to their first quote', async () => {
  await setText(page, ARTICLE);
  const rows = await page.locator('#sources .source').evaluateAll((els) =>
    els.map((e) => [e.querySelector('.source-name').textContent, e.querySelector('.source-count').textContent]));
  assert.equal(rows[0][0], 'Tomas Berg', `most quoted first: ${JSON.stringify(rows)}`);
  assert.match(rows[0][1], /^2 quotes\b/);
  assert.ok(rows.some(([name, count]) => name === 'the mayor' && count.startsWith('1 quote')), JSON.stringify(rows));
  await page.locator('#sources .source', { hasText: 'Tomas Berg' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '"Nobody will lose a job this year,"');
  assert.equal(await page.locator('#detail').textContent(), 'Quote by Tomas Berg');
});
