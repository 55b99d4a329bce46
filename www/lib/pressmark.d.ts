// Types for www/lib/pressmark.js. Every `start`/`end` is a half-open range in UTF-16 code units
// (JavaScript string indices) of the analysed text.

/** A half-open range `[start, end)` in UTF-16 code units. */
export interface Range16 {
  start: number;
  end: number;
}

export interface Quote extends Range16 {
  /** A clause or more in the speaker's words, or a phrase quoted in the reporter's sentence. */
  kind: 'full' | 'partial';
  /** Canonical name of the speaker's entity. */
  speaker: string | null;
  /** Index into `entities`. */
  speakerId: number | null;
  /** The speaker mention nearest the quote (outside it). */
  mention: Range16 | null;
  /** The attribution cue ("said", "according to"), outside the quote. */
  cue: Range16 | null;
  /** Index of the quote this one is nested in. */
  parent: number | null;
  /** Index of the previous part of a multi-paragraph quote. */
  continues: number | null;
}

/** A scare quote, title or term in quotation marks: no speaker, not a quotation. */
export type ScareQuote = Range16;

export interface Entity {
  id: number;
  name: string;
  mentions: Range16[];
}

/** A statement attributed without quotation marks. */
export interface Reported extends Range16 {
  speaker: string | null;
  speakerId: number | null;
  mention: Range16;
  cue: Range16 | null;
}

export interface NumberSpan extends Range16 {
  kind: 'count' | 'money' | 'percent' | 'measure' | 'fraction' | 'ordinal' | 'range' | 'year' | 'duration' | 'age';
  /** Normalised value. */
  value: number | null;
  /** High end of a range. */
  high: number | null;
  /** Unit of measure or currency, the counted noun, a ratio's word ("slope"), or a year's era ("BC"). */
  unit: string | null;
  /** As written, lower case ("more than"). */
  modifier: string | null;
}

export interface DateSpan extends Range16 {
  kind: 'weekday' | 'date' | 'relative' | 'time' | 'duration' | 'period';
}

/** What `analyze` returns: plain objects, each list sorted by `start`. */
export interface Analysis {
  quotes: Quote[];
  scareQuotes: ScareQuote[];
  entities: Entity[];
  reported: Reported[];
  numbers: NumberSpan[];
  dates: DateSpan[];
}

/** Which categories to look for; all true by default. Unknown keys throw. */
export interface AnalyzeOptions {
  quotes?: boolean;
  speakers?: boolean;
  numbers?: boolean;
  dates?: boolean;
}

/** A highlight kind: `data-pressmark="KIND"` and `CSS.highlights` entry `pressmark-KIND`. */
export type Kind = 'quote' | 'speaker' | 'number' | 'date';

export const KINDS: readonly Kind[];

/** What `init` accepts: a URL of the .wasm file, a fetch Response, its bytes or a compiled module. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the wasm module (by default `../pkg/pressmark_bg.wasm` next to this file). Idempotent:
 * later calls return the same promise; after a failure the next call retries.
 */
export function init(wasmUrlOrModule?: WasmSource | Promise<WasmSource>): Promise<void>;

/** Resolves once `init` has succeeded. Never rejects: await `init()` to see errors. */
export const ready: Promise<void>;

/**
 * Everything pressmark finds in `text`, offsets in UTF-16 code units.
 * @throws Error if called before `init()` resolves, if `text` is not a string or is longer than
 * 16 Mi code units (16,777,216), or on bad options;
 * and should the analyser panic (a bug), an Error whose `cause` is the `WebAssembly.RuntimeError`,
 * after which the module has been reset from the same compiled module: the next call works.
 */
export function analyze(text: string, options?: AnalyzeOptions | null): Analysis;

/** The analyser's version, the same as the package's. @throws Error before `init()` resolves. */
export function version(): string;

/** One highlight: what `spans` returns. */
export interface Span extends Range16 {
  kind: Kind;
}

/**
 * Every highlight of `analysis` of a kind in `kinds` (default all), sorted by start, longer first
 * (then quote, speaker, number, date), so that they nest: ready for editor decorations.
 * Speakers are the mentions of quotes, reported statements and entities, each span once.
 */
export function spans(analysis: Analysis, kinds?: readonly Kind[]): Span[];

export interface HighlightOptions {
  /** Kinds to paint; default all four. */
  kinds?: Kind[];
  /**
   * 'highlight': CSS Custom Highlight API ranges, no DOM change (default where supported).
   * 'mark': `<mark data-pressmark>` around text pieces (the fallback where it is not).
   */
  mode?: 'highlight' | 'mark';
  /** Passed to `analyze`. */
  analysis?: AnalyzeOptions;
}

export interface HighlightHandle {
  /** The analysis of `text`. */
  readonly analysis: Analysis;
  /** The element's text as analysed: its text nodes in order, a "\n" between blocks. */
  readonly text: string;
  /** The mode actually used. */
  readonly mode: 'highlight' | 'mark';
  readonly element: Element;
  /**
   * Removes this handle's highlights: its ranges from the shared Highlight objects, or its marks
   * (original text nodes restored, so `innerHTML` is as before). Idempotent.
   */
  clear(): void;
}

/**
 * Highlights `element`'s text in place, across inline markup, leaving links and listeners
 * working. Clears an earlier highlight of the same element, an ancestor or a descendant first.
 * @throws Error before `init()` resolves, or on bad options.
 */
export function highlightElement(element: Element, options?: HighlightOptions): HighlightHandle;
