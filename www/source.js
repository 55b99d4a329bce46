// The article exactly as pasted. A textarea's value turns every CRLF and lone CR into LF (HTML
// requires it), so the textarea alone cannot give back a Windows-edited article byte for byte.
// The page keeps the exact string beside it and patches it on every edit; the analysis,
// the output, the copy buttons and the JSON download all use this string.

/** What a textarea's value makes of `text`. */
export const normalize = (text) => text.replace(/\r\n?/g, '\n');

/**
 * The index in `exact` of index `i` of `normalize(exact)`: each CRLF before it counts twice.
 * One pass, only on an edit.
 */
export function toExact(exact, i) {
  if (!exact.includes('\r')) return i;
  let e = 0;
  for (let v = 0; v < i && e < exact.length; v += 1) e += exact[e] === '\r' && exact[e + 1] === '\n' ? 2 : 1;
  return e;
}

/**
 * Keeps `exact` in step with `textarea`. `paste` is the paste event: the text on the
 * clipboard is inserted as it is (CRs and all) into the exact string, and normalised into the
 * textarea. Every other edit (typing, deleting, dropping, undo) is found by comparing the old
 * and the new value, and copied into the exact string as typed.
 */
export class ExactText {
  constructor(textarea) {
    this.textarea = textarea;
    this.value = textarea.value;
    this.exact = textarea.value;
    this.pasted = null; // {start, end, text} between a paste and its input event
    this.detached = false; // the text is too long for the textarea and kept here only
  }

  /** Replaces everything, e.g. with the example article. */
  set(text) {
    this.exact = text;
    this.detached = false;
    this.textarea.value = text;
    this.value = this.textarea.value;
  }

  /**
   * Keeps `text` without putting it in the textarea, which is emptied. A textarea lays out all
   * its text at once: a quarter of a second or more per megabyte, every time it changes.
   */
  detach(text) {
    this.exact = text;
    this.detached = true;
    this.textarea.value = '';
    this.value = '';
  }

  /** What the exact text would be after pasting `text` over the textarea's selection. */
  pasting(text) {
    if (this.detached) return text;
    const { selectionStart: start, selectionEnd: end } = this.textarea;
    return this.exact.slice(0, toExact(this.exact, start)) + text + this.exact.slice(toExact(this.exact, end));
  }

  /**
   * Handles a paste event: remembers the clipboard's exact text for the input event that
   * follows. A real paste is left to the browser (one input event, and undo keeps working);
   * a synthetic one (tests, other scripts) has no default action, so it is spliced in here.
   * Not execCommand('insertText'): it inserts a multi-line text line by line, one input event
   * per line, which for a long article is minutes of work.
   */
  paste(event) {
    const text = event.clipboardData?.getData('text/plain');
    if (typeof text !== 'string') return;
    const { selectionStart: start, selectionEnd: end } = this.textarea;
    this.pasted = { start, end, text };
    if (event.isTrusted) return;
    event.preventDefault();
    this.textarea.setRangeText(normalize(text), start, end, 'end');
    this.textarea.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }

  /** Call on every input event: brings the exact string up to date with the textarea. */
  sync() {
    if (this.detached) return;
    const now = this.textarea.value;
    const was = this.value;
    const pasted = this.pasted;
    this.pasted = null;
    this.value = now;
    if (pasted) {
      const norm = normalize(pasted.text);
      const fits =
        now.length === was.length - (pasted.end - pasted.start) + norm.length &&
        now.slice(pasted.start, pasted.start + norm.length) === norm;
      if (fits) {
        this.splice(pasted.start, pasted.end, pasted.text);
        return;
      }
    }
    // Anything else: the changed middle between the common prefix and suffix.
    let p = 0;
    const max = Math.min(now.length, was.length);
    while (p < max && now.charCodeAt(p) === was.charCodeAt(p)) p += 1;
    let s = 0;
    while (s < max - p && now.charCodeAt(now.length - 1 - s) === was.charCodeAt(was.length - 1 - s)) s += 1;
    this.splice(p, was.length - s, now.slice(p, now.length - s));
  }

  /** Replaces [start, end) of the textarea's old value (value offsets) with `text` in the exact string. */
  splice(start, end, text) {
    if (!this.exact.includes('\r')) {
      this.exact = this.exact.slice(0, start) + text + this.exact.slice(end);
    } else {
      this.exact = this.exact.slice(0, toExact(this.exact, start)) + text + this.exact.slice(toExact(this.exact, end));
    }
    // Should never happen; if it does, the textarea wins rather than showing the wrong text.
    const same = this.exact.includes('\r') ? normalize(this.exact) === this.value : this.exact === this.value;
    if (!same) this.exact = this.value;
  }
}
