//! Quotation marks paired into quotes.
//!
//! # Marks
//!
//! Every common style pairs: straight and curly double and single quotes, `« »` and `‹ ›`
//! (either way round, with or without the inner spaces of French typography), German `„ “` and
//! `‚ ‘`, `「」` and `『』`, ``` ``…'' ``` and the doubled apostrophes `''…''` of some wire
//! copy. A mark is classified by what flanks it: one after a space or an opening bracket and
//! before a letter opens, one after a letter or punctuation and before a space or punctuation
//! closes; straight marks that could do either close when a quote of their family is open.
//!
//! # Apostrophes
//!
//! An apostrophe is never a quote mark: between letters (`don't`, `Russia’s`, `o’clock`),
//! eliding the start of a word (`’90s`, `rock ’n’ roll`, `'em`), or after the `s` of a plural
//! possessive (`the Joneses’ house`, `students' union`). The last is told apart from a closing
//! single quote by position: it is an apostrophe when no quote is open, or when another closing
//! mark for the open quote follows later in the paragraph.
//!
//! # Pairing, nesting and recovery
//!
//! Marks pair like brackets within a paragraph, each family (double, single, guillemets,
//! corner brackets) with its own kind, so `‘…’` inside `“…”` is a nested quote
//! ([`Quote::parent`](crate::Quote::parent)). A mark still open at the end of a paragraph is
//! dropped, so an unbalanced mark never swallows the rest of the article, with one exception:
//! when the next paragraph opens with a mark of the same family and style (straight or
//! typographic), the quotation runs on (news style repeats the opening mark on each paragraph
//! of a long quotation and closes it only at the end), and each paragraph's part is a quote
//! that [`continues`](crate::Quote::continues) the previous one. A quotation run on that never
//! closes (a pasted excerpt whose every paragraph opens a mark) is dropped whole.
//!
//! # Kinds
//!
//! * **Full**: a clause or more in the speaker's words: every part of a multi-paragraph quote;
//!   a quote that opens a sentence (at the start of a paragraph, or after `.`, `?`, `!`, `:`,
//!   `;`, a comma, a dash or a bracket) and ends in sentence or clause punctuation, or has two
//!   words or more (six letters or more in scripts without spaces); or four words or more that
//!   start with a capital and end in sentence or clause punctuation.
//! * **Partial**: a phrase quoted inside the reporter's own sentence: the mark follows a word
//!   (`urged Russia to "immediately" de-escalate`, `Blinken "emphasized that …"`).
//! * **Scare**: scare quotes, titles and terms, which have no speaker and are not quotations:
//!   a run of at most eight capitalised words (small words such as `of` and `the` aside) that
//!   does not both open a sentence and end in punctuation (`on "Face the Nation,"`,
//!   `documentary "13th"`), unless a speech verb comes right before it (`chanted "Lock Them
//!   Up"`); whatever is quoted after a word that gives a name (`known as the "harbour
//!   charge"`, `dubbed`, `titled`, `so-called`); a title after the work it names (`her
//!   memoir, "A Town Under Water,"`); a paragraph that is only a quoted title (a subhead);
//!   and (decided by [`crate::speakers`]) any partial quote for which no speaker is found in
//!   its sentence (`the so-called "temporary" closure`).
//!
//! Everything here is linear: each mark is looked at once, and the stack of open marks has a
//! fixed depth.

use crate::span::Span;
use crate::text::Doc;
use crate::{Quote, QuoteKind};

/// Open marks deeper than this are forgotten (the oldest first): real nesting is two or three
/// levels, and a fixed depth keeps pairing linear on hostile input.
const MAX_DEPTH: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A mark that opens when no quote of its family is open, and closes one otherwise.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    start: usize,
    end: usize,
    family: Family,
    role: Role,
    /// The character, so that `»…«` and `«…»` pair only with their own counterpart.
    ch: char,
    /// A single closing mark that may be a plural possessive (`students' union`).
    possessive: bool,
    /// `="…"`: an attribute value in markup, never a quotation.
    markup: bool,
}

