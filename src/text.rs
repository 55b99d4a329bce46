//! Text machinery shared by the finders: tokens and paragraphs, with byte spans.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, with inner apostrophes and hyphens (`don't`, `Russia’s`, `de-escalate`) and
    /// trailing digits after a hyphen (`COVID-19`).
    Word,
    /// Digits with inner separators (`100,000`, `3.5`).
    Num,
    /// Any other single character that is not white space.
    Punct,
}

/// One token. Tokens never overlap and never contain white space.
///
/// Eight bytes: a text has a token in every four or five bytes, and the token list is the
/// largest thing the analysis keeps (in wasm it was twelve bytes a token, natively twenty-four,
/// with a `Span` of two `usize`). The start is a `u32`, as a [`Doc`] holds at most
/// [`MAX_DOC`] bytes; the length takes the low 24 bits of `meta`, as no token is longer than
/// [`MAX_TOKEN`] bytes (the tokenizer cuts a longer run of letters or digits); the other
/// fields take its top bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    meta: u32,
}

/// The longest text a [`Doc`] reads, in bytes: token starts are `u32`. [`crate::analyze`]
/// cuts a longer text into pieces at line breaks.
pub const MAX_DOC: usize = u32::MAX as usize;
/// The longest token, in bytes: 16 MiB less one.
pub const MAX_TOKEN: usize = (1 << 24) - 1;

const KIND_SHIFT: u32 = 24;
const NEWLINE: u32 = 1 << 26;
const SPACE: u32 = 1 << 27;
const SHAPE_SHIFT: u32 = 28;

impl Token {
    /// A token at `span`, which must lie within [`MAX_DOC`] and be at most [`MAX_TOKEN`] bytes
    /// long (the tokenizer makes sure of both; a longer one is cut short).
    pub fn new(span: Span, kind: TokKind, newline_before: bool, space_before: bool, shape: u8) -> Token {
        let len = span.len().min(MAX_TOKEN) as u32;
        let kind = match kind {
            TokKind::Word => 0,
            TokKind::Num => 1,
            TokKind::Punct => 2,
        };
        Token {
            start: u32::try_from(span.start).unwrap_or(u32::MAX),
            meta: len | (kind << KIND_SHIFT) | (u32::from(newline_before) * NEWLINE) | (u32::from(space_before) * SPACE) | (u32::from(shape & 15) << SHAPE_SHIFT),
        }
    }

    #[inline]
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + (self.meta & 0xFF_FFFF) as usize)
    }

    #[inline]
    pub fn kind(&self) -> TokKind {
        // A look-up, not a `match`: the finders ask at nearly every token.
        const KINDS: [TokKind; 4] = [TokKind::Word, TokKind::Num, TokKind::Punct, TokKind::Punct];
        KINDS[(self.meta >> KIND_SHIFT & 3) as usize]
    }

    /// A line break lies between the previous token and this one.
    #[inline]
    pub fn newline_before(&self) -> bool {
        self.meta & NEWLINE != 0
    }

    /// White space of any kind lies between the previous token and this one.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.meta & SPACE != 0
    }

    /// What the token's characters are: [`CAPITALISED`], [`APOSTROPHE`], [`HYPHEN`], [`DIGIT`]
    /// bits, read once by the tokenizer for the finders, which ask at nearly every token.
    #[inline]
    pub fn shape(&self) -> u8 {
        (self.meta >> SHAPE_SHIFT) as u8
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("span", &self.span())
            .field("kind", &self.kind())
            .field("newline_before", &self.newline_before())
            .field("space_before", &self.space_before())
            .field("shape", &self.shape())
            .finish()
    }
}

/// [`Token::shape`]: the first character is upper case (`char::is_uppercase`).
pub const CAPITALISED: u8 = 1;
/// [`Token::shape`]: the token contains `'` or `’`.
pub const APOSTROPHE: u8 = 2;
/// [`Token::shape`]: the token contains `-`, `‐` or `‑`.
pub const HYPHEN: u8 = 4;
/// [`Token::shape`]: the token contains an ASCII digit (every number does, and words such as
/// `USD3` or `COVID-19`).
pub const DIGIT: u8 = 8;

