// The texts the Node benchmarks run on: the team-written articles in benches/texts, and, when
// ../shared/eval/data exists, the PolNeAR dev articles concatenated (as the reference
// figures use). `grow` repeats a text to a given length.
import { readFileSync, existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export const sources = {
  articles: ['harbour.txt', 'festival.txt'].map((f) => readFileSync(new URL(`benches/texts/${f}`, root), 'utf8')).join('\n'),
};
const polnear = new URL('../shared/eval/data/polnear_dev.jsonl', root);
if (existsSync(polnear)) {
  sources.polnear = readFileSync(polnear, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text).join('\n');
}

export const grow = (text, n) => text.repeat(Math.ceil(n / text.length)).slice(0, n);

/** pressmark's counts on the team-written articles, as benches/texts/expected.json records them. */
export const expected = JSON.parse(readFileSync(new URL('benches/texts/expected.json', root), 'utf8'));