/// A raw pair before sorting: `cont` is the index in `raw` of the previous paragraph's part.
struct Raw {
    span: Span,
    cont: Option<usize>,
    /// Part of a multi-paragraph quote that runs to its paragraph's end.
    open_ended: bool,
    /// Part of a multi-paragraph quote that never closes.
    dropped: bool,
}

/// An open mark on the stack.
#[derive(Clone, Copy)]
struct Open {
    mark: Mark,
    /// The previous paragraph's part this mark continues.
    cont: Option<usize>,
}

/// Finds the quotes in `doc`, sorted by start (an outer quote before the quotes nested in it).
pub fn find(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let mut raw: Vec<Raw> = Vec::new();
    // The previous paragraph's unclosed part, waiting for a paragraph that opens with a mark of
    // the same family.
    let mut carry: Option<(usize, Family)> = None;
    let mut marks: Vec<Mark> = Vec::new();
    let mut stack: Vec<Open> = Vec::with_capacity(MAX_DEPTH);
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        marks.clear();
        scan_marks(text, *para, &mut marks);
        resolve_possessives(&mut marks);
        stack.clear();
        let pending = carry.take();
        for (mi, &m) in marks.iter().enumerate() {
            let top_match = stack.iter().rposition(|o| o.mark.family == m.family && pairs_with(o.mark, m));
            let close = m.role != Role::Open && !m.possessive && top_match.is_some();
            if close {
                let at = top_match.unwrap_or(0);
                let o = stack[at];
                stack.truncate(at);
                if !o.mark.markup {
                    raw.push(Raw { span: Span::new(o.mark.start, m.end), cont: o.cont, open_ended: false, dropped: false });
                }
                continue;
            }
            if m.role == Role::Close || m.possessive {
                continue;
            }
            if stack.len() == MAX_DEPTH {
                stack.remove(0);
            }
            let cont = match pending {
                Some((idx, fam)) if mi == 0 && m.start == para.start && fam == m.family => Some(idx),
                _ => None,
            };
            stack.push(Open { mark: m, cont });
        }
        // An open mark at the paragraph's end runs on only if the next paragraph reopens it.
        if let Some(o) = stack.first() {
            let runs_on = !o.mark.markup && doc.paragraphs.get(pi + 1).is_some_and(|next| opens_paragraph(text, *next, o.mark));
            if runs_on {
                raw.push(Raw { span: Span::new(o.mark.start, para.end), cont: o.cont, open_ended: true, dropped: false });
                carry = Some((raw.len() - 1, o.mark.family));
            } else {
                // A quotation run on over paragraphs that never closes is an unbalanced mark
                // repeated (pasted excerpts, transcripts): all its parts go.
                let mut part = o.cont;
                while let Some(k) = part {
                    raw[k].dropped = true;
                    part = raw[k].cont;
                }
            }
        }
    }
    finish(doc, raw)
}

