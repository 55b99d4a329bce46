import type { HighlightHandle } from './pressmark.js';

/** The handles of the elements auto.js highlighted; rejects if the wasm module failed to load. */
export const done: Promise<HighlightHandle[]>;