/// The [`Token::shape`] bits of `w`, read from its bytes: what the tokenizer must agree with,
/// and what it gives the pieces of a token it cuts at [`MAX_TOKEN`].
fn shape(w: &str) -> u8 {
    let b = w.as_bytes();
    let mut s = match b.first() {
        Some(c) if c.is_ascii() => u8::from(c.is_ascii_uppercase()) * CAPITALISED,
        _ => u8::from(w.chars().next().is_some_and(char::is_uppercase)) * CAPITALISED,
    };
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'\'' => s |= APOSTROPHE,
            b'-' => s |= HYPHEN,
            b'0'..=b'9' => s |= DIGIT,
            // ’ is E2 80 99; ‐ and ‑ are E2 80 90 and E2 80 91.
            0xE2 => match b.get(k + 1..k + 3) {
                Some([0x80, 0x99]) => s |= APOSTROPHE,
                Some([0x80, 0x90 | 0x91]) => s |= HYPHEN,
                _ => {}
            },
            _ => {}
        }
    }
    s
}

/// A text split into tokens and paragraphs, built once and shared by the finders.
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Non-empty lines, trimmed of surrounding white space. News text puts one paragraph on a
    /// line; a blank line between paragraphs is simply skipped.
    pub paragraphs: Vec<Span>,
    /// The text with every token lower-cased in place (`str::to_lowercase`), so token `i`'s
    /// lower case lies at the token's own span. Built once here because the finders compare
    /// lower-cased words at every token; one buffer the size of the text costs one allocation
    /// and no index. A token whose lower case has another length in UTF-8 (`İ`, rare) has its
    /// lower case in `odd_lower`, by token index, instead (its span here is not read).
    lower: String,
    odd_lower: Vec<(usize, Box<str>)>,
    /// Per token, the id of the registered word lists it is in ([`crate::lexicon::classes`]):
    /// the finders test tokens against their lists many times over, and each test is then a
    /// load and an AND.
    class: Vec<u16>,
    /// The classes of each id in `class`.
    masks: Vec<u64>,
    /// For each block of [`BLOCK`] bytes of the text, the first token starting at or after
    /// the block's start: [`Doc::token_at`] then searches within one block, so the finders'
    /// many look-ups by offset cost the same on a long text as on a short one (a search of
    /// the whole list missed the cache at every step on megabytes of text).
    block_first: Vec<u32>,
}

/// The block size of [`Doc::token_at`]'s index, in bytes.
const BLOCK: usize = 256;

/// Apostrophe-like characters that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Hyphen-like characters that may join a compound word.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