/// Sorts the pairs, links nesting and continuation by final index, and classifies each.
fn finish(doc: &Doc, raw: Vec<Raw>) -> Vec<Quote> {
    // No part kept continues a dropped one: a whole quotation is dropped, or none of it.
    let mut order: Vec<usize> = (0..raw.len()).filter(|&i| !raw[i].dropped).collect();
    crate::sort_by(&mut order, |&i| (raw[i].span.start as u64, u64::MAX - raw[i].span.end as u64, 0));
    let mut index_of = vec![0usize; raw.len()];
    for (k, &i) in order.iter().enumerate() {
        index_of[i] = k;
    }
    let mut out: Vec<Quote> = Vec::with_capacity(raw.len());
    // Enclosing quotes by end offset; pairs never cross, so a stack finds each parent.
    let mut enclosing: Vec<usize> = Vec::new();
    for &i in &order {
        let r = &raw[i];
        while let Some(&top) = enclosing.last() {
            if out[top].end >= r.span.end && out[top].start <= r.span.start {
                break;
            }
            enclosing.pop();
        }
        let mut q = Quote::new(r.span, QuoteKind::Full);
        q.parent = enclosing.last().copied();
        q.continues = r.cont.map(|c| index_of[c]);
        q.kind = classify(doc, r.span, r.open_ended || r.cont.is_some());
        enclosing.push(out.len());
        out.push(q);
    }
    out
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„' | '‚' | '「' | '」' | '『' | '』' | '`')
}

/// What may stand before an opening mark.
fn opens_after(p: Option<char>) -> bool {
    p.is_none_or(|p| p.is_whitespace() || "([{<—–―-/:;".contains(p) || is_quote_char(p))
}

/// What may stand after a closing mark.
fn closes_before(n: Option<char>) -> bool {
    n.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}>…—–―-/*".contains(n) || is_quote_char(n))
}

/// Words that start with an elided letter: `’n’`, `'em`, `’til`, `’cause`.
const ELISIONS: crate::lexicon::List = words!["n", "em", "til", "cause", "tis", "twas", "bout", "round", "s"];

/// An apostrophe at `pos` (after a space) that elides the start of a word (`’90s`, `’n’`).
fn elides(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let word_len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let word = &rest[..word_len];
    if word.is_empty() {
        return false;
    }
    if word.as_bytes()[0].is_ascii_digit() {
        // ’90s, ’08: two digits, maybe an `s`.
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        return digits == 2 && (word.len() == 2 || &word[2..] == "s");
    }
    crate::lexicon::contains(ELISIONS, word)
}

/// Every quote mark starts with one of these bytes (« and » with C2, the curly marks, ‹ › „ ‚
/// with E2, the corner brackets with E3).
const MAY_START: [bool; 256] = crate::text::byte_set(b"\"'`\xC2\xE2\xE3");

/// The first position from `from` on of a byte of [`MAY_START`]. Most of a text is none, so it
/// is passed over eight bytes a step: a step stops only where a byte is `"`, `'`, `` ` `` or
/// outside ASCII (SWAR: a lane of `x ^ b` is zero where `x` has `b`), and only there are the
/// bytes looked up one by one.
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // The lanes of `x` equal to `b` have their top bit set (and, past one, maybe others: the
    // bytes are looked up after anyway).
    let has = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
        let x = u64::from_le_bytes(*chunk);
        if x & HIGH | has(x, b'"') | has(x, b'\'') | has(x, b'`') != 0 {
            if let Some(k) = chunk.iter().position(|&b| MAY_START[usize::from(b)]) {
                return Some(i + k);
            }
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|&b| MAY_START[usize::from(b)]).map(|k| i + k)
}