impl<'t> Doc<'t> {
    /// The tokens, paragraphs and word classes of `text`. Only its first [`MAX_DOC`] bytes
    /// are read: [`crate::analyze`] gives a longer text in pieces.
    pub fn new(text: &'t str) -> Doc<'t> {
        let mut tokens = tokenize(text);
        // Reserved for one token in four bytes; the rest is given back before the finders
        // allocate theirs (in place: the allocator shrinks a block without moving it).
        tokens.shrink_to_fit();
        // ASCII letters lie only in words, and a word's lower case is `str::to_lowercase`, so
        // the whole text lower-cased as ASCII in one pass is right for every ASCII token; the
        // others are lower-cased one by one below.
        let mut lower = text.to_ascii_lowercase();
        let mut odd_lower = Vec::new();
        let mut class = Vec::with_capacity(tokens.len());
        let mut masks = Vec::new();
        crate::lexicon::with_classes(text.len(), |ids, all| {
            masks = all.to_vec();
            for (i, t) in tokens.iter().enumerate() {
                if t.kind() != TokKind::Word {
                    class.push(0);
                    continue;
                }
                let span = t.span();
                // The word's first eight bytes in one load (lower case where ASCII), and those
                // past its end cleared: the key of a short word, and whether it is ASCII,
                // without a loop over its bytes.
                let head = match lower.as_bytes().get(span.start..).and_then(|b| b.first_chunk::<8>()) {
                    Some(b) => u64::from_le_bytes(*b),
                    None => crate::lexicon::load(lower.as_bytes().get(span.range()).unwrap_or_default()),
                } & u64::MAX.checked_shr(64 - 8 * span.len().min(8) as u32).unwrap_or(0);
                let ascii = if span.len() <= 8 { head & 0x8080_8080_8080_8080 == 0 } else { span.of(text).is_ascii() };
                if ascii {
                    // Looked up lower-cased. The lists are lower-case ASCII, so for an ASCII
                    // token this is its ASCII-case-insensitive match (see lexicon::WordList).
                    class.push(ids.id_with_head(lower.as_bytes().get(span.range()).unwrap_or_default(), head));
                    continue;
                }
                // str::to_lowercase, not per char: it knows the Greek final sigma. A token
                // with other letters matches only if its lower case is ASCII (the Kelvin sign
                // lower-cases to `k`), where the ASCII-case-insensitive match never does.
                let l = span.of(text).to_lowercase();
                class.push(ids.id(l.as_bytes()));
                if l.len() == span.len() {
                    lower.replace_range(span.range(), &l);
                } else {
                    odd_lower.push((i, l.into_boxed_str()));
                }
            }
        });
        let mut block_first = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut k = 0;
        for b in 0..=text.len() / BLOCK + 1 {
            while k < tokens.len() && tokens[k].span().start < b * BLOCK {
                k += 1;
            }
            // Token indices fit in u32: wasm32 cannot hold 2^32 tokens, nor the CLI's users.
            block_first.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
        let paragraphs = paragraphs(text, &tokens);
        Doc { text, tokens, paragraphs, lower, odd_lower, class, masks, block_first }
    }

    /// Token `i` lower-cased, as `str::to_lowercase` would give it (empty past the end).
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        let Some(t) = self.tokens.get(i) else { return "" };
        if !self.odd_lower.is_empty() {
            return self.odd_low(i, t.span());
        }
        self.lower.get(t.span().start..t.span().end).unwrap_or("")
    }

    /// [`Doc::low`] when some token's lower case is in `odd_lower`: rare, so out of line.
    #[inline(never)]
    fn odd_low(&self, i: usize, span: Span) -> &str {
        match self.odd_lower.binary_search_by_key(&i, |(j, _)| *j) {
            Ok(k) => &self.odd_lower[k].1,
            Err(_) => self.lower.get(span.start..span.end).unwrap_or(""),
        }
    }

    /// Whether token `i` has any of the [`Token::shape`] bits `bits`; false past the end.
    #[inline]
    pub fn has(&self, i: usize, bits: u8) -> bool {
        self.tokens.get(i).is_some_and(|t| t.shape() & bits != 0)
    }

    /// Whether token `i` is a word in `list` (ignoring ASCII case); false past the end.
    #[inline]
    pub fn is(&self, i: usize, list: &crate::lexicon::WordList) -> bool {
        self.class(i) & list.bit() != 0
    }

    /// The bits of the registered word lists token `i` is in (0 past the end).
    #[inline]
    pub fn class(&self, i: usize) -> u64 {
        self.class.get(i).and_then(|&id| self.masks.get(usize::from(id))).copied().unwrap_or(0)
    }

    /// The text of token `i` (empty past the end).
    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span().of(self.text))
    }

    /// A bit for each token where `f` holds, given the token and its classes: a finder's
    /// first gate, in one pass without branches ([`next_set`] reads it). Most tokens start
    /// nothing, and asking each in turn mispredicts a branch at every few tokens.
    pub fn token_bits(&self, f: impl Fn(&Token, u64) -> bool) -> Vec<u64> {
        let mut bits = vec![0u64; self.tokens.len().div_ceil(64)];
        for ((word, toks), ids) in bits.iter_mut().zip(self.tokens.chunks(64)).zip(self.class.chunks(64)) {
            for (k, (t, &id)) in toks.iter().zip(ids).enumerate() {
                let class = self.masks.get(usize::from(id)).copied().unwrap_or(0);
                *word |= u64::from(f(t, class)) << k;
            }
        }
        bits
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        let b = pos / BLOCK;
        let lo = self.block_first.get(b).map_or(self.tokens.len(), |&k| k as usize).min(self.tokens.len());
        let hi = self.block_first.get(b + 1).map_or(self.tokens.len(), |&k| k as usize).min(self.tokens.len());
        // Every token before `lo` starts before the block, so before `pos`; every token from
        // `hi` on starts after the block, so after `pos`.
        lo + self.tokens[lo..hi.max(lo)].partition_point(|t| t.span().start < pos)
    }

    /// The index of the paragraph containing byte `pos`, if any.
    pub fn paragraph_of(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }
}

/// The first position from `i` on whose bit is set in `bits` (from [`Doc::token_bits`]).
pub fn next_set(bits: &[u64], i: usize) -> Option<usize> {
    let mut w = i / 64;
    let mut word = bits.get(w)? & (u64::MAX << (i % 64));
    while word == 0 {
        w += 1;
        word = *bits.get(w)?;
    }
    Some(w * 64 + word.trailing_zeros() as usize)
}

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News runs to about one token in 4.5 bytes: room for that, so the list is not copied
    // while it grows (the copy would briefly hold it twice, which counts in wasm memory).
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let (mut i, mut newline, mut space) = (0, false, false);
    // The next char at byte `at` (ASCII without decoding).
    let char_at = |at: usize| -> Option<char> {
        match bytes.get(at) {
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => text.get(at..).and_then(|t| t.chars().next()),
            None => None,
        }
    };
    while let Some(c) = char_at(i) {
        if c == ' ' {
            space = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            newline |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        // Shape bits as the token is read: a word holds apostrophes and hyphens only as
        // joiners, a number none, other tokens are the one character.
        let mut shape = if c.is_ascii() { u8::from(c.is_ascii_uppercase()) } else { u8::from(c.is_uppercase()) } * CAPITALISED;
        let kind = if letter(c, char::is_alphabetic) {
            // Joiners (apostrophes, hyphens, digits after a hyphen) stay inside the word only
            // when a letter or digit follows them.
            let mut digit = false; // whether an ASCII digit was taken
            loop {
                // ASCII letters and digits, eight bytes a step: where a word ends is not
                // predictable, and a byte loop paid a mispredicted branch at nearly every end.
                loop {
                    let (n, d) = alnum_run(bytes, end);
                    end += n;
                    digit |= d;
                    if n < 8 {
                        break;
                    }
                }
                // The common end of a word: an ASCII character that is neither a letter or
                // digit (those were taken above) nor a joiner.
                if bytes.get(end).is_none_or(|&b| b < 0x80 && b != b'\'' && b != b'-') {
                    break;
                }
                let Some(d) = char_at(end) else { break };
                if letter(d, char::is_alphanumeric) || d == '\u{200D}' || is_mark(d) {
                    end += d.len_utf8();
                    continue;
                }
                if (is_apostrophe(d) || is_hyphen(d)) && char_at(end + d.len_utf8()).is_some_and(|n| n.is_alphanumeric()) {
                    shape |= joiner_shape(d);
                    end += d.len_utf8();
                    continue;
                }
                break;
            }
            if digit {
                shape |= DIGIT;
            }
            TokKind::Word
        } else if c.is_ascii_digit() {
            shape |= DIGIT;
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                }
                if matches!(bytes.get(end), Some(b',' | b'.')) && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                    continue;
                }
                break;
            }
            TokKind::Num
        } else {
            shape |= joiner_shape(c);
            TokKind::Punct
        };
        if end - start > MAX_TOKEN || end > MAX_DOC {
            // Only a run of 16 MiB of letters or digits, or a text past 4 GiB: out of line.
            long_token(text, &mut tokens, Span::new(start, end), kind, newline, space);
            if end > MAX_DOC {
                break;
            }
        } else {
            tokens.push(Token::new(Span::new(start, end), kind, newline, space, shape));
        }
        newline = false;
        // Most tokens end before one plain space: taken here, without a turn of the loop.
        space = bytes.get(end) == Some(&b' ');
        i = end + usize::from(space);
    }
    tokens
}

/// Pushes `span`, longer than [`MAX_TOKEN`], as tokens of at most that length, cut at char
/// boundaries; and none past [`MAX_DOC`].
#[cold]
fn long_token(text: &str, tokens: &mut Vec<Token>, span: Span, kind: TokKind, mut newline: bool, mut space: bool) {
    let mut at = span.start;
    while at < span.end.min(MAX_DOC) {
        let mut cut = (at + MAX_TOKEN).min(span.end).min(MAX_DOC);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        tokens.push(Token::new(Span::new(at, cut), kind, newline, space, shape(&text[at..cut])));
        (newline, space, at) = (false, false, cut);
    }
}