/// Collects the quote marks of one paragraph in order.
fn scan_marks(text: &str, para: Span, out: &mut Vec<Mark>) {
    let p = para.of(text);
    let base = para.start;
    let bytes = p.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match next_mark_byte(bytes, i) {
            Some(k) => i = k,
            None => break,
        }
        let Some(c) = p.get(i..).and_then(|r| r.chars().next()) else { break };
        let at = i;
        i += c.len_utf8();
        if !is_quote_char(c) {
            continue;
        }
        let prev = p[..at].chars().next_back();
        let start = base + at;
        // Runs of straight apostrophes or backticks: two make a double mark.
        if c == '\'' || c == '`' {
            let mut n = 1;
            while n < 3 && bytes.get(i) == Some(&(c as u8)) {
                n += 1;
                i += 1;
            }
            let end = start + n;
            let next = text.get(end..).and_then(|s| s.chars().next());
            let (lo, ro) = (opens_after(prev), closes_before(next));
            let role = flank_role(lo, ro);
            if c == '`' {
                if n >= 2 {
                    out.push(mark(start, start + 2, Family::Double, Role::Open, c));
                } else if lo {
                    out.push(mark(start, end, Family::Single, Role::Open, c));
                }
            } else if n >= 2 {
                let double_first = role != Role::Close;
                let (d0, s0) = if double_first { (start, start + 2) } else { (end - 2, start) };
                let push_double = |out: &mut Vec<Mark>| out.push(mark(d0, d0 + 2, Family::Double, role, '"'));
                if n == 3 && double_first {
                    push_double(out);
                    out.push(mark(start + 2, end, Family::Single, role, c));
                } else if n == 3 {
                    out.push(mark(s0, s0 + 1, Family::Single, role, c));
                    push_double(out);
                } else {
                    push_double(out);
                }
            } else {
                single(text, start, end, prev, next, c, out);
            }
            continue;
        }
        let end = start + c.len_utf8();
        let next = p[i..].chars().next();
        let (lo, ro) = (opens_after(prev), closes_before(next));
        match c {
            '"' => {
                let mut m = mark(start, end, Family::Double, flank_role(lo, ro), c);
                m.markup = prev == Some('=');
                out.push(m);
            }
            '“' => {
                // Opens, or closes in German (`„…“`) and in careless typing (`word.“`).
                let role = if !lo && ro { Role::Either } else { Role::Open };
                out.push(mark(start, end, Family::Double, role, c));
            }
            '”' => {
                // Swedish and careless typing also open with it.
                let role = if lo && !ro { Role::Either } else { Role::Close };
                out.push(mark(start, end, Family::Double, role, c));
            }
            '„' => out.push(mark(start, end, Family::Double, Role::Open, c)),
            '‘' | '’' | '‚' => single(text, start, end, prev, next, c, out),
            '«' | '»' => out.push(mark(start, end, Family::Guillemet, Role::Either, c)),
            '‹' | '›' => out.push(mark(start, end, Family::SingleGuillemet, Role::Either, c)),
            '「' => out.push(mark(start, end, Family::Corner, Role::Open, c)),
            '」' => out.push(mark(start, end, Family::Corner, Role::Close, c)),
            '『' => out.push(mark(start, end, Family::WhiteCorner, Role::Open, c)),
            '』' => out.push(mark(start, end, Family::WhiteCorner, Role::Close, c)),
            _ => {}
        }
    }
}

fn mark(start: usize, end: usize, family: Family, role: Role, ch: char) -> Mark {
    Mark { start, end, family, role, ch, possessive: false, markup: false }
}

fn flank_role(opens: bool, closes: bool) -> Role {
    match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// A single mark (`'`, `‘`, `’`, `‚`), unless it is an apostrophe.
#[allow(clippy::too_many_arguments)]
fn single(text: &str, start: usize, end: usize, prev: Option<char>, next: Option<char>, c: char, out: &mut Vec<Mark>) {
    let letter_before = prev.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return; // don't, Russia’s, o’clock
    }
    let (lo, ro) = (opens_after(prev), closes_before(next));
    if c == '‚' {
        if lo && letter_after {
            out.push(mark(start, end, Family::Single, Role::Open, c));
        }
        return;
    }
    if lo && !ro {
        if c == '’' || elides(text, end) {
            return; // ’90s, ’n’, 'em
        }
        out.push(mark(start, end, Family::Single, Role::Open, c));
    } else if !lo && ro {
        if c == '‘' && !letter_before {
            // `‘` after punctuation and before a space: German closing mark.
            out.push(mark(start, end, Family::Single, Role::Close, c));
            return;
        }
        let mut m = mark(start, end, Family::Single, Role::Close, c);
        // students' union, the Joneses’ boat: after an `s`, before a space and a word.
        let after = text.get(end..).unwrap_or("");
        let mut rest = after.chars();
        m.possessive = matches!(prev, Some('s' | 'S'))
            && rest.next().is_some_and(|c| c == ' ')
            && rest.next().is_some_and(char::is_alphanumeric);
        out.push(m);
    } else if c == '‘' && lo {
        out.push(mark(start, end, Family::Single, Role::Open, c));
    }
}

/// A possessive-looking closing mark closes a single quote only when no plain closing single
/// mark follows in the paragraph; otherwise it stays an apostrophe.
fn resolve_possessives(marks: &mut [Mark]) {
    let mut later_close = false;
    for m in marks.iter_mut().rev() {
        if m.family != Family::Single || m.role == Role::Open {
            continue;
        }
        if m.possessive {
            if !later_close {
                m.possessive = false;
            }
        } else {
            later_close = true;
        }
    }
}