/// `test(c)` for `char::is_alphabetic` or `char::is_alphanumeric`, without searching Unicode's
/// tables for the punctuation of U+2000 to U+206F (curly quotes, dashes, the ellipsis), which
/// news text is full of and none of which is a letter or a digit (a test checks).
#[inline]
fn letter(c: char, test: fn(char) -> bool) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && test(c)
}

/// How many of the bytes at `at` are ASCII letters or digits (`u8::is_ascii_alphanumeric`),
/// counting from `at` up to eight, and whether any of those counted is a digit: the
/// tokenizer's inner loop, which reads a word eight bytes at a time. Past the end of `bytes`
/// reads as a byte that is neither.
///
/// Each byte is tested in its lane of a `u64`: adding `0x80 - lo` to a byte below `0x80` sets
/// its top bit exactly when it is at least `lo`, and no lane carries into the next. Bytes from
/// `0x80` up are neither letters nor digits and are masked out.
#[inline]
fn alnum_run(bytes: &[u8], at: usize) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let x = match bytes.get(at..).and_then(|b| b.first_chunk::<8>()) {
        Some(b) => u64::from_le_bytes(*b),
        None => {
            let mut buf = [0u8; 8];
            let rest = bytes.get(at..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    };
    let ascii = !x & HIGH;
    let low = x & !HIGH;
    // The top bit of each lane where the byte is in lo..=hi.
    let within = |v: u64, lo: u8, hi: u8| (v + ONES * u64::from(0x80 - lo)) & !(v + ONES * u64::from(0x7F - hi)) & ascii;
    let digits = within(low, b'0', b'9');
    // `| 0x20` takes upper-case letters to lower case, and no other byte into a..=z.
    let letters = within(low | (ONES * 0x20), b'a', b'z');
    let n = ((!(letters | digits) & HIGH).trailing_zeros() / 8) as usize;
    let taken = u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
    (n, digits & taken != 0)
}

/// A table of the bytes in `set`, for scans that test every byte of a text: one look-up where
/// a chain of comparisons took several instructions a byte.
pub const fn byte_set(set: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < set.len() {
        t[set[k] as usize] = true;
        k += 1;
    }
    t
}

/// The [`Token::shape`] bit of an apostrophe or hyphen `c`, if it has one (`ʼ` has none).
fn joiner_shape(c: char) -> u8 {
    match c {
        '\'' | '’' => APOSTROPHE,
        '-' | '‐' | '‑' => HYPHEN,
        _ => 0,
    }
}

/// Combining marks keep a word together (accents written as separate code points).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Non-empty lines, trimmed (see [`Doc::paragraphs`]). A line ends at `\n`, `\r` or U+2029;
/// every character but white space is in a token, so a trimmed line runs from the first token
/// after a break to the last before the next, and only the gaps the tokenizer marked as
/// holding a line break (which U+2028 also is) are read.
fn paragraphs(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(first) = tokens.first() else { return out };
    let mut start = first.span().start;
    for w in tokens.windows(2) {
        let (prev, t) = (w[0].span(), &w[1]);
        if t.newline_before() && text.get(prev.end..t.span().start).is_some_and(|gap| gap.contains(['\n', '\r', '\u{2029}'])) {
            out.push(Span::new(start, prev.end));
            start = t.span().start;
        }
    }
    out.push(Span::new(start, tokens[tokens.len() - 1].span().end));
    out
}

/// For the finders' gate tests: every text of the golden corpus and `phrases`, each as written,
/// lower-cased and upper-cased.
#[cfg(test)]
pub(crate) fn gate_test_texts(phrases: &str) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default()).collect();
    texts.push(phrases.to_string());
    texts.iter().flat_map(|t| [t.clone(), t.to_lowercase(), t.to_uppercase()]).collect()
}

/// For the finders' candidate tests: in every text of [`gate_test_texts`], and in `phrases`
/// after 0 to 63 words of one letter (so that each token falls at every place in a word of
/// bits), every token that a finder's gate lets through has its bit among its candidates.
/// `gate` gives a text's candidates and the tokens the gate lets through.
#[cfg(test)]
pub(crate) fn assert_candidates_hold_the_gate(phrases: &str, gate: impl Fn(&Doc) -> (Vec<u64>, Vec<usize>)) {
    let mut texts = gate_test_texts(phrases);
    texts.extend((0..64).map(|pad| format!("{}{phrases}", "x ".repeat(pad))));
    for text in &texts {
        let doc = Doc::new(text);
        let (bits, gated) = gate(&doc);
        for i in gated {
            assert_eq!(next_set(&bits, i), Some(i), "{:?} is no candidate", doc.tok(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Doc::new(text).tokens.iter().map(|t| t.span().of(text)).collect()
    }

    #[test]
    fn joiners_stay_inside_words() {
        assert_eq!(words("Russia’s don't de-escalate COVID-19 students' house"),
                   ["Russia’s", "don't", "de-escalate", "COVID-19", "students", "'", "house"]);
    }

    #[test]
    fn lower_case_as_str_to_lowercase_even_when_the_length_changes() {
        let t = "İSTANBUL, ΟΔΟΣ and STRAẞE: \u{212A}m WORDS, WEE\u{212A}";
        let d = Doc::new(t);
        for (i, tok) in d.tokens.iter().enumerate() {
            assert_eq!(d.low(i), tok.span().of(t).to_lowercase(), "token {i}");
        }
        assert_eq!(d.low(0), "i\u{307}stanbul"); // longer than the token in UTF-8
        assert_eq!(d.low(d.tokens.len()), "");
        // Classed by its full lower case too: `WEEK` written with a Kelvin sign is `week`.
        let last = d.tokens.len() - 1;
        assert_eq!(d.low(last), "week");
        assert!(d.is(last, &crate::lexicon::PERIODS) && !d.is(last - 1, &crate::lexicon::PERIODS));
    }

    /// Each word's classes are those of its lower case ([`crate::lexicon::classes`]), other
    /// tokens have none: over the golden corpus as written, lower-cased and upper-cased, and
    /// words of every length up to nine bytes at the very end of a text, ASCII or not.
    #[test]
    fn each_token_has_the_classes_of_its_lower_case() {
        let mut texts = gate_test_texts("");
        for w in ["a", "MAY", "said", "Today", "MONDAY", "Tuesday", "weekend", "tomorrow", "Ünïcode", "WEE\u{212A}", "Mär", "x1", "Q3"] {
            texts.push(format!("It was {w}"));
            texts.push(w.to_string());
        }
        let mut classed = 0;
        for text in &texts {
            let d = Doc::new(text);
            for i in 0..d.tokens.len() {
                let want = if d.tokens[i].kind() == TokKind::Word { crate::lexicon::classes(d.low(i)) } else { 0 };
                assert_eq!(d.class(i), want, "token {i} ({:?}) of {text:?}", d.tok(i));
                classed += usize::from(want != 0);
            }
        }
        assert!(classed > 10_000, "{classed}");
    }

    #[test]
    fn token_at_agrees_with_a_search_of_all_tokens() {
        let t = "“Ready,” said Ana Ruiz. ".repeat(40) + &"x ".repeat(300) + "end";
        let d = Doc::new(&t);
        for pos in 0..t.len() + 600 {
            assert_eq!(d.token_at(pos), d.tokens.partition_point(|tk| tk.span().start < pos), "at {pos}");
        }
        assert_eq!(Doc::new("").token_at(5), 0);
    }

    /// Each token's bit is its test's answer, and `next_set` finds the first set bit from any
    /// position, in texts of up to three words of bits and in an empty one.
    #[test]
    fn token_bits_and_next_set_agree_with_a_token_by_token_search() {
        for text in ["", "x", &"Said 5 x, “a” dozen ".repeat(37)] {
            let d = Doc::new(text);
            type Test<'a> = &'a dyn Fn(&Token, u64) -> bool;
            let tests: [Test; 3] = [
                &|t, _| t.kind() == TokKind::Num,
                &|t, class| class & crate::lexicon::CUE_VERBS.bit() != 0 || t.shape() & CAPITALISED != 0,
                &|_, _| false,
            ];
            for f in tests {
                let bits = d.token_bits(f);
                let each: Vec<bool> = (0..d.tokens.len()).map(|i| f(&d.tokens[i], d.class(i))).collect();
                for i in 0..d.tokens.len() + 70 {
                    let first = (i..d.tokens.len()).find(|&k| each[k]);
                    assert_eq!(next_set(&bits, i), first, "from {i} in {} tokens", d.tokens.len());
                }
            }
        }
    }

    #[test]
    fn tokenizer_shapes_agree_with_the_bytes() {
        for t in gate_test_texts("Über don’t de‑escalate x-y o'k ’ - éa ʼn A-1 ‐x ΆΣ ǅx USD3 x-19 3,5 ٣ a٣1") {
            let d = Doc::new(&t);
            for (i, tk) in d.tokens.iter().enumerate() {
                assert_eq!(tk.shape(), shape(tk.span().of(&t)), "token {i} {:?}", tk.span().of(&t));
            }
        }
    }

    #[test]
    fn shapes() {
        let t = "Über don’t de‑escalate x-y o'k ’ - éa";
        let d = Doc::new(t);
        let got: Vec<u8> = (0..d.tokens.len()).map(|i| d.tokens[i].shape()).collect();
        assert_eq!(got, [CAPITALISED, APOSTROPHE, HYPHEN, HYPHEN, APOSTROPHE, APOSTROPHE, HYPHEN, 0]);
        let t = "USD3 x-19 COVID-19 3.5 a٣ ½ 7";
        let d = Doc::new(t);
        let got: Vec<u8> = (0..d.tokens.len()).map(|i| d.tokens[i].shape()).collect();
        assert_eq!(got, [CAPITALISED | DIGIT, HYPHEN | DIGIT, CAPITALISED | HYPHEN | DIGIT, DIGIT, 0, 0, DIGIT]);
        assert!(d.has(0, CAPITALISED | HYPHEN) && !d.has(0, HYPHEN) && !d.has(99, CAPITALISED));
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(words("100,000 troops, 3.5. 1,"), ["100,000", "troops", ",", "3.5", ".", "1", ","]);
    }

    fn paragraphs_of_lines(text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        // Line ends by byte: `\n`, `\r`, and U+2029 (E2 80 A9); no other char contains these bytes.
        while i <= bytes.len() {
            // Most bytes are none of the three a break starts with.
            const MAY_BREAK: [bool; 256] = byte_set(b"\n\r\xE2");
            i += bytes.get(i..).unwrap_or_default().iter().position(|&b| MAY_BREAK[usize::from(b)]).unwrap_or(bytes.len() - i);
            let brk = match bytes.get(i) {
                None => 1,
                Some(b'\n' | b'\r') => 1,
                Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA9]) => 3,
                Some(_) => 0,
            };
            if brk == 0 {
                i += 1;
                continue;
            }
            let line = &text[start..i];
            let trimmed = line.trim_start();
            let s = start + (line.len() - trimmed.len());
            let e = s + trimmed.trim_end().len();
            if e > s {
                out.push(Span::new(s, e));
            }
            i += brk;
            start = i;
        }
        out
    }

    /// Paragraphs read from the tokens are the trimmed non-empty lines of the text.
    #[test]
    fn paragraphs_from_tokens_are_the_lines_of_the_text() {
        let odd = "a\r\nb\n\n  c  \r\rd\u{2029}e\u{2028}f \u{85}g\x0Bh\x0Ci\u{3000}\n\u{3000}j\n \t \nk";
        let mut texts = gate_test_texts(odd);
        texts.extend(["", " ", "\n", "x", "\nx\n", "x\u{2029}", "\u{2029}\u{2029}x \u{2028} y"].map(String::from));
        for t in &texts {
            assert_eq!(Doc::new(t).paragraphs, paragraphs_of_lines(t), "{:?}", t.chars().take(60).collect::<String>());
        }
    }

    #[test]
    fn paragraphs_are_lines() {
        let t = "One.\r\n\r\n  Two two. \nThree";
        let d = Doc::new(t);
        let p: Vec<&str> = d.paragraphs.iter().map(|s| s.of(t)).collect();
        assert_eq!(p, ["One.", "Two two.", "Three"]);
        assert!(d.tokens[2].newline_before());
        // U+2029 ends a paragraph, U+2028 does not; any white space is trimmed.
        let t = "a\u{2029}b\u{2028}c\r\n \u{3000}d\u{3000}\u{2029}";
        let p: Vec<&str> = Doc::new(t).paragraphs.iter().map(|s| s.of(t)).collect();
        assert_eq!(p, ["a", "b\u{2028}c", "d"]);
    }

    #[test]
    fn general_punctuation_has_no_letters_or_digits() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn byte_tables() {
        assert_eq!(byte_set(b"\n\xE2").iter().filter(|&&x| x).count(), 2);
    }

    /// `alnum_run` agrees with a byte loop: every byte value in every lane (the others letters
    /// or digits), runs cut by the end of the text, and pseudo-random windows of mixed bytes.
    #[test]
    fn alnum_run_counts_as_a_byte_loop_does() {
        fn by_bytes(bytes: &[u8], at: usize) -> (usize, bool) {
            let run: Vec<u8> = bytes.iter().skip(at).take(8).take_while(|b| b.is_ascii_alphanumeric()).copied().collect();
            (run.len(), run.iter().any(u8::is_ascii_digit))
        }
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for b in 0..=255u8 {
            for lane in 0..9 {
                for fill in [b'a', b'Z', b'7'] {
                    let mut v = vec![fill; 10];
                    v[lane] = b;
                    cases.push(v);
                }
            }
        }
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let pool = b"aZz09AM@[`{/:\x7F\x80\xC3\xA9 -'";
        for len in 0..2000 {
            let v = (0..len % 13)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    pool[(seed % pool.len() as u64) as usize]
                })
                .collect();
            cases.push(v);
        }
        for v in &cases {
            for at in 0..=v.len() + 1 {
                assert_eq!(alnum_run(v, at), by_bytes(v, at), "{v:?} at {at}");
            }
        }
    }

    /// A token packs its fields into eight bytes and gives each back.
    #[test]
    fn tokens_give_back_what_they_were_made_of() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
        for (span, kind, newline, space, shape) in [
            (Span::new(0, 0), TokKind::Word, false, false, 0),
            (Span::new(7, 9), TokKind::Num, true, false, CAPITALISED),
            (Span::new(MAX_DOC - 3, MAX_DOC), TokKind::Punct, false, true, APOSTROPHE | HYPHEN),
            (Span::new(5, 5 + MAX_TOKEN), TokKind::Word, true, true, CAPITALISED | APOSTROPHE | HYPHEN | DIGIT),
        ] {
            let t = Token::new(span, kind, newline, space, shape);
            assert_eq!((t.span(), t.kind(), t.newline_before(), t.space_before(), t.shape()), (span, kind, newline, space, shape));
        }
    }

    /// A run of letters longer than [`MAX_TOKEN`] becomes tokens of at most that length, cut
    /// at char boundaries, covering the run, each with its own shape; only the first has the
    /// space before the run.
    #[test]
    fn a_run_longer_than_a_token_holds_is_cut_at_char_boundaries() {
        let run = format!("Q{}", "é-e".repeat(MAX_TOKEN / 4 + 10));
        let t = format!("Ana said {run} now.");
        let d = Doc::new(&t);
        let at = t.find('Q').unwrap();
        let pieces: Vec<&Token> = d.tokens.iter().filter(|k| k.span().start >= at && k.span().end <= at + run.len()).collect();
        assert_eq!(pieces.len(), 2);
        assert_eq!(pieces[0].span().start, at);
        assert_eq!(pieces[0].span().end, pieces[1].span().start);
        assert_eq!(pieces[1].span().end, at + run.len());
        for (k, p) in pieces.iter().enumerate() {
            assert!(p.span().len() <= MAX_TOKEN && t.is_char_boundary(p.span().end));
            assert_eq!((p.kind(), p.space_before(), p.shape()), (TokKind::Word, k == 0, shape(p.span().of(&t))));
        }
        assert_eq!(pieces[0].shape(), CAPITALISED | HYPHEN);
        assert_eq!(d.tok(d.tokens.len() - 2), "now");
        let a = crate::analyze(&t);
        assert!(a.numbers.is_empty() && a.quotes.is_empty());
    }
}