/// Whether the open mark `o` pairs with `m` of the same family: guillemets pair only with
/// their counterpart, so `»…«` and `«…»` both work.
fn pairs_with(o: Mark, m: Mark) -> bool {
    match m.family {
        Family::Guillemet | Family::SingleGuillemet => o.ch != m.ch,
        _ => true,
    }
}

/// Whether paragraph `para` starts with an opening mark of `open`'s family, and straight
/// (`"`, `''`) where `open` is straight, typographic where it is: a paragraph that reopens a
/// quotation repeats its opening mark, and a straight mark after a curly one (or the other
/// way round) starts a quotation pasted from elsewhere.
fn opens_paragraph(text: &str, para: Span, open: Mark) -> bool {
    let p = para.of(text);
    let mut cs = p.chars();
    let (Some(c), next) = (cs.next(), cs.next()) else { return false };
    if c.is_ascii() != open.ch.is_ascii() {
        return false;
    }
    match open.family {
        Family::Double => matches!(c, '"' | '“' | '„' | '”' | '«') || (c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`')),
        Family::Single => matches!(c, '\'' | '‘' | '‚') && next != Some('\''),
        Family::Guillemet => matches!(c, '«' | '»'),
        Family::SingleGuillemet => matches!(c, '‹' | '›'),
        Family::Corner => c == '「',
        Family::WhiteCorner => c == '『',
    }
}

/// The documented criteria for [`QuoteKind`] that need only the text (see the module docs).
fn classify(doc: &Doc, span: Span, multi_paragraph: bool) -> QuoteKind {
    let text = doc.text;
    let inner = inner_text(text, span);
    if multi_paragraph {
        return QuoteKind::Full;
    }
    // Only counts up to nine are told apart below: a long quote is not read to its end.
    let words = inner.split_whitespace().take(9).count();
    let para = doc.paragraph_of(span.start).map_or(span, |p| doc.paragraphs[p]);
    let before = text.get(para.start..span.start).unwrap_or("").trim_end();
    let sentence_start = before.is_empty()
        || before.ends_with(['.', ':', '?', '!', ',', ';', '—', '–', '―', '(', '-'])
        || before.chars().next_back().is_some_and(is_quote_char);
    let trimmed = inner.trim_end_matches(is_quote_char);
    let clause_end = trimmed.trim_end().ends_with([',', '.', '?', '!', '…', '—']);
    // A name given (`known as the "Buffett rule"`, `dubbed "Operation Dawn"`), whatever its
    // case; a title after the work it names (`her book, "The Long Road,"`); a paragraph that
    // is nothing but a quoted title (a subhead: `'All Bets Are Off.'`).
    let lead = before.trim_end_matches([',', ':']).trim_end();
    let title = words <= 8 && looks_like_title(inner);
    let whole_paragraph = before.is_empty() && text.get(span.end..para.end).is_some_and(|rest| rest.trim().is_empty());
    if NAMING.iter().any(|w| ends_with_word(before, w))
        || title && (WORKS.iter().any(|w| ends_with_word(lead, w)) || whole_paragraph && words >= 2)
    {
        return QuoteKind::Scare;
    }
    if sentence_start && clause_end {
        return QuoteKind::Full;
    }
    // Right after a speech verb (`chanted "Lock Her Up"`, `said: "Never Again"`), capitals
    // make no title.
    let after_cue = before.trim_end_matches([',', ':']).trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| !w.is_empty() && w.chars().all(char::is_lowercase) && crate::lexicon::CUE_VERBS.contains(w));
    if title && !after_cue {
        return QuoteKind::Scare;
    }
    if (sentence_start && (words >= 2 || inner.chars().filter(|c| c.is_alphanumeric()).count() >= 6)) || (words >= 4 && clause_end && inner.chars().next().is_some_and(char::is_uppercase)) {
        return QuoteKind::Full;
    }
    // A phrase in the reporter's sentence; `speakers` turns it into a scare quote when the
    // sentence names nobody who said it.
    QuoteKind::Partial
}

/// The text between the marks.
pub(crate) fn inner_text(text: &str, span: Span) -> &str {
    let s = span.of(text);
    let s = s.trim_start_matches(|c: char| is_quote_char(c));
    s.trim_end_matches(|c: char| is_quote_char(c))
}

/// A short run of capitalised words (small function words aside): `Face the Nation`,
/// `Contract with America.`, `13th`.
fn looks_like_title(inner: &str) -> bool {
    let t = inner.trim().trim_end_matches([',', '.', '?', '!']);
    if t.is_empty() {
        return false;
    }
    let mut any = false;
    for w in t.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            any = true;
            continue;
        }
        if !crate::lexicon::contains(SMALL_WORDS, w) {
            return false;
        }
    }
    any
}

/// Whether `s` ends with the words `w` (lower case), whole: after a space or at its start.
fn ends_with_word(s: &str, w: &str) -> bool {
    let Some(k) = s.len().checked_sub(w.len()) else { return false };
    s.get(k..).is_some_and(|end| end.eq_ignore_ascii_case(w)) && s[..k].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// What gives a name, which the quotation marks after it enclose.
const NAMING: &[&str] = &["known as", "known as the", "known as a", "dubbed", "dubbed the", "titled", "entitled", "so-called", "nicknamed", "billed as"];

/// Works whose title may follow them in quotation marks.
const WORKS: &[&str] = &["book", "film", "movie", "documentary", "song", "album", "novel", "play", "series", "column", "essay", "article", "poem", "memoir", "op-ed", "podcast", "episode", "headline", "editorial"];

/// Function words that stay lower case inside a title.
const SMALL_WORDS: crate::lexicon::List = words!["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs", "de", "la", "le", "du", "von", "van"];

#[cfg(test)]
mod tests {
    use super::*;

    /// `next_mark_byte` finds what a byte loop finds: every byte value in every lane of a step
    /// (the others plain letters), from every start, in texts that end mid-step, and with a
    /// second candidate after the first.
    #[test]
    fn next_mark_byte_finds_what_a_byte_loop_finds() {
        let by_bytes = |bytes: &[u8], from: usize| bytes.iter().skip(from).position(|&b| MAY_START[usize::from(b)]).map(|k| from + k);
        for b in 0..=255u8 {
            for len in [1, 7, 8, 9, 16, 19] {
                for lane in 0..len {
                    let mut v = vec![b'a'; len];
                    v[lane] = b;
                    if lane + 2 < len {
                        v[lane + 2] = b'"';
                    }
                    for from in 0..=len {
                        assert_eq!(next_mark_byte(&v, from), by_bytes(&v, from), "{b:#x} at {lane} of {len}, from {from}");
                    }
                }
            }
        }
    }

    fn quotes(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        find(&doc).iter().map(|q| q.span().of(text)).collect()
    }

    #[test]
    fn styles() {
        let cases: &[(&str, &str)] = &[
            ("He said \"yes, we will\" twice.", "\"yes, we will\""),
            ("He said “yes, we will” twice.", "“yes, we will”"),
            ("He said ‘yes, we will’ twice.", "‘yes, we will’"),
            ("Il a dit « oui, nous irons » hier.", "« oui, nous irons »"),
            ("Il a dit «oui» hier.", "«oui»"),
            ("Er sagte „ja, wir kommen“ gestern.", "„ja, wir kommen“"),
            ("Er sagte »ja, wir kommen« gestern.", "»ja, wir kommen«"),
            ("Er sagte ‚ja‘ gestern.", "‚ja‘"),
            ("Il a dit ‹ oui › hier.", "‹ oui ›"),
            ("彼は「はい」と言った。", "「はい」"),
            ("彼は『はい』と言った。", "『はい』"),
            ("He said ``yes, we will'' twice.", "``yes, we will''"),
            ("He said ''yes, we will'' twice.", "''yes, we will''"),
        ];
        for (text, want) in cases {
            assert_eq!(quotes(text), [*want], "in {text:?}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        for text in [
            "Don't say the ’90s were Russia’s best years.",
            "A rock ’n’ roll night at eight o’clock.",
            "The Joneses’ house and the students' union were shut.",
            "They left 'em there in '98 for the fishermen's sake.",
        ] {
            assert!(quotes(text).is_empty(), "{text:?} gave {:?}", quotes(text));
        }
    }

    #[test]
    fn plural_possessive_inside_a_single_quote() {
        assert_eq!(quotes("She said 'the students' union is closed' today."), ["'the students' union is closed'"]);
        assert_eq!(quotes("The parents called it ‘the teachers’ fault’ again."), ["‘the teachers’ fault’"]);
    }

    #[test]
    fn nesting_and_parts() {
        let text = "“He told me ‘never again,’ and left,” she said.";
        let doc = Doc::new(text);
        let q = find(&doc);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].span().of(text), "‘never again,’");
        assert_eq!(q[1].parent, Some(0));
        let text = "“First part.\n“Second part.\n“Third part,” she said.";
        let q = find(&Doc::new(text));
        let got: Vec<(&str, Option<usize>)> = q.iter().map(|q| (q.span().of(text), q.continues)).collect();
        assert_eq!(got, [("“First part.", None), ("“Second part.", Some(0)), ("“Third part,”", Some(1))]);
    }

    #[test]
    fn unbalanced_marks_stop_at_the_paragraph() {
        assert_eq!(quotes("He said “never.\nThen “yes,” she said."), ["“yes,”"]);
        assert_eq!(quotes("A ” stray ” close and “ an open."), Vec::<&str>::new());
    }

    #[test]
    fn a_quotation_run_on_over_paragraphs_must_close() {
        // Each paragraph of a pasted excerpt opens a mark that nothing closes: no quotation.
        assert!(quotes("The filing reads:\n\"Crews never checked the valves.\n\"The log was blank for weeks.\nThe firm denies it.").is_empty());
        assert!(quotes("\"The lights went out.\n\"Nobody moved.").is_empty());
        // Closed in its last paragraph, it is one quotation in three parts.
        assert_eq!(quotes("\"The lights went out.\n\"Nobody moved.\n\"Then we ran,\" he said."), ["\"The lights went out.", "\"Nobody moved.", "\"Then we ran,\""]);
        // A straight mark is not reopened by a curly one, nor the other way round: the next
        // paragraph is a quotation of its own.
        assert_eq!(quotes("\"The lights went out.\n“Nobody moved,” he said."), ["“Nobody moved,”"]);
        assert_eq!(quotes("“The lights went out.\n\"Nobody moved,\" he said."), ["\"Nobody moved,\""]);
        assert_eq!(quotes("„Das Licht ging aus.\n„Niemand rührte sich“, sagte er."), ["„Das Licht ging aus.", "„Niemand rührte sich“"]);
    }

    /// Marks that never pair, or pair by the thousand, cost about what ordinary text of the
    /// same size does (generous ratio, best of three; anything quadratic fails by far).
    #[test]
    fn time_is_linear_in_marks() {
        use std::time::{Duration, Instant};
        fn best(text: &str) -> Duration {
            (0..3)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(crate::analyze(std::hint::black_box(text)));
                    t.elapsed()
                })
                .min()
                .unwrap_or_default()
        }
        let ordinary = "\"We will open the bridge soon,\" the mayor said, and 30 workers agreed. ";
        let cases = [
            "\" ".repeat(100_000),
            "“".repeat(100_000),
            "” x ".repeat(50_000),
            "\"a b\" ".repeat(50_000),
            "'tis ’s ‘ ".repeat(30_000),
            "«‹„‚「『".repeat(20_000),
        ];
        for text in &cases {
            let base = ordinary.repeat(text.len() / ordinary.len() + 1);
            let (t, b) = (best(text), best(&base).max(Duration::from_millis(1)));
            let r = t.as_secs_f64() / b.as_secs_f64();
            assert!(r < 10.0, "{:?}…: {r:.1}x ordinary text ({t:?} vs {b:?})", &text[..12]);
        }
    }

    #[test]
    fn markup_attributes_are_not_quotes() {
        assert!(quotes("<a href=\"x.html\" title=\"Home\">x</a>").is_empty());
    }
}
