//! Speakers: who said each quote, and who said what without quotation marks.
//!
//! # Attribution
//!
//! Each quote is attributed by the first of these that applies, all inside a bounded window:
//!
//! 1. **Beside the quote**, after it: `"…," the official said`, `"…," said Blinken`,
//!    `"…," Scott Pruitt, the attorney general, said`, `"…" ― Ana Ruiz`.
//! 2. **Earlier in the same sentence**: the nearest cue before the quote, with its subject:
//!    `the official said, "…"`, `X said: "…"`, `X told Y that "…"`, `according to X, "…"`,
//!    the second half of an interrupted quote (`"A," she said, "B."`), and the partial quote
//!    of `Blinken urged Russia to "immediately" de-escalate`. A participle after a comma
//!    (`X defended it, saying, "…"`) takes the subject of its clause, and so does a colon after
//!    any verb (`X scolded him: "…"`, `X made this comment:` before a block quote).
//! 3. **Later in the same sentence**: `"…," that needs to be signed off on by President
//!    Vladimir Putin, the official said`: the subject of the first cue after the quote, never
//!    the nearest capitalised word.
//! 4. **The same paragraph**: a quote with no cue of its own continues the speaker of the
//!    previous quote or statement in its paragraph (`"A," X said. "B."`), or failing that the
//!    next one.
//! 5. **Floating quotes**: a paragraph made of quotes with no cue continues the previous
//!    paragraph's last speaker; this is also how `X reports:` introduces a block quote.
//!
//! Parts of a multi-paragraph quote share one speaker. Partial quotes for which no speaker is
//! found in their sentence become [`QuoteKind::Scare`]; scare quotes and nested quotes get no
//! speaker.
//!
//! # Mentions
//!
//! A mention is the whole noun phrase, not the nearest capitalised word: titles, abbreviations
//! and parentheses stay inside (`US Secretary of State Antony Blinken`, `Rep. Ana Ruiz (D-N.M.)`,
//! `A State Department official`, `the utility's chief engineer`), a prepositional phrase stays
//! inside only after a title or a role noun (`a narrator in the ad`, but not `footage of Ruiz`),
//! and the object of a preposition is never the subject (`protesters marching through the
//! streets chanted`). Appositive chains between the subject and its verb are skipped back to a
//! clause boundary (`As Ruiz, a hydrologist who studied the dam, put it,`), and `X told Y`
//! names X.
//!
//! # Entities
//!
//! Mentions are linked in text order by [`coref`]: see there for the rules. Besides speakers,
//! the subjects of every cue and the named subjects of every sentence become mentions, and a
//! phrase in apposition (`the keeper, Tomas Brek,`) joins its neighbour's entity, so later
//! surnames, descriptions and pronouns find their antecedents.
//!
//! # Reported speech
//!
//! A sentence with a cue and a subject, whose cue attributes no quote, becomes a
//! [`Reported`] statement (`The official said that …`): one per sentence, the first such cue.

pub mod coref;

use crate::lexicon::{self, WordList, CUE_VERBS};
use crate::span::Span;
use crate::text::{Doc, TokKind};
use crate::{Entity, Quote, QuoteKind, Reported};

/// Entities and unquoted reported statements found while attributing quotes.
#[derive(Default)]
pub struct Found {
    pub entities: Vec<Entity>,
    pub reported: Vec<Reported>,
}

/// Words that start a noun phrase and belong to it.
pub(crate) static DETERMINERS: WordList = WordList::new(24, words!["the", "a", "an", "that", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another", "one", "two", "three", "several", "some", "many", "other", "both", "each", "every", "no"]);
/// Pronouns that can be a speaker on their own.
pub(crate) static PRONOUNS: WordList = WordList::new(25, words!["he", "she", "they", "it", "we", "i", "you", "who"]);
/// Words that never belong inside a speaker's noun phrase.
pub(crate) static STOP: WordList = WordList::new(26, words![
    "and", "or", "but", "nor", "so", "yet", "to", "by", "as", "than", "that", "who", "whom", "whose", "which", "what", "when", "where", "while", "why", "how", "if", "because", "although", "though", "since", "after", "before", "until", "unless", "whether",
    "be", "is", "was", "were", "are", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "not", "would", "will", "could", "can", "should", "shall", "may", "might", "must",
    "also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "often", "further", "simply", "publicly", "privately", "reportedly", "actually", "only", "just", "still", "now", "earlier", "never", "ever", "already", "even", "finally", "first", "last", "there", "here", "however", "meanwhile", "instead", "too", "very", "all",
    "him", "them", "us", "me", "said", "says", "told", "about", "into", "over", "under", "through", "against", "between", "among", "during", "without", "within", "upon", "like", "unlike", "per", "via", "amid", "despite", "toward", "towards",
]);
/// Prepositions that may sit inside a noun phrase (`Secretary of State`, `officials in Kyiv`).
pub(crate) static NP_PREPOSITIONS: WordList = WordList::new(27, words!["of", "in", "at", "for", "from", "with", "on"]);
/// Words between a subject and its speech verb: `X also said`, `X has said`, `X later told`.
pub(crate) static VERB_PREFIX: WordList = WordList::new(28, words!["also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "often", "further", "simply", "publicly", "privately", "reportedly", "actually", "has", "have", "had", "would", "will", "could", "did", "does", "do", "may", "might", "was", "is", "were", "are", "has", "earlier", "quickly", "flatly", "immediately", "subsequently", "now", "since", "first", "had", "already", "never", "still", "even", "just", "frequently", "explicitly", "openly", "angrily", "bluntly", "firmly", "curtly", "calmly", "softly", "proudly", "sharply", "tearfully", "wryly"]);
/// Abbreviations whose full stop ends no sentence.
pub(crate) static ABBREVIATIONS: WordList = WordList::new(29, words![
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "st", "jr", "sr", "hon", "pres", "supt", "det", "insp", "gens", "cpl", "pvt", "amb", "atty", "messrs", "mmes", "fr", "msgr",
    "no", "vs", "v", "inc", "corp", "co", "ltd", "dept", "univ", "assn", "bros", "mt", "ft", "ave", "blvd", "rd", "etc", "approx", "est", "fig", "vol", "ed", "eds",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]);
/// Calendar words: never the start of a speaker's name (`On Monday Smith said`).
pub(crate) static CALENDAR: WordList = WordList::new(30, words![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
]);
/// Sentence adverbs and connectives that may be capitalised at a sentence start but never
/// begin a name.
pub(crate) static CONNECTIVES: WordList = WordList::new(31, words!["but", "and", "however", "still", "yet", "so", "then", "meanwhile", "instead", "later", "earlier", "now", "also", "in", "on", "at", "for", "after", "before", "when", "while", "as", "if", "though", "although", "because", "since", "separately", "again", "indeed", "moreover", "finally", "first", "second", "last", "asked", "speaking", "writing", "here", "there", "thus", "hence", "even", "only", "perhaps", "maybe", "today", "yesterday"]);
/// Cue words that are also nouns (`a phone call`, `the claims`).
pub(crate) static NOUNISH_CUES: WordList = WordList::new(32, words!["call", "calls", "claim", "claims", "note", "notes", "report", "reports", "tweet", "tweets", "post", "posts", "comment", "comments", "promise", "promises", "vow", "vows", "pledge", "pledges", "demand", "demands", "charges", "answer", "attacks", "warning", "reads", "states", "insists", "stress", "urges", "boasts", "hails", "slams", "praises", "jokes", "screams", "chants", "remarks", "laments", "wonders", "muses"]);
/// Prepositions whose object is never the subject of the verb after it.
pub(crate) static PP_HEADS: WordList = WordList::new(33, words!["through", "across", "near", "around", "outside", "inside", "along", "into", "over", "under", "behind", "beyond", "throughout", "toward", "towards", "against", "among", "between", "about", "in", "at", "on", "from", "with", "to", "for", "by"]);
/// `that`, `this`, `these`, `those`: determiners, or conjunctions and relatives.
pub(crate) static DEMONSTRATIVES: WordList = WordList::new(37, words!["that", "this", "these", "those"]);
/// The words other than [`CUE_VERBS`] that may start a cue: `according` (to) and the first
/// words of [`lexicon::CUE_PHRASES`]. A test keeps this in step with the phrases.
pub(crate) static CUE_STARTS: WordList = WordList::new(38, words![
    "according", "pointed", "points", "pointing", "went", "goes", "put", "puts", "shot", "fired", "chimed",
    "summed", "spoke", "weighed",
]);
/// The lists a cue starts with ([`Ctx::may_cue`]).
const CUE_GATE: u64 = CUE_VERBS.bit() | CUE_STARTS.bit();
/// How far (in tokens) a cue is looked for within a quote's sentence: long news sentences
/// run to about sixty tokens, and the bound keeps attribution linear.
const WINDOW: usize = 60;
/// Words that start a clause, so a subject chain (`which Ruiz, the minister, called`) begins
/// after them.
pub(crate) static CLAUSE_WORDS: WordList = WordList::new(34, words!["which", "who", "that", "as", "when", "while", "because", "although", "though", "if", "since", "where", "whereas", "and", "but", "so", "yet", "or", "after", "before", "until", "unless"]);
/// Words that open an introductory phrase ending in a comma, before a sentence's subject.
pub(crate) static INTRODUCERS: WordList = WordList::new(35, words!["in", "on", "at", "during", "after", "before", "while", "when", "as", "once", "with", "since", "although", "though", "if", "because", "despite", "speaking", "asked", "for", "from", "like", "unlike", "amid", "following", "earlier", "later", "last", "this", "over", "throughout", "within", "without", "upon", "under"]);
/// Nouns for the place a statement was made, which may follow a cue: `said in a statement`.
pub(crate) static STATEMENT_NOUNS: WordList = WordList::new(36, words!["statement", "interview", "tweet", "post", "email", "e-mail", "letter", "speech", "video", "note", "release", "op-ed", "essay", "memo", "filing", "briefing", "message", "podcast", "broadcast", "column", "blog"]);

/// Token facts computed once: which top-level quote covers a token, its sentence, and whether
/// it is a cue.
///
/// All are kept in bits, not as a number or a byte a token, and side by side in one [`Block`]
/// for each 64 tokens: attribution holds the most memory of any step, these are asked at nearly
/// every token, and on megabytes of text four arrays a token missed the caches four times.
struct Ctx<'a, 't> {
    doc: &'a Doc<'t>,
    blocks: Vec<Block>,
    /// The index of each top-level quote, in text order: the quote covering a quoted token `i`
    /// is the one its rank among [`Block::quote_starts`] numbers ([`Ctx::qa`]), as top-level
    /// quotes are in text order and never overlap.
    quote_ids: Vec<usize>,
    /// Per sentence: its paragraph number ([`Ctx::para`]).
    sent_para: Vec<u32>,
    /// Per sentence: its first and last token.
    sent_first: Vec<usize>,
    sent_last: Vec<usize>,
    /// Per quote: its first token and the token after it, asked for at several steps (each
    /// a search of the tokens).
    quote_toks: Vec<(usize, usize)>,
}

/// The facts of 64 tokens, a bit each: token `i` is bit `i % 64` of block `i / 64`.
#[derive(Clone, Copy, Default)]
struct Block {
    /// The token lies inside a top-level quote, its marks included.
    quoted: u64,
    /// The token starts a top-level quote.
    quote_starts: u64,
    /// The token starts a sentence (paragraph breaks always start a new sentence): token
    /// `i`'s sentence number is its rank among these, less one ([`Ctx::sent`]).
    sent_starts: u64,
    /// The token is a cue ([`Ctx::is_cue`]).
    cue: u64,
    /// How many quote and sentence starts the blocks before hold: a rank is then one
    /// look-up. Counts fit in u32: wasm32 cannot hold 2^32 tokens, nor the CLI's users.
    quotes_before: u32,
    sents_before: u32,
}

/// How many of the positions in `word` (block `i / 64`'s bits), up to `i` inclusive, are set,
/// with `before` set in the blocks before.
fn rank(word: u64, before: u32, i: usize) -> u32 {
    before + (word & (u64::MAX >> (63 - i % 64))).count_ones()
}

/// The positions of the bits set in `word`, block `b`'s, in order.
fn positions(b: usize, mut word: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let k = word.trailing_zeros() as usize;
        word &= word.wrapping_sub(1);
        (k < 64).then_some(b * 64 + k)
    })
}

/// A speaker mention found beside a cue.
#[derive(Clone, Copy, Debug)]
struct Attr {
    mention: Span,
    cue: Span,
    /// The cue token, or `usize::MAX` for cue-less attributions (`― Name`).
    cue_tok: usize,
}

/// Attributes each quote to its speaker, links mentions into entities, and collects reported
/// statements.
pub fn attribute(doc: &Doc, quotes: &mut [Quote]) -> Found {
    let ctx = Ctx::new(doc, quotes);
    let n = doc.tokens.len();

    // Every cue outside quotes, with its subject where one is found.
    let mut cue_subject: Vec<Option<Attr>> = Vec::new();
    let mut cue_toks: Vec<usize> = Vec::new();
    for (b, block) in ctx.blocks.iter().enumerate() {
        for i in positions(b, block.cue & !block.quoted) {
            cue_toks.push(i);
            cue_subject.push(ctx.subject_of(i));
        }
    }
    let subject_at = |tok: usize| -> Option<Attr> {
        cue_toks.binary_search(&tok).ok().and_then(|k| cue_subject[k])
    };

    let mut attr: Vec<Option<Attr>> = vec![None; quotes.len()];
    let mut used_cues: Vec<usize> = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if q.parent.is_some() || q.kind == QuoteKind::Scare {
            continue;
        }
        let (first, after) = ctx.quote_toks[qi];
        // A quote inside a sentence that ends with it (`Russia insisted that Pyongyang "stop."`)
        // is not attributed by the next sentence's subject.
        let starts = first == 0 || ctx.sent(first - 1) != ctx.sent(first);
        let ends = after < n && after > 0 && ctx.starts_sentence(after);
        let found = (if ends && !starts { None } else { ctx.after_quote(after) })
            .or_else(|| ctx.before_in_sentence(first, &subject_at))
            .or_else(|| ctx.later_in_sentence(after, &subject_at))
            .filter(|a| !ctx.inside_quote(a.mention));
        if let Some(a) = found {
            used_cues.push(a.cue_tok);
        }
        attr[qi] = found;
    }
    for (qi, q) in quotes.iter_mut().enumerate() {
        if q.kind == QuoteKind::Partial && q.parent.is_none() && attr[qi].is_none() && q.continues.is_none() {
            q.kind = QuoteKind::Scare;
        }
    }

    // Speaker events in text order: each attributed quote and each cue subject, by position.
    crate::sort_by(&mut used_cues, |&c| (c as u64, 0, 0));
    // Both lists are in text order (cues by token, quotes by start), so they are merged, cues
    // first on a tie as the stable sort below would put them; the sort then only checks.
    let cue_events = cue_toks.iter().zip(&cue_subject).filter_map(|(&c, a)| a.map(|a| (c, a)));
    let quote_events = ctx.quote_toks.iter().zip(&attr).filter_map(|(&(first, _), a)| a.map(|a| (first, a)));
    let key = |&(pos, a): &(usize, Attr)| (pos as u64, a.mention.start as u64, 0);
    let mut events: Vec<(usize, Attr)> = Vec::new(); // (token position, attribution)
    let (mut cue_events, mut quote_events) = (cue_events.peekable(), quote_events.peekable());
    loop {
        let next = match (cue_events.peek(), quote_events.peek()) {
            (Some(c), Some(q)) if key(q) < key(c) => quote_events.next(),
            (Some(_), _) => cue_events.next(),
            (None, _) => quote_events.next(),
        };
        let Some(e) = next else { break };
        events.push(e);
    }
    crate::sort_by(&mut events, key);

    inherit(&ctx, quotes, &mut attr, &events);

    // Link every mention, in text order, into entities: speakers, cue subjects, and named
    // sentence subjects (`Foreign Minister Ana Ruiz met …`), so that later surnames,
    // descriptions and pronouns find them.
    let mut mentions: Vec<Span> = events.iter().map(|&(_, a)| a.mention).collect();
    // The one told (`Blinken told Lavrov`) is named near a cue too.
    for &c in &cue_toks {
        if ctx.any(c, &["told", "tells", "tell", "telling"]) {
            if let Some((m, _)) = ctx.np_forward(c + 1).filter(|&(m, _)| ctx.cap(doc.token_at(m.start)) && !ctx.is_pronoun_span(m) && !ctx.inside_quote(m)) {
                mentions.push(m);
            }
        }
    }
    for &i in &ctx.sent_first {
        if !ctx.quoted(i) {
            if let Some(m) = ctx.sentence_subject(i, true).filter(|&m| ctx.is_named(m) || ctx.apposition(m).is_some()) {
                mentions.push(m);
            }
        }
    }
    mentions.extend(attr.iter().flatten().map(|a| a.mention));
    // `…, attacked by Ana Duarte, who called it "reckless"`: a relative pronoun stands for the
    // phrase before its comma, which the linker then finds as the latest person; without it
    // `who` would take whoever was named last before that phrase.
    for k in 0..mentions.len() {
        if !mentions[k].of(doc.text).eq_ignore_ascii_case("who") {
            continue;
        }
        let w = doc.token_at(mentions[k].start);
        if w >= 2 && ctx.tok(w - 1) == "," && ctx.same_sentence(w - 2, w) && !ctx.quoted(w - 2) {
            if let Some(m) = ctx.np_backward(w - 2).filter(|&m| !ctx.is_pronoun_span(m)) {
                mentions.push(m);
            }
        }
    }
    crate::sort_by(&mut mentions, |m| (m.start as u64, m.end as u64, 0));
    mentions.dedup();
    // Appositions name one entity twice: `the keeper, Tomas Brek,`, `Ana Ruiz, a lawyer,`.
    let mut aliases: Vec<(Span, Span)> = Vec::new();
    for &m in &mentions {
        if let Some(a) = ctx.apposition(m) {
            aliases.push((a, m));
        }
    }
    let mut all: Vec<(Span, Option<Span>)> = mentions.iter().map(|&m| (m, None)).collect();
    all.extend(aliases.iter().map(|&(a, m)| (a, Some(m))));
    // Each mention's own entry (None) first, then its aliases in the order they were pushed,
    // which is by `m` (pushed in the order of the sorted `mentions`): dedup keeps the first.
    crate::sort_by(&mut all, |(a, m)| (a.start as u64, a.end as u64, u64::from(m.is_some())));
    all.dedup_by_key(|x| x.0);
    let mentions: Vec<Span> = all.iter().map(|x| x.0).collect();
    let alias_of: Vec<Option<usize>> = all.iter().map(|x| x.1.and_then(|m| mentions.binary_search(&m).ok())).collect();
    let (entities, ids) = coref::link(doc.text, &mentions, &alias_of);
    let id_of = |m: Span| mentions.binary_search(&m).ok().and_then(|k| ids[k]);

    for (qi, q) in quotes.iter_mut().enumerate() {
        if let Some(a) = attr[qi] {
            q.mention = Some(a.mention);
            q.cue = Some(a.cue);
            q.speaker_id = id_of(a.mention);
            q.speaker = q.speaker_id.map(|id| entities[id].name.clone());
        }
    }

    // Reported speech: the first unused cue with a subject in each sentence outside quotes.
    let mut reported = Vec::new();
    let mut last_sent = u32::MAX;
    for (k, &c) in cue_toks.iter().enumerate() {
        let Some(a) = cue_subject[k] else { continue };
        let participle = ctx.is_participle(c) && !ctx.tok(c).eq_ignore_ascii_case("according");
        if used_cues.binary_search(&c).is_ok() || ctx.sent(c) == Some(last_sent) || participle {
            continue;
        }
        last_sent = ctx.sent(c).unwrap_or(u32::MAX);
        let (s, e) = ctx.sentence_bounds(c);
        let id = id_of(a.mention);
        reported.push(Reported {
            start: doc.tokens[s].span().start,
            end: doc.tokens[e].span().end,
            speaker: id.map(|id| entities[id].name.clone()),
            speaker_id: id,
            mention: a.mention,
            cue: a.cue,
        });
    }
    Found { entities, reported }
}

/// Steps 4 and 5 of the attribution: speakers carried within a paragraph, to floating
/// paragraphs, and along the parts of multi-paragraph quotes.
fn inherit(ctx: &Ctx, quotes: &[Quote], attr: &mut [Option<Attr>], events: &[(usize, Attr)]) {
    let doc = ctx.doc;
    // Along continuation chains, both ways.
    for qi in 0..quotes.len() {
        if let Some(p) = quotes[qi].continues {
            if attr[qi].is_none() && p < qi {
                attr[qi] = attr[p];
            }
        }
    }
    for qi in (0..quotes.len()).rev() {
        if let Some(p) = quotes[qi].continues {
            if attr[p].is_none() && p < qi {
                attr[p] = attr[qi];
            }
        }
    }
    // Events by paragraph, for "the previous speaker in this paragraph".
    let mut ev = 0; // first event not before the current quote
    let mut prev_para_last: Option<Attr> = None; // the last speaker of the paragraph before
    let mut cur_para = usize::MAX;
    let mut cur_last: Option<Attr> = None;
    let mut qi = 0;
    let npara = doc.paragraphs.len();
    // The next attributed top-level quote of the paragraph, for each of its quotes.
    let mut next_attr: Vec<Option<Attr>> = Vec::new();
    for p in 0..npara {
        let para = doc.paragraphs[p];
        // The quotes of this paragraph.
        let q0 = qi;
        while qi < quotes.len() && quotes[qi].start < para.end {
            qi += 1;
        }
        let q1 = qi;
        if cur_para != p {
            prev_para_last = if cur_para == usize::MAX { None } else { cur_last };
            cur_para = p;
            cur_last = None;
        }
        let para_has_cue = events.iter().skip(ev).take_while(|(pos, _)| doc.tokens[*pos].span().start < para.end).any(|(pos, _)| ctx.para(*pos) == p)
            || (q0..q1).any(|k| attr[k].is_some_and(|a| a.cue_tok != usize::MAX));
        let floating = !para_has_cue && quote_share(quotes, q0, q1, para) >= 0.8;
        next_attr.clear();
        next_attr.resize(q1 - q0, None);
        let mut upcoming = None;
        for k in (q0..q1).rev() {
            next_attr[k - q0] = upcoming;
            if quotes[k].parent.is_none() && attr[k].is_some() {
                // A reply answers the words before it, which are someone else's:
                // `"It is dead." Brek replied: "It is not."`.
                let reply = attr[k].is_some_and(|a| a.cue_tok != usize::MAX && ctx.any(a.cue_tok, &["replied", "replies", "responded", "responds", "retorted", "retorts", "countered", "counters", "answered", "answers", "rejoined"]));
                upcoming = if reply { None } else { attr[k] };
            }
        }
        for k in q0..q1 {
            let q = &quotes[k];
            let pos = ctx.quote_toks[k].0;
            while ev < events.len() && events[ev].0 < pos {
                if ctx.para(events[ev].0) == p {
                    cur_last = Some(events[ev].1);
                }
                ev += 1;
            }
            if q.parent.is_some() || q.kind == QuoteKind::Scare {
                continue;
            }
            if attr[k].is_none() {
                attr[k] = cur_last.or(next_attr[k - q0]).or(if floating { prev_para_last } else { None });
            }
            if attr[k].is_some() {
                cur_last = attr[k];
            }
        }
        while ev < events.len() && doc.tokens[events[ev].0].span().start < para.end {
            if ctx.para(events[ev].0) == p {
                cur_last = Some(events[ev].1);
            }
            ev += 1;
        }
    }
}

/// How much of a paragraph its top-level quotes cover.
fn quote_share(quotes: &[Quote], q0: usize, q1: usize, para: Span) -> f64 {
    let covered: usize = (q0..q1).filter(|&k| quotes[k].parent.is_none()).map(|k| quotes[k].end.min(para.end).saturating_sub(quotes[k].start)).sum();
    covered as f64 / para.len().max(1) as f64
}


impl<'a, 't> Ctx<'a, 't> {
    /// Whether a top-level quote covers token `i`: [`Ctx::qa`] is `Some`, without its rank.
    fn quoted(&self, i: usize) -> bool {
        self.blocks.get(i / 64).is_some_and(|b| b.quoted >> (i % 64) & 1 == 1)
    }

    /// The top-level quote covering token `i`, if any.
    fn qa(&self, i: usize) -> Option<usize> {
        let b = self.blocks.get(i / 64).filter(|b| b.quoted >> (i % 64) & 1 == 1)?;
        let k = rank(b.quote_starts, b.quotes_before, i).checked_sub(1)?;
        self.quote_ids.get(k as usize).copied()
    }

    /// The sentence number of token `i`; `None` past the last token.
    fn sent(&self, i: usize) -> Option<u32> {
        let b = self.blocks.get(i / 64).filter(|_| i < self.doc.tokens.len())?;
        Some(rank(b.sent_starts, b.sents_before, i).saturating_sub(1))
    }

    /// Whether token `i` starts a sentence.
    fn starts_sentence(&self, i: usize) -> bool {
        self.blocks.get(i / 64).is_some_and(|b| b.sent_starts >> (i % 64) & 1 == 1)
    }

    /// The paragraph of token `i`.
    fn para(&self, i: usize) -> usize {
        self.sent(i).and_then(|s| self.sent_para.get(s as usize)).map_or(0, |&p| p as usize)
    }

    fn new(doc: &'a Doc<'t>, quotes: &[Quote]) -> Ctx<'a, 't> {
        let n = doc.tokens.len();
        let (mut blocks, mut quote_ids) = (vec![Block::default(); n.div_ceil(64)], Vec::new());
        let quote_toks: Vec<(usize, usize)> = quotes.iter().map(|q| (doc.token_at(q.start), doc.token_at(q.end))).collect();
        // Quotes are sorted by start, and pairs never cross (quotes::finish): the top-level ones
        // are in text order and disjoint.
        for (qi, q) in quotes.iter().enumerate() {
            if q.parent.is_some() {
                continue;
            }
            let (a, b) = quote_toks[qi];
            if a >= b || b > n {
                continue;
            }
            quote_ids.push(qi);
            blocks[a / 64].quote_starts |= 1 << (a % 64);
            // The bits of a..b, a word at a time.
            for (k, block) in blocks.iter_mut().enumerate().take(b.div_ceil(64)).skip(a / 64) {
                let lo = a.saturating_sub(k * 64).min(64);
                let hi = (b - k * 64).min(64);
                block.quoted |= u64::MAX.checked_shl(lo as u32).unwrap_or(0) & u64::MAX.checked_shr(64 - hi as u32).unwrap_or(0);
            }
        }
        let mut count = 0u32;
        for block in &mut blocks {
            block.quotes_before = count;
            count = count.saturating_add(block.quote_starts.count_ones());
        }
        let mut ctx = Ctx { doc, blocks, quote_ids, sent_para: Vec::new(), sent_first: Vec::new(), sent_last: Vec::new(), quote_toks };
        ctx.sentences_and_cue_gate();
        let mut count = 0u32;
        for block in &mut ctx.blocks {
            block.sents_before = count;
            count = count.saturating_add(block.sent_starts.count_ones());
        }
        // The cue gate's candidates, kept where they are cues; this needs the sentences.
        for b in 0..ctx.blocks.len() {
            let not_cues = positions(b, ctx.blocks[b].cue).filter(|&i| !ctx.cue_at(i)).fold(0u64, |w, i| w | 1 << (i % 64));
            ctx.blocks[b].cue &= !not_cues;
        }
        ctx
    }

    /// Paragraphs and sentences in one pass, and the tokens that [`Ctx::may_cue`] lets through
    /// in [`Block::cue`]. A sentence may start only where a paragraph may (after a line break) or
    /// where [`Ctx::may_end_sentence`] holds of the token before: both are made into a bit a
    /// token without branches, and only those tokens are visited (about one in five).
    fn sentences_and_cue_gate(&mut self) {
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut p = 0;
        // Whether the token before the block is punctuation, and quoted.
        let (mut punct_before, mut quoted_before) = (0u64, 0u64);
        let gates = doc.token_bits(|_, class| class & CUE_GATE != 0);
        for ((b, toks), &gate) in doc.tokens.chunks(64).enumerate().zip(&gates) {
            let (mut punct, mut newline) = (0u64, 0u64);
            for (k, t) in toks.iter().enumerate() {
                punct |= u64::from(t.kind() == TokKind::Punct) << k;
                newline |= u64::from(t.newline_before()) << k;
            }
            let Some(block) = self.blocks.get_mut(b) else { break };
            block.cue = gate;
            let (quoted, starts) = (block.quoted, block.quote_starts);
            let prev_punct = punct << 1 | punct_before;
            let prev_quoted = quoted << 1 | quoted_before;
            // `may_end_sentence(i - 1, i)`, for every token of the block at once.
            let may_end = (prev_punct & !prev_quoted) | (prev_quoted & (!quoted | starts));
            let live = u64::MAX.checked_shr(64 - toks.len() as u32).unwrap_or(0);
            let first = u64::from(b == 0);
            (punct_before, quoted_before) = (punct >> 63, quoted >> 63);
            for i in positions(b, (newline | may_end | first) & live) {
                let prev_p = p;
                // A paragraph starts only after a line break (see `Doc::paragraphs`).
                let t = doc.tokens[i];
                while t.newline_before() && p + 1 < doc.paragraphs.len() && doc.paragraphs[p].end <= t.span().start {
                    p += 1;
                }
                if i == 0 {
                    self.sent_first.push(0);
                    self.sent_para.push(p as u32);
                    self.blocks[0].sent_starts |= 1;
                } else if p != prev_p || (self.may_end_sentence(i - 1, i) && self.ends_sentence(i - 1, i)) {
                    self.sent_last.push(i - 1);
                    self.sent_first.push(i);
                    self.sent_para.push(p as u32);
                    self.blocks[b].sent_starts |= 1 << (i % 64);
                }
            }
        }
        if n > 0 {
            self.sent_last.push(n - 1);
        }
    }

    fn tok(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }

    /// Whether token `i` is one of `words` (lower case), ignoring ASCII case: for short lists
    /// asked about once in a while, where a comparison or two beats a lookup.
    fn any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.tok(i);
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// A word that never belongs inside a speaker's phrase; acronyms (`US`) are names.
    fn stop(&self, i: usize) -> bool {
        self.doc.is(i, &STOP) && {
            let w = self.tok(i);
            !(w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()))
        }
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind() == TokKind::Word)
    }

    fn cap(&self, i: usize) -> bool {
        self.is_word(i) && self.doc.has(i, crate::text::CAPITALISED)
    }

    /// Whether [`Ctx::ends_sentence`] may hold: only a full stop, a question or exclamation
    /// mark, an ellipsis (all punctuation) or a quote's last token can end a sentence (see the
    /// `match` there), and never inside a quote. Turns away nearly every token cheaply.
    #[inline]
    fn may_end_sentence(&self, prev: usize, next: usize) -> bool {
        if !self.quoted(prev) {
            return self.doc.tokens[prev].kind() == TokKind::Punct;
        }
        // Whether `prev` and `next` lie in different top-level quotes. Those are disjoint, so
        // two neighbours both quoted are in two only if a quote starts at the second: a bit,
        // where the quotes' numbers would take two ranks.
        match (next == prev + 1, self.quoted(next)) {
            (_, false) => true,
            (true, true) => self.blocks.get(next / 64).is_some_and(|b| b.quote_starts >> (next % 64) & 1 == 1),
            (false, true) => self.qa(prev) != self.qa(next),
        }
    }

    /// Whether a sentence ends between tokens `prev` and `next`.
    fn ends_sentence(&self, prev: usize, next: usize) -> bool {
        let nt = &self.doc.tokens[next];
        if !nt.space_before() {
            return false;
        }
        let inside = self.quoted(prev) && self.qa(prev) == self.qa(next);
        if inside {
            return false;
        }
        let next_starts = self.cap(next) || self.doc.tokens[next].kind() == TokKind::Num || self.qa(next).is_some_and(|q| self.qa(prev) != Some(q));
        if !next_starts {
            return false;
        }
        // The token's text last: most punctuation (commas) is turned away above.
        match self.tok(prev) {
            "?" | "!" | "…" => true,
            "." => !self.is_abbreviation(prev),
            _ => {
                // A quote ending in `."`, `?”`: the sentence ends with it.
                if let Some(q) = self.qa(prev) {
                    if self.qa(next) != Some(q) && prev >= 1 && self.qa(prev - 1) == Some(q) {
                        return matches!(self.tok(prev - 1), "." | "?" | "!" | "…");
                    }
                }
                false
            }
        }
    }

    /// The full stop at token `dot` belongs to an abbreviation or an initial.
    fn is_abbreviation(&self, dot: usize) -> bool {
        let Some(w) = dot.checked_sub(1) else { return false };
        let tok = &self.doc.tokens[dot];
        if tok.space_before() || !self.is_word(w) {
            return false;
        }
        let word = self.tok(w);
        word.chars().count() == 1 || self.doc.is(w, &ABBREVIATIONS)
    }

    /// A speech verb used as one: not part of a name (`the United States`).
    fn is_cue(&self, i: usize) -> bool {
        self.blocks.get(i / 64).is_some_and(|b| b.cue >> (i % 64) & 1 == 1)
    }

    /// Whether [`Ctx::cue_at`] may hold at token `i`: it is in one of the lists a cue starts
    /// with. One AND turns away nearly every token; [`Ctx::new`] asks it of every token at
    /// once, by [`Doc::token_bits`].
    #[cfg(test)]
    fn may_cue(&self, i: usize) -> bool {
        self.doc.class(i) & CUE_GATE != 0
    }

    /// Whether token `i` is a cue; [`Ctx::is_cue`] keeps the answer for every token.
    fn cue_at(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.tok(i);
        if w.eq_ignore_ascii_case("according") {
            return self.tok(i + 1).eq_ignore_ascii_case("to");
        }
        if self.phrase_particle(i).is_some() {
            return true;
        }
        if !self.doc.is(i, &CUE_VERBS) {
            return false;
        }
        if self.cap(i) && !self.sentence_initial(i) {
            return false;
        }
        true
    }

    /// The particle of a two-word cue starting at `i` (`pointed out`, `put it`).
    fn phrase_particle(&self, i: usize) -> Option<usize> {
        if !self.doc.is(i, &CUE_STARTS) {
            return None;
        }
        let (w, next) = (self.tok(i), self.tok(i + 1));
        lexicon::CUE_PHRASES
            .iter()
            .any(|(a, b)| a.eq_ignore_ascii_case(w) && b.eq_ignore_ascii_case(next))
            .then_some(i + 1)
    }

    fn is_participle(&self, i: usize) -> bool {
        let w = self.tok(i);
        w.ends_with("ing") || w.eq_ignore_ascii_case("according")
    }

    /// Whether token `i` starts its sentence (after any opening quote marks).
    fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && self.sent(j - 1) == Some(self.sent(i).unwrap_or(0)) && self.doc.tokens[j - 1].kind() == TokKind::Punct && j + 3 > i {
            j -= 1;
        }
        j == 0 || self.sent(j - 1) != self.sent(i) || self.doc.tokens.is_empty()
    }

    /// The cue span, stretched over `in a statement` and the like.
    fn cue_span(&self, i: usize) -> Span {
        let t = &self.doc.tokens;
        let mut span = t[i].span();
        if self.tok(i).eq_ignore_ascii_case("according") {
            return span.cover(t[i + 1].span());
        }
        if let Some(p) = self.phrase_particle(i) {
            return span.cover(t[p].span());
        }
        if self.tok(i + 1).eq_ignore_ascii_case("in") && self.any(i + 2, &["a", "an", "the"]) {
            // `said in a statement`, `said in a joint statement`.
            if self.doc.is(i + 3, &STATEMENT_NOUNS) {
                span = span.cover(t[i + 3].span());
            } else if self.is_word(i + 3) && !self.cap(i + 3) && self.doc.is(i + 4, &STATEMENT_NOUNS) {
                span = span.cover(t[i + 4].span());
            }
        }
        span
    }

    /// The subject of the cue at token `c`: `X said`, `X, the minister, said`, or for a
    /// cue at the start of a clause, the inverted `said X`; `according to X`.
    fn subject_of(&self, c: usize) -> Option<Attr> {
        let make = |m: Span| Attr { mention: m, cue: self.cue_span(c), cue_tok: c };
        if self.tok(c).eq_ignore_ascii_case("according") {
            let t = &self.doc.tokens;
            // A bare plural (`according to officials`, `to documents seen by Reuters`) is no
            // phrase that `np_forward` reads alone.
            let bare = || {
                let mut k = c + 2;
                while k < c + 6 && self.is_word(k) && !self.cap(k) && !self.stop(k) && !self.doc.is(k, &NP_PREPOSITIONS) && !self.is_cue(k) {
                    k += 1;
                }
                // `according to conservative talk radio host Rush Limbaugh`: the words run on
                // into a name.
                while k > c + 2 && k < c + 10 && self.is_word(k) && self.cap(k) && !t[k].newline_before() {
                    k += 1;
                }
                (k > c + 2).then(|| (t[c + 2].span().cover(t[k - 1].span()), k))
            };
            let (m, next) = self.np_forward(c + 2).or_else(bare)?;
            // `according to a report by the Gazette`, `to data from the ministry`, `to
            // documents seen by Reuters`: a common noun's source speaks. A name stays.
            // The phrase read may hold the source already (`a statement from the ministry`).
            let inside = (c + 3..next).find(|&k| self.any(k, &["by", "from"]));
            let by = if inside.is_some() {
                inside
            } else if self.any(next, &["by", "from"]) {
                Some(next)
            } else if (self.doc.low(next).ends_with("ed") || self.any(next, &["seen", "written", "given", "drawn"])) && self.any(next + 1, &["by", "from"]) {
                Some(next + 1)
            } else {
                None
            };
            if let Some(b) = by.filter(|&b| b > 0 && !self.cap(b - 1)) {
                if let Some((src, _)) = self.np_forward(b + 1) {
                    return Some(make(src));
                }
            }
            return Some(make(m));
        }
        if self.is_participle(c) {
            // `footage of Ruiz saying "…"`: a subject right before; after a comma the
            // participle hangs from the main clause, whose subject the caller looks for.
            let prev = c.checked_sub(1)?;
            if !self.same_sentence(prev, c) || !self.is_word(prev) || self.doc.is(prev, &VERB_PREFIX) {
                return None;
            }
            return self.np_backward(prev).map(make);
        }
        // Skip auxiliaries and adverbs before the verb.
        let mut j = c;
        let mut steps = 0;
        while j > 0 && steps < 3 && self.is_word(j - 1) && self.doc.is(j - 1, &VERB_PREFIX) && self.same_sentence(j - 1, c) {
            j -= 1;
            steps += 1;
        }
        // A passive (`It was attacked by Ruiz`, `Ruiz was told`): its subject is the one spoken
        // of or to; the speaker, if any, is the agent after `by`. `was quoted as saying` keeps
        // its subject, and `was saying` is no passive.
        if (j..c).any(|k| self.any(k, &["was", "were", "is", "are", "been", "being"])) && !self.any(c, &["quoted"]) && (self.doc.low(c).ends_with("ed") || self.any(c, &["told", "said", "written"])) {
            if self.any(c + 1, &["by"]) && self.same_sentence(c, c + 2) {
                return self.np_forward(c + 2).map(|(m, _)| make(m));
            }
            return None;
        }
        if j == 0 || !self.same_sentence(j - 1, c) {
            return self.inverted(c).map(make);
        }
        let mut end = j - 1;
        // `Ruiz laughed and said`: the subject of the first verb.
        if self.tok(end).eq_ignore_ascii_case("and") && end >= 2 && self.is_word(end - 1) && !self.cap(end - 1) && self.same_sentence(end - 2, c) && !self.stop(end - 1) {
            let verb = end - 1;
            if self.tok(verb).ends_with("ed") || self.doc.is(verb, &CUE_VERBS) {
                end = verb - 1;
            }
        }
        if self.tok(end) == "," {
            if let Some(m) = self.appositive_subject(end, c) {
                return Some(make(m));
            }
            return self.inverted(c).map(make);
        }
        if self.quoted(end) {
            return self.inverted(c).map(make);
        }
        let m = self.np_backward(end).map(|m| self.past_modifier(m)).filter(|&m| !self.noun_not_subject(c, m)).map(make);
        m.or_else(|| self.inverted(c).map(make))
    }

    /// `a phone call`, `the official notes`: a cue that can be a noun, after a phrase ending
    /// in a singular common noun, is that noun's compound, not a verb.
    fn noun_not_subject(&self, c: usize, m: Span) -> bool {
        if !self.doc.is(c, &NOUNISH_CUES) {
            return false;
        }
        // Before a colon, `that` or a quote it is a verb: `the newsletter reports:`.
        let next = c + 1;
        if matches!(self.tok(next), ":" | ",") || self.tok(next).eq_ignore_ascii_case("that") || self.quoted(next) || !self.same_sentence(c, next) {
            return false;
        }
        // `Republican claims as "false"`: followed by a preposition or a verb, it is a noun.
        if self.is_word(next) && self.any(next, &["as", "of", "in", "on", "from", "were", "are", "was", "is", "have", "had", "has", "and", "or", "by", "about", "against", "with", "at", "will", "would", "could"]) {
            return true;
        }
        let last = m.of(self.doc.text).split_whitespace().last().unwrap_or("");
        let lower = last.chars().next().is_some_and(char::is_lowercase);
        lower && !last.ends_with('s') && !PRONOUNS.contains(last)
    }

    /// `Protesters marching through the streets chanted`: a phrase right after a preposition
    /// is its object, and the subject is the phrase before the preposition (and any participle).
    fn past_modifier(&self, m: Span) -> Span {
        let s = self.doc.token_at(m.start);
        if !self.is_word(s) || !self.any(s, &["the", "a", "an", "his", "her", "their", "its"]) {
            return m;
        }
        let Some(p) = s.checked_sub(1) else { return m };
        if !self.is_word(p) || !self.doc.is(p, &PP_HEADS) || !self.same_sentence(p, s) {
            return m;
        }
        let mut e = match p.checked_sub(1) {
            Some(e) if self.same_sentence(e, s) => e,
            _ => return m,
        };
        if self.tok(e).ends_with("ing") && e > 0 && self.same_sentence(e - 1, s) {
            e -= 1;
        }
        match self.np_backward(e) {
            Some(outer) if !self.is_pronoun_span(outer) => Span::new(outer.start, outer.end),
            _ => m,
        }
    }

    /// `said X` right after a quote or a comma: `"…," said Blinken`, `…, said the mayor.`
    fn inverted(&self, c: usize) -> Option<Span> {
        let prev_ok = c > 0 && self.same_sentence(c - 1, c) && (self.tok(c - 1) == "," || self.quoted(c - 1));
        let initial = self.cap(c) && self.sentence_initial(c);
        if !prev_ok && !initial {
            return None;
        }
        if self.any(c + 1, &["that", "this", "to", "of"]) {
            // `"…" suggests that Phoenix …`: a clause follows, not the speaker.
            return None;
        }
        let Some((m, next)) = self.np_forward(c + 1) else {
            return if prev_ok && self.quoted(c - 1) { self.bare_role(c + 1) } else { None };
        };
        if !prev_ok && !matches!(self.tok(next), ":" | ",") {
            return None;
        }
        if self.is_pronoun_span(m) && !self.same_sentence(c, next.min(self.doc.tokens.len().saturating_sub(1))) {
            return Some(m);
        }
        Some(m)
    }

    /// Headline style after a quote and its verb, without a determiner: `"…," vows mayor`,
    /// `says central bank chief`, `warns mayor of Tarrow`. Up to three lower-case words ending
    /// in a role noun, and then the end of the sentence or a comma (a prepositional phrase
    /// after the noun stays outside the mention, as in `the mayor of Hull`).
    fn bare_role(&self, i: usize) -> Option<Span> {
        let t = &self.doc.tokens;
        let mut k = i;
        while k < i + 3 && self.is_word(k) && !self.cap(k) && !self.stop(k) && !self.doc.is(k, &NP_PREPOSITIONS) && !self.doc.is(k, &PRONOUNS) && !self.is_cue(k) && (k == i || !t[k].newline_before()) {
            k += 1;
        }
        let last = k.checked_sub(1).filter(|&l| l >= i)?;
        let ends = k >= t.len() || !self.same_sentence(last, k) || t[k].newline_before() || matches!(self.tok(k), "," | "." | ";") || self.doc.is(k, &NP_PREPOSITIONS);
        let w = self.tok(last);
        let person = self.doc.is(last, &coref::PERSON_NOUNS) || w.strip_suffix('s').is_some_and(|s| coref::PERSON_NOUNS.contains(s));
        (ends && person).then(|| t[i].span().cover(t[last].span()))
    }

    /// The phrase in apposition right after mention `m`, between commas, when one of the two
    /// is a name: `Tomas Brek` in `the keeper, Tomas Brek, said`.
    fn apposition(&self, m: Span) -> Option<Span> {
        let t = &self.doc.tokens;
        let after = self.doc.token_at(m.end);
        if self.tok(after) != "," || (after >= self.doc.tokens.len() || self.quoted(after)) {
            return None;
        }
        let (a, mut next) = self.np_forward(after + 1)?;
        // `a spokeswoman for the ministry of health,`: the phrase reads up to `of`, and the
        // rest of a prepositional phrase may follow before the comma.
        if self.doc.is(next, &NP_PREPOSITIONS) && next > 0 && coref::is_role_noun(self.tok(next - 1)) {
            let mut k = next + 1;
            while k < next + 6 && self.is_word(k) && !self.stop(k) && !self.is_cue(k) && !self.quoted(k) && !self.doc.is(k, &PRONOUNS) {
                k += 1;
            }
            if k > next + 1 {
                next = k;
            }
        }
        if !matches!(self.tok(next), "," | "." | ";") || !self.same_sentence(after, next.min(t.len() - 1)) {
            return None;
        }
        let cap_end = |s: Span| s.of(self.doc.text).split_whitespace().last().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let det_start = |s: Span| s.of(self.doc.text).split_whitespace().next().is_some_and(|w| DETERMINERS.contains(w));
        let pron = |s: Span| self.is_pronoun_span(s);
        if pron(m) || pron(a) {
            return None;
        }
        // One name, one description.
        ((cap_end(m) && det_start(a)) || (det_start(m) && cap_end(a) && !det_start(a))).then_some(a)
    }

    /// The first token of quote `q`, which covers token `last` (bounded walk back).
    fn first_of_quote(&self, q: usize, last: usize) -> usize {
        let mut k = last;
        while k > 0 && last - k < 400 && self.qa(k - 1) == Some(q) {
            k -= 1;
        }
        k
    }

    /// Whether any token of `m` lies inside a quote: a speaker is never quoted words.
    fn inside_quote(&self, m: Span) -> bool {
        let (a, b) = (self.doc.token_at(m.start), self.doc.token_at(m.end));
        (a..b.min(self.doc.tokens.len())).any(|k| self.quoted(k))
    }

    /// A name worth an entity on its own: two capitalised words or more, or a title and a name.
    fn is_named(&self, m: Span) -> bool {
        let (mut words, mut caps, mut last_cap) = (0, 0, false);
        for w in m.of(self.doc.text).split_whitespace() {
            last_cap = w.chars().next().is_some_and(char::is_uppercase);
            words += 1;
            caps += usize::from(last_cap);
        }
        words <= 6 && caps >= 2 && last_cap
    }

    fn is_pronoun_span(&self, m: Span) -> bool {
        PRONOUNS.contains(m.of(self.doc.text))
    }

    /// `X, an appositive, said`: the subject before a chain of comma-delimited phrases that
    /// starts at a clause boundary (the sentence start, a quote, `which`, `as`, a dash).
    /// `comma` is the comma right before the verb at `c`.
    fn appositive_subject(&self, comma: usize, c: usize) -> Option<Span> {
        let mut commas = 0;
        let mut i = comma;
        let lo = comma.saturating_sub(30);
        let after = |k: usize| -> Option<Span> {
            // The phrase starting at `k` ends at the chain's first comma.
            let (m, next) = self.np_forward(k)?;
            (self.tok(next) == ",").then_some(m)
        };
        while i > lo {
            i -= 1;
            let w = self.tok(i);
            if w == ")" {
                // A parenthesis inside the chain (`Takeshi Yamada (山田武), who …, said`): read
                // on before it; the phrase it belongs to keeps it.
                let mut k = i;
                while k > lo && self.tok(k) != "(" && self.same_sentence(k, c) {
                    k -= 1;
                }
                if self.tok(k) == "(" && k > lo {
                    i = k;
                    continue;
                }
            }
            let start = i == 0 || !self.same_sentence(i - 1, c);
            if !self.same_sentence(i, c) || self.quoted(i) || matches!(w, ";" | ":" | "—" | "–" | "-" | "(" | "―") {
                return after(i + 1);
            }
            let after_comma = i > 0 && self.tok(i - 1) == ",";
            // `and` inside an appositive joins phrases; `, who …,` is a relative clause inside
            // the chain.
            let relative = self.any(i, &["who", "which", "whose"]);
            if relative {
                // `, which the engineer, Ana Ruiz, called`: the subject follows the pronoun;
                // `, who visited on Monday,` is a clause inside the chain.
                if let Some(m) = after(i + 1) {
                    return Some(m);
                }
            }
            let joins = (self.any(i, &["and", "or", "but"]) && !(start || after_comma)) || relative;
            if self.is_word(i) && !joins && (self.doc.is(i, &CLAUSE_WORDS) || (start && self.doc.is(i, &CONNECTIVES))) {
                // `With 50 days until the election, Ruiz, an adviser, called`: inside an
                // introductory phrase, the subject comes after it.
                if let Some(fc) = self.intro_comma(i, comma) {
                    return after(fc + 1);
                }
                if let Some(m) = after(i + 1) {
                    return Some(m);
                }
                // A clause inside the chain (`Ruiz, who has campaigned since he left, said`).
                continue;
            }
            if w == "," {
                commas += 1;
                if commas > 3 {
                    return None;
                }
                if i > 0 && self.quoted(i - 1) {
                    return self.np_forward(i + 1).map(|(m, _)| m);
                }
            }
            if start {
                if let Some(fc) = self.intro_comma(i, comma) {
                    return after(fc + 1);
                }
                return after(i);
            }
        }
        None
    }

    /// When token `i` lies in an introductory phrase at the start of its sentence (`In Kyiv,`,
    /// `With days to go until the vote,`), the comma that ends the phrase (before `limit`).
    fn intro_comma(&self, i: usize, limit: usize) -> Option<usize> {
        let mut s = i;
        while s > 0 && i - s < 40 && self.same_sentence(s - 1, i) {
            s -= 1;
        }
        while self.doc.tokens.get(s).is_some_and(|t| t.kind() == TokKind::Punct) && s < i {
            s += 1;
        }
        // A prepositional phrase (`In Kyiv,`, `With days to go,`); a subordinate clause has a
        // subject of its own (`As Ruiz, a geologist, put it,`).
        if !self.is_word(s) || !self.doc.is(s, &INTRODUCERS) || self.any(s, &["as", "when", "while", "if", "because", "although", "though", "since", "once", "whereas", "unless", "until"]) {
            return None;
        }
        let mut k = s + 1;
        while k < limit && self.tok(k) != "," {
            k += 1;
        }
        (k < limit && k >= i).then_some(k)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sent(a).is_some() && self.sent(a) == self.sent(b)
    }

    /// The noun phrase ending at token `end` (inclusive), read backwards.
    fn np_backward(&self, end: usize) -> Option<Span> {
        let t = &self.doc.tokens;
        let w = self.tok(end);
        if self.is_word(end) && self.doc.is(end, &PRONOUNS) {
            return Some(t[end].span());
        }
        let adverb = w.ends_with("ly") && !coref::is_role_noun(w) && !self.any(end, &["family", "ally", "assembly", "rally", "monopoly", "supply", "daily", "weekly", "monthly", "quarterly", "bully", "italy", "july"]);
        if self.is_word(end) && (adverb || self.any(end, &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "every", "each", "no"]) || w.ends_with("’s") || w.ends_with("'s")) {
            return None;
        }
        let mut i = end;
        let mut anchored: Option<usize> = None; // the leftmost start that makes a good phrase
        let mut bare = true; // only lower-case words so far
        loop {
            let tok = self.tok(i);
            let kind = t[i].kind();
            let ok = if kind == TokKind::Word {
                if self.doc.is(i, &PRONOUNS) || self.doc.is(i, &CALENDAR) {
                    false
                } else if self.doc.is(i, &DEMONSTRATIVES) && !(i < end && !self.cap(end) && coref::is_role_noun(self.tok(end))) {
                    // `that Clinton described`, `that egregiously described`: a conjunction or
                    // relative, not a determiner.
                    false
                } else if self.doc.is(i, &DETERMINERS) && i != end {
                    anchored = Some(i);
                    // The object of a role's preposition: `the union` in `the head of the
                    // union`, `the ministry` in `a spokesperson for the ministry`; the phrase
                    // goes on to the role.
                    if !(i >= 2 && self.doc.is(i - 1, &NP_PREPOSITIONS) && (self.cap(i - 2) && !self.sentence_initial(i - 2) || coref::is_role_noun(self.tok(i - 2)))) {
                        break;
                    }
                    true
                } else if self.doc.is(i, &NP_PREPOSITIONS) {
                    // Inside a phrase only, after a title or a role: `Secretary of State`,
                    // `a narrator in the ad`; not `footage of Ruiz`.
                    i != end && i > 0 && (self.cap(i - 1) || coref::is_role_noun(self.tok(i - 1)))
                } else if tok.eq_ignore_ascii_case("and") && i != end && i > 0 && anchored == Some(i + 1) && self.cap(i + 1) && self.cap(i - 1) && !self.sentence_initial(i - 1) {
                    // Two names joined: `Ana Ruiz and Tomas Brek said`.
                    true
                } else if self.stop(i) || self.is_cue(i) {
                    false
                } else {
                    if self.cap(i) {
                        if self.sentence_initial(i) && self.doc.is(i, &CONNECTIVES) {
                            false
                        } else {
                            bare = false;
                            anchored = Some(i);
                            true
                        }
                    } else {
                        // Right before a name, a lower-case word is part of the phrase only as
                        // a role (`lawyer Kevin Barrett`) or a particle of the name (`Bill de
                        // Blasio`, `bin Laden`): `In a Bloomberg interview Trump said` has the
                        // subject `Trump`.
                        let before_name = anchored == Some(i + 1) && (i + 1..=end).all(|k| t[k].kind() != TokKind::Word || self.cap(k) || is_name_particle(self.tok(k)));
                        !before_name || coref::is_role_noun(tok) || self.doc.is(i, &coref::TITLES) || i > 0 && self.cap(i - 1) && is_name_particle(tok)
                    }
                }
            } else if tok == "." && self.is_abbreviation(i) {
                true
            } else if tok == ")" {
                // Skip a short parenthesis: `Rep. Ana Ruiz (D-N.M.) said`.
                let mut k = i;
                let mut found = None;
                while k > 0 && i - k < 10 {
                    k -= 1;
                    if self.tok(k) == "(" {
                        found = Some(k);
                        break;
                    }
                }
                match found {
                    Some(k) if k > 0 => {
                        i = k;
                        true
                    }
                    _ => false,
                }
            } else if kind == TokKind::Num {
                true
            } else if matches!(tok, "'" | "’") {
                // A plural possessive inside the phrase: `the dockers' union`.
                i != end && i > 0 && !t[i].space_before() && self.tok(i - 1).ends_with('s')
            } else {
                matches!(tok, "&" | "-")
            };
            if !ok || end - i > 14 {
                break;
            }
            if i == 0 || !self.same_sentence(i - 1, end) || t[i].newline_before() {
                break;
            }
            i -= 1;
        }
        if let Some(s) = anchored {
            let mut s = s;
            // `the following note`: a determiner and a participle are no subject.
            if s + 1 == end && self.doc.is(s, &DETERMINERS) && w.ends_with("ing") {
                return None;
            }
            // A phrase never starts with a preposition or punctuation.
            while s < end && (t[s].kind() != TokKind::Word || self.doc.is(s, &NP_PREPOSITIONS)) {
                s += 1;
            }
            return Some(t[s].span().cover(t[end].span()));
        }
        // Bare lower-case plurals or roles right after a clause boundary: `officials said`.
        if bare && self.is_word(end) && !self.stop(end) && !self.doc.is(end, &NP_PREPOSITIONS) {
            let mut s = end;
            let mut n = 1;
            while s > 0 && n < 3 && self.is_word(s - 1) && !self.cap(s - 1) && !self.stop(s - 1) && !self.doc.is(s - 1, &NP_PREPOSITIONS) && !self.doc.is(s - 1, &PRONOUNS) && self.same_sentence(s - 1, end) {
                s -= 1;
                n += 1;
            }
            let boundary = s == 0 || !self.same_sentence(s - 1, end) || matches!(self.tok(s - 1), "," | ";" | ":" | "(" | "—" | "–") || self.quoted(s - 1) || self.any(s - 1, &["and", "but", "while"]);
            if boundary && plural_like(w) {
                return Some(t[s].span().cover(t[end].span()));
            }
        }
        None
    }

    /// A noun phrase starting at token `i`: its span and the index just past it.
    fn np_forward(&self, i: usize) -> Option<(Span, usize)> {
        let t = &self.doc.tokens;
        if i >= t.len() || !(self.is_word(i) || t[i].kind() == TokKind::Num) {
            return None;
        }
        if self.doc.is(i, &PRONOUNS) {
            return Some((t[i].span(), i + 1));
        }
        if self.doc.is(i, &DEMONSTRATIVES) && self.cap(i + 1) {
            return None;
        }
        let mut j = i;
        let mut det = self.doc.is(i, &DETERMINERS);
        if det {
            j += 1;
        } else if t[i].kind() == TokKind::Num || (self.is_word(i) && !self.cap(i) && (1..4).any(|d| self.cap(i + d))) {
            // `9/11 widow Terry Strada`, `state Del. Ana Ruiz`, `former president Ana Ruiz`,
            // `police spokesman Leon Marsh`: modifiers before a name.
            let mut k = i;
            while k < t.len() && k < i + 4 && !self.cap(k) && (k == i || !t[k].newline_before()) {
                let w = self.tok(k);
                if t[k].kind() == TokKind::Punct && !matches!(w, "/" | "-") {
                    return None;
                }
                if self.is_word(k) && (self.stop(k) || self.is_cue(k) || self.doc.is(k, &PRONOUNS) || self.doc.is(k, &NP_PREPOSITIONS) || w.ends_with('s') && !w.ends_with("ss") || ["ed", "ing", "ly"].iter().any(|x| w.ends_with(x))) {
                    return None;
                }
                k += 1;
            }
            if !self.cap(k) {
                return None;
            }
            det = true;
            j = k;
        } else if !self.cap(i) {
            // Bare lower-case subject: `officials said`, `experts say`.
            let mut k = i;
            while k < t.len() && k < i + 3 && self.is_word(k) && !self.cap(k) && !self.stop(k) && !self.doc.is(k, &NP_PREPOSITIONS) && !self.is_cue(k) {
                k += 1;
            }
            let last = self.tok(k.saturating_sub(1));
            if k > i && self.is_cue(k) && plural_like(last) {
                return Some((t[i].span().cover(t[k - 1].span()), k));
            }
            return None;
        }
        if self.doc.is(j, &CALENDAR) {
            return None;
        }
        let mut last_word = None;
        while j < t.len() && j < i + 14 {
            let tok = self.tok(j);
            if t[j].newline_before() && j > i {
                break;
            }
            if self.is_word(j) {
                if self.stop(j) || self.is_cue(j) || self.doc.is(j, &PRONOUNS) || self.doc.is(j, &CALENDAR) {
                    break;
                }
                if self.doc.is(j, &NP_PREPOSITIONS) {
                    // Only `of`/`in`/... followed by a name or a determiner phrase.
                    let next = j + 1;
                    let follows = self.cap(next) || (self.any(next, &["the", "a", "an"]) && (self.cap(next + 1) || self.is_word(next + 1)));
                    if !follows || last_word.is_none() {
                        break;
                    }
                    // A preposition after a name ends it unless a title precedes (`Secretary
                    // of State`): keep `of` only.
                    if !tok.eq_ignore_ascii_case("of") && !det {
                        break;
                    }
                    j += 1;
                    continue;
                }
                if last_word.is_some_and(|k| self.tok(k).ends_with("’s") || self.tok(k).ends_with("'s")) {
                    // `Apple's chief executive`: a possessive works like a determiner.
                    det = true;
                }
                if det && !self.cap(j) && last_word.is_some_and(|k| self.is_word(k) && !self.doc.is(k, &DETERMINERS)) && tok.ends_with("ed") {
                    // `the agency published`: a past tense after the head ends the phrase.
                    break;
                }
                if !det && !self.cap(j) && last_word.is_some() {
                    // `Blinken told`: lower-case after a name ends the phrase, except roles
                    // inside a title (`White House press secretary Josh Earnest`) and particles
                    // (`Bill de Vries`); a verb before a name is neither (`Ana Ruiz visited
                    // Oslo`, `met Omar Baig`).
                    let lower_next = self.is_word(j + 1) && !self.cap(j + 1);
                    let role = is_name_particle(tok) || coref::is_role_noun(tok) || lower_next && coref::is_role_noun(self.tok(j + 1));
                    if !(role && (self.cap(j + 1) || lower_next && self.cap(j + 2))) {
                        break;
                    }
                }
                last_word = Some(j);
                j += 1;
                continue;
            }
            if tok == "." && self.is_abbreviation(j) && last_word == Some(j - 1) {
                j += 1;
                continue;
            }
            if tok == "(" && last_word.is_some() {
                // A short parenthesis after a name: `(D-N.M.)`, `(R-Ind.)`.
                let mut k = j + 1;
                while k < t.len() && k < j + 10 && self.tok(k) != ")" && self.tok(k) != "(" {
                    k += 1;
                }
                if self.tok(k) == ")" {
                    last_word = Some(k);
                    j = k + 1;
                    continue;
                }
                break;
            }
            if t[j].kind() == TokKind::Num && det {
                last_word = Some(j);
                j += 1;
                continue;
            }
            if matches!(tok, "&") && last_word.is_some() {
                j += 1;
                continue;
            }
            break;
        }
        let last = last_word?;
        // Trailing prepositions or determiners never end a phrase.
        let mut e = last;
        while e > i && self.is_word(e) && (self.doc.is(e, &NP_PREPOSITIONS) || self.doc.is(e, &DETERMINERS)) {
            e -= 1;
        }
        Some((t[i].span().cover(t[e].span()), last + 1))
    }

    /// Step 1: the attribution right after a quote whose first token after the closing mark is
    /// `after`.
    fn after_quote(&self, after: usize) -> Option<Attr> {
        let t = &self.doc.tokens;
        let mut i = after;
        if i >= t.len() || t[i].newline_before() {
            return None;
        }
        if matches!(self.tok(i), "," | ";") {
            i += 1;
        }
        if i >= t.len() || t[i].newline_before() {
            return None;
        }
        // `"…" ― Name` in lists of reactions.
        if matches!(self.tok(i), "―" | "—" | "–" | "-") {
            // Two hyphens of wire copy stand for a dash.
            let j = if self.tok(i) == "-" && self.tok(i + 1) == "-" && !t.get(i + 1).is_some_and(|x| x.space_before()) { i + 1 } else { i };
            let (m, _) = self.np_forward(j + 1).filter(|(m, _)| self.cap(self.doc.token_at(m.start)))?;
            return Some(Attr { mention: m, cue: t[i].span().cover(t[j].span()), cue_tok: usize::MAX });
        }
        if self.is_cue(i) && !self.is_participle(i) {
            if i == after && self.any(i + 1, &["that", "this", "to", "of"]) {
                // `The report "unmistakably" suggests that …`: the subject stands before the
                // quoted word.
                let first = self.qa(after - 1).map(|q| self.first_of_quote(q, after - 1))?;
                let m = self.np_backward(first.checked_sub(1)?)?;
                return Some(Attr { mention: m, cue: self.cue_span(i), cue_tok: i });
            }
            let (m, _) = self.np_forward(i + 1)?;
            return Some(Attr { mention: m, cue: self.cue_span(i), cue_tok: i });
        }
        let (mut m, mut next) = self.np_forward(i)?;
        if self.tok(next).eq_ignore_ascii_case("and") && self.cap(next + 1) {
            // `"…," Ruiz and Brek said`: both speak.
            if let Some((m2, n2)) = self.np_forward(next + 1) {
                if self.is_cue(n2) {
                    m = m.cover(m2);
                    next = n2;
                }
            }
        }
        let mut steps = 0;
        while steps < 3 && self.is_word(next) && self.doc.is(next, &VERB_PREFIX) {
            next += 1;
            steps += 1;
        }
        if self.is_cue(next) && !self.is_participle(next) {
            // `"It is dead." Brek replied: "It is not."`: after a quote that ends its sentence,
            // a verb that goes on to words of its own (a colon, `that`, a quote) attributes
            // those, not the quote before.
            if self.quote_ends_in(after, &['.']) && i == after && (matches!(self.tok(next + 1), ":") || self.any(next + 1, &["that"]) || self.quoted(next + 1)) {
                return None;
            }
            return Some(Attr { mention: m, cue: self.cue_span(next), cue_tok: next });
        }
        if i == after && self.gesture_verb(after, m, next) {
            return Some(Attr { mention: m, cue: t[next].span(), cue_tok: next });
        }
        if self.tok(next) == "," {
            // `"…," X, the minister, said`: the cue after a comma, within the sentence.
            let mut k = next + 1;
            while k < t.len() && k < next + 30 && self.same_sentence(k, next) {
                if self.tok(k) == "," {
                    let mut v = k + 1;
                    let mut s = 0;
                    while s < 3 && self.is_word(v) && self.doc.is(v, &VERB_PREFIX) {
                        v += 1;
                        s += 1;
                    }
                    if self.is_cue(v) && !self.is_participle(v) {
                        return Some(Attr { mention: m, cue: self.cue_span(v), cue_tok: v });
                    }
                }
                k += 1;
            }
        }
        None
    }

    /// `"Fine," she shrugged.`, `"Never," Ruiz smiled, and left.`: a quote that its own
    /// comma (or `?`, `!`) carries on into a person and a past-tense verb that is no speech
    /// verb, which then ends the clause. The verb stands for the cue: the comma inside the
    /// marks says the quote belongs to this sentence, and the only one in it is the subject.
    fn gesture_verb(&self, after: usize, m: Span, v: usize) -> bool {
        let t = &self.doc.tokens;
        let carried = self.quote_ends_in(after, &[',', '?', '!']);
        // Not `it` (`"…," it seemed`).
        let who = if self.is_pronoun_span(m) { !self.any(self.doc.token_at(m.start), &["it", "you", "who"]) } else { self.speaker_like(m) };
        let w = self.doc.low(v);
        let verb = self.is_word(v) && !self.cap(v) && w.len() > 4 && w.ends_with("ed") && !self.doc.is(v, &VERB_PREFIX) && !self.stop(v);
        let ends = v + 1 >= t.len() || t[v + 1].newline_before() || matches!(self.tok(v + 1), "." | "," | "!" | ";") || self.any(v + 1, &["and", "as", "at"]) || self.doc.low(v + 1).ends_with("ly");
        carried && who && verb && ends
    }

    /// Whether the quote whose closing mark is token `after - 1` ends, inside its marks, in one
    /// of `marks`: `,` carries the quote on into its sentence, `.` ends one.
    fn quote_ends_in(&self, after: usize, marks: &[char]) -> bool {
        let close = after.checked_sub(1).and_then(|c| self.doc.tokens.get(c));
        close.and_then(|c| self.doc.text.get(..c.span().start)).is_some_and(|s| s.trim_end().ends_with(marks))
    }

    /// Step 2: the nearest cue earlier in the quote's sentence that has a subject.
    fn before_in_sentence(&self, first: usize, subject_at: &dyn Fn(usize) -> Option<Attr>) -> Option<Attr> {
        // `Ruiz scolded him: "…"`, `Ruiz made this comment:` before a block quote: a colon
        // introduces the words of its own clause's subject, whatever cues came earlier.
        if let Some(a) = self.after_colon(first, subject_at).or_else(|| self.after_dash(first)) {
            return Some(a);
        }
        let mut i = first;
        let lo = first.saturating_sub(WINDOW);
        self.sent(first)?;
        // `Ruiz said the spate of protests demands "more listening"`: a subject that names no
        // one is kept only if no one is named earlier in the sentence.
        let mut fallback = None;
        while i > lo {
            i -= 1;
            // Past the start of `first`'s sentence.
            if self.starts_sentence(i + 1) {
                break;
            }
            if self.quoted(i) {
                continue;
            }
            if self.is_cue(i) {
                if let Some(a) = subject_at(i) {
                    if self.speaker_like(a.mention) {
                        return Some(a);
                    }
                    fallback = fallback.or(Some(a));
                    continue;
                }
                if self.is_participle(i) && i > 0 && (self.tok(i - 1) == "," || self.any(i - 1, &["while", "when", "before", "after", "by", "then"])) {
                    // `Ruiz defended it, saying, "…"`: the main clause's subject.
                    let t = &self.doc.tokens;
                    if let Some(m) = self.sentence_subject(i, false) {
                        return Some(Attr { mention: m, cue: t[i].span(), cue_tok: i });
                    }
                }
            }
        }
        fallback
    }

    /// A mention that can name a speaker: a pronoun, a name, or a person or body noun
    /// (`officials`, `the agency`).
    fn speaker_like(&self, m: Span) -> bool {
        // The head comes before a prepositional phrase: `mother` in `the mother of three`; a
        // mention that starts with a preposition has none.
        let mut words = m.of(self.doc.text).split_whitespace();
        let first = words.next().unwrap_or("");
        let cut = !NP_PREPOSITIONS.contains(first);
        let mut last = first;
        for w in words {
            if cut && NP_PREPOSITIONS.contains(w) {
                break;
            }
            last = w;
        }
        let single = last.strip_suffix('s').unwrap_or(last);
        PRONOUNS.contains(last) || last.chars().next().is_some_and(char::is_uppercase) || last.ends_with(')') || coref::is_role_noun(last) || coref::is_role_noun(single)
    }

    /// The speaker of a quote right after a colon: a cue in the colon's clause, else the
    /// clause's subject (`…, but Ruiz disagreed: "…"`), else the sentence's.
    fn after_colon(&self, first: usize, subject_at: &dyn Fn(usize) -> Option<Attr>) -> Option<Attr> {
        let colon = first.checked_sub(1)?;
        if self.tok(colon) != ":" || self.quoted(colon) || colon == 0 {
            return None;
        }
        let last = colon - 1;
        let mut k = colon;
        let mut boundary = None;
        while k > 0 && colon - k < 40 && self.same_sentence(k - 1, last) {
            k -= 1;
            if self.quoted(k) {
                return None;
            }
            let w = self.tok(k);
            if self.is_cue(k) {
                if let Some(a) = subject_at(k) {
                    return Some(a);
                }
            }
            if matches!(w, "," | ";") || (self.is_word(k) && self.any(k, &["but", "and", "while", "whereas", "although", "though", "because", "that"])) {
                boundary = Some(k);
                break;
            }
        }
        let cue = Attr { mention: Span::default(), cue: self.doc.tokens[colon].span(), cue_tok: usize::MAX };
        // `From Commissioner Ana Ruiz:`, `A statement from the ministry:` before a quote: the
        // one the words come from, not the statement.
        let start = boundary.map_or(k, |b| b + 1);
        if let Some(f) = (start..colon).find(|&f| self.any(f, &["from"])) {
            // Bare `From` only opens its sentence (`Ruiz, from Tarrow:` is a place); otherwise
            // up to three words ending in a statement noun.
            let lead_ok = if f == start {
                boundary.is_none()
            } else {
                f - start <= 3 && (start..f).all(|x| self.is_word(x)) && self.says(f - 1)
            };
            if lead_ok {
                if let Some((m, _)) = self.np_forward(f + 1).filter(|&(_, next)| next == colon) {
                    return Some(Attr { mention: m, ..cue });
                }
            }
        }
        if let Some(b) = boundary {
            let mut s = b + 1;
            while self.is_word(s) && self.any(s, &["but", "and", "then", "so", "yet"]) {
                s += 1;
            }
            if let Some((m, next)) = self.np_forward(s) {
                if next < colon && (self.is_word(next) || self.doc.is(next, &VERB_PREFIX)) {
                    return Some(Attr { mention: m, ..cue });
                }
            }
        }
        self.sentence_subject(last, false).map(|m| Attr { mention: self.owner_of_words(m), ..cue })
    }

    /// Whether token `i` names something said: a statement noun (`statement`, `message`) or
    /// words in reply (`reply`, `reaction`, `verdict`).
    fn says(&self, i: usize) -> bool {
        self.doc.is(i, &STATEMENT_NOUNS) || self.any(i, &["words", "word", "reply", "response", "answer", "comment", "comments", "reaction", "advice", "verdict", "view"])
    }

    /// `Her message was simple:`, `Ruiz's reply was blunt:`: a subject that is someone's words
    /// stands for its owner, the possessive (`Her`, `Ruiz`); any other mention is itself.
    fn owner_of_words(&self, m: Span) -> Span {
        let t = &self.doc.tokens;
        let (first, last) = (self.doc.token_at(m.start), self.doc.token_at(m.end).saturating_sub(1));
        if last <= first || last > first + 4 || !self.says(last) {
            return m;
        }
        let p = last - 1;
        if p == first && self.any(first, &["his", "her", "their", "its", "our", "my"]) {
            return t[first].span();
        }
        // The words up to the possessive's `'s`, a name (`Piet Dahl's`).
        let w = self.tok(p);
        let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|o| !o.is_empty() && (first..=p).all(|k| self.cap(k)));
        owner.map_or(m, |o| Span::new(t[first].span().start, t[p].span().start + o.len()))
    }

    /// The speaker of a quote after a dash, in interviews and lists of reactions: the name
    /// right before the dash (`Ana Ruiz — "…"`, `including Sen. Ana Ruiz -- "…"`, with the two
    /// hyphens of wire copy), when the quote starts a sentence of its own (an apposition in
    /// quotes, `met Ruiz — "a tough negotiator" —`, has no speaker).
    fn after_dash(&self, first: usize) -> Option<Attr> {
        let t = &self.doc.tokens;
        let mut d = first.checked_sub(1)?;
        let mut cue = t[d].span();
        if self.tok(d) == "-" && d > 0 && self.tok(d - 1) == "-" && !t[d].space_before() {
            d -= 1;
            cue = t[d].span().cover(cue);
        } else if !matches!(self.tok(d), "—" | "―" | "–") {
            return None;
        }
        let opens = (first..first + 3).find(|&k| self.is_word(k)).is_some_and(|k| self.cap(k));
        let m = self.np_backward(d.checked_sub(1)?)?;
        (opens && self.is_named(m) && !self.quoted(d - 1)).then_some(Attr { mention: m, cue, cue_tok: usize::MAX })
    }

    /// The subject of the sentence of token `i`: its first noun phrase, after any opening
    /// connective or introductory phrase that ends in a comma (`During the debate, Ruiz …`).
    /// With `whole`, `i` is the sentence's first token and the subject may reach past it;
    /// otherwise it must end before `i` (a colon or a participle).
    fn sentence_subject(&self, i: usize, whole: bool) -> Option<Span> {
        let (mut s, _) = self.sentence_bounds(i);
        if s + 80 < i {
            return None;
        }
        while s < i && (self.quoted(s) || self.doc.tokens[s].kind() == TokKind::Punct) {
            s += 1;
        }
        if self.is_word(s) && self.any(s, &["but", "and", "so", "yet", "still", "then", "now", "also", "instead", "meanwhile"]) {
            s += 1;
            if self.tok(s) == "," {
                s += 1;
            }
        }
        if self.is_word(s) && self.doc.is(s, &INTRODUCERS) {
            // Skip the introductory phrase; dates inside it have commas of their own
            // (`On July 6, 2015, Ruiz …`).
            let mut k = s;
            let mut tries = 0;
            loop {
                while (k < i || whole) && k < s + 40 && self.tok(k) != "," {
                    k += 1;
                }
                if self.tok(k) != "," {
                    return None;
                }
                tries += 1;
                if self.np_forward(k + 1).is_some() || tries == 3 {
                    break;
                }
                k += 1;
            }
            s = k + 1;
        }
        let (m, next) = self.np_forward(s)?;
        if next > i + 1 && !whole {
            return None;
        }
        // A verb, an appositive or parenthesis follows; or, before a colon, nothing
        // (`A lesson from Ana Ruiz: "…"`).
        let follows = self.is_word(next) || matches!(self.tok(next), "," | "(") || (!whole && next == i + 1);
        follows.then_some(m)
    }

    /// Step 3: the first cue later in the quote's sentence whose subject comes after the quote.
    fn later_in_sentence(&self, after: usize, subject_at: &dyn Fn(usize) -> Option<Attr>) -> Option<Attr> {
        let t = &self.doc.tokens;
        let prev = after.checked_sub(1)?;
        let mut i = after;
        while i < t.len() && i < after + WINDOW && !self.starts_sentence(i) {
            if !self.quoted(i) && self.is_cue(i) {
                if let Some(a) = subject_at(i) {
                    if a.mention.start >= t[prev].span().end {
                        return Some(a);
                    }
                }
                return None;
            }
            i += 1;
        }
        None
    }

    /// First and last token of the sentence of token `i` (bounded).
    fn sentence_bounds(&self, i: usize) -> (usize, usize) {
        let Some(s) = self.sent(i) else { return (i, i) };
        let s = s as usize;
        (self.sent_first[s].max(i.saturating_sub(200)), self.sent_last[s].min(i + 200))
    }
}

/// A lower-case word inside a name: `Bill de Blasio`, `Osama bin Laden`, `Ludwig van Beethoven`.
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(w, "de" | "da" | "di" | "du" | "del" | "della" | "van" | "von" | "der" | "den" | "ter" | "bin" | "ibn" | "al" | "el" | "la" | "le" | "dos" | "das")
}

/// A plural (`officials`, `residents`) or a collective noun that speaks as one
/// (`police`, `staff`): a subject without a determiner (`police said`).
fn plural_like(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") || ["police", "people", "staff", "media", "military", "personnel"].iter().any(|c| w.eq_ignore_ascii_case(c))
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn speaker_of(text: &str, quote: &str) -> Option<(String, String)> {
        let a = analyze(text);
        let q = a.quotes.iter().find(|q| q.span().of(text) == quote)?;
        Some((q.mention?.of(text).to_string(), q.speaker.clone()?))
    }

    /// The gates turn nothing away: `cue_at` without the gate finds no cue the gate refuses,
    /// and `ends_sentence` no sentence end `may_end_sentence` refuses, at every token of the
    /// golden corpus, as written, lower-cased and capitalised; and every cue phrase starts with
    /// a word of `CUE_STARTS`.
    #[test]
    fn the_gates_let_every_cue_and_sentence_end_through() {
        for (a, _) in crate::lexicon::CUE_PHRASES {
            assert!(super::CUE_STARTS.contains(a), "{a}");
        }
        let phrases: String = crate::lexicon::CUE_PHRASES.iter().map(|(a, b)| format!("{a} {b}, ")).collect::<String>()
            + "according to the mayor, Said Ruiz: \"no\", PUT IT, Pointed Out";
        let texts = crate::text::gate_test_texts(&phrases);
        let (mut cues, mut ends) = (0, 0);
        for text in &texts {
            let doc = crate::text::Doc::new(text);
            let quotes = crate::quotes::find(&doc);
            let ctx = super::Ctx::new(&doc, &quotes);
            for i in 0..doc.tokens.len() + 2 {
                if ctx.cue_at(i) {
                    cues += 1;
                    assert!(ctx.may_cue(i), "the gate turns away {:?}", doc.tok(i));
                    assert!(ctx.is_cue(i));
                } else {
                    assert!(!ctx.is_cue(i));
                }
                if i > 0 && i < doc.tokens.len() {
                    // The gate as the quotes' numbers tell it, without the shortcut by a bit.
                    let (qp, qn) = (ctx.qa(i - 1), ctx.qa(i));
                    let by_numbers = match qp {
                        None => doc.tokens[i - 1].kind() == crate::text::TokKind::Punct,
                        Some(_) => qp != qn,
                    };
                    assert_eq!(ctx.may_end_sentence(i - 1, i), by_numbers, "at {:?}", doc.tok(i));
                }
                if i > 0 && i < doc.tokens.len() && ctx.ends_sentence(i - 1, i) {
                    ends += 1;
                    assert!(ctx.may_end_sentence(i - 1, i), "the gate hides a sentence end at {:?}", doc.tok(i - 1));
                }
            }
        }
        assert!(cues > 100 && ends > 100);
    }

    /// `rank` counts the positions up to and including `i`, and `positions` lists them.
    #[test]
    fn ranks_and_positions_of_bits() {
        let set: Vec<usize> = (0..64).filter(|i| i % 7 == 0 || *i == 63 || (20..30).contains(i)).collect();
        let word = set.iter().fold(0u64, |w, &i| w | 1 << i);
        for i in 0..64 {
            assert_eq!(super::rank(word, 5, 128 + i), 5 + set.iter().filter(|&&k| k <= i).count() as u32, "at {i}");
        }
        assert_eq!(super::positions(2, word).collect::<Vec<_>>(), set.iter().map(|i| 128 + i).collect::<Vec<_>>());
        assert_eq!(super::positions(0, 0).count(), 0);
    }

    /// `Ctx::qa` and `Ctx::sent`, kept in bits, agree with a number a token computed the plain
    /// way, at every token of the golden corpus: the quote is the last top-level one whose
    /// tokens cover it, the sentence the last whose first token is not after it.
    #[test]
    fn quote_and_sentence_of_each_token_match_the_plain_computation() {
        let texts = crate::text::gate_test_texts("");
        let (mut quoted, mut sentences) = (0, 0);
        for text in &texts {
            let doc = crate::text::Doc::new(text);
            let quotes = crate::quotes::find(&doc);
            let ctx = super::Ctx::new(&doc, &quotes);
            let n = doc.tokens.len();
            let mut quote_at = vec![None; n];
            for (qi, q) in quotes.iter().enumerate().filter(|(_, q)| q.parent.is_none()) {
                for slot in &mut quote_at[doc.token_at(q.start)..doc.token_at(q.end)] {
                    *slot = Some(qi);
                }
            }
            for i in 0..n + 70 {
                assert_eq!(ctx.qa(i), quote_at.get(i).copied().flatten(), "quote of token {i} in {text:?}");
                assert_eq!(ctx.quoted(i), ctx.qa(i).is_some(), "token {i} in {text:?}");
                let sent = (i < n).then(|| ctx.sent_first.iter().filter(|&&f| f <= i).count() as u32 - 1);
                assert_eq!(ctx.sent(i), sent, "sentence of token {i}");
                assert_eq!(ctx.starts_sentence(i), i < n && ctx.sent_first.contains(&i));
            }
            quoted += quote_at.iter().flatten().count();
            sentences += ctx.sent_first.len();
        }
        assert!(quoted > 1000 && sentences > 100, "{quoted} {sentences}");
    }

    #[test]
    fn cue_patterns() {
        let cases: &[(&str, &str, &str)] = &[
            ("\"We will build it,\" the mayor said.", "\"We will build it,\"", "the mayor"),
            ("\"We will build it,\" said Ana Ruiz, the mayor.", "\"We will build it,\"", "Ana Ruiz"),
            ("The mayor said, \"We will build it.\"", "\"We will build it.\"", "The mayor"),
            ("Ruiz said: \"We will build it.\"", "\"We will build it.\"", "Ruiz"),
            ("\"We will build it,\" Ruiz told reporters.", "\"We will build it,\"", "Ruiz"),
            ("\"We will build it,\" Ana Ruiz, speaking on condition of anonymity, said.", "\"We will build it,\"", "Ana Ruiz"),
            ("According to the mayor, \"the bridge is safe.\"", "\"the bridge is safe.\"", "the mayor"),
            ("\"We will build it,\" Rep. Ana Ruiz (D-N.M.) said.", "\"We will build it,\"", "Rep. Ana Ruiz (D-N.M.)"),
            ("\"We will build it,\" Mr. Ruiz said.", "\"We will build it,\"", "Mr. Ruiz"),
            ("\"We will build it,\" officials said.", "\"We will build it,\"", "officials"),
        ];
        for (text, quote, want) in cases {
            let got = speaker_of(text, quote).map(|(m, _)| m);
            assert_eq!(got.as_deref(), Some(*want), "in {text:?}");
        }
    }

    #[test]
    fn clause_subjects_and_appositions() {
        let cases: &[(&str, &str, &str)] = &[
            ("Ruiz defended the plan, saying, \"It is the only way.\"", "\"It is the only way.\"", "Ruiz"),
            ("The inspector scolded the crew: \"You ignored every warning.\"", "\"You ignored every warning.\"", "The inspector"),
            ("As Ana Ruiz, a geologist who mapped the fault, put it, \"The ground keeps moving.\"", "\"The ground keeps moving.\"", "Ana Ruiz"),
            ("The fee, which the port's chief executive, Ana Ruiz, called \"a fair price,\" rose.", "\"a fair price,\"", "the port's chief executive"),
            ("Workers standing outside the gates chanted \"No more delays!\" all day.", "\"No more delays!\"", "Workers"),
            ("Said Ruiz: \"We are not done.\"", "\"We are not done.\"", "Ruiz"),
            ("\"We are not done,\" said 2019 winner Ana Ruiz.", "\"We are not done,\"", "2019 winner Ana Ruiz"),
        ];
        for (text, quote, want) in cases {
            let got = speaker_of(text, quote).map(|(m, _)| m);
            assert_eq!(got.as_deref(), Some(*want), "in {text:?}");
        }
    }

    #[test]
    fn descriptions_and_appositions_link() {
        let text = "The harbour master, Ana Ruiz, reopened the port. \"It is safe,\" the harbour master said. \"Come back,\" Ruiz said.";
        let a = analyze(text);
        let names: Vec<&str> = a.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        assert_eq!(names, ["Ana Ruiz", "Ana Ruiz"]);
    }

    /// Found by the property test: a colon after a quote must not reach into it.
    #[test]
    fn a_speaker_is_never_inside_a_quote() {
        for text in ["„, the official said\":„”", "\"the mayor said\": \"yes\"", "“Ruiz, he said, told:” “no”"] {
            let a = analyze(text);
            for q in &a.quotes {
                for m in q.mention.iter().chain(q.cue.iter()) {
                    assert!(!a.quotes.iter().any(|o| o.span().overlaps(*m)), "{text:?}: {m:?} inside a quote");
                }
            }
        }
    }

    #[test]
    fn told_names_the_teller() {
        let text = "Ruiz told the council that the plan would \"save every tree in the park.\"";
        assert_eq!(speaker_of(text, "\"save every tree in the park.\"").map(|x| x.0).as_deref(), Some("Ruiz"));
    }

    #[test]
    fn speaker_is_the_subject_not_the_nearest_name() {
        let text = "\"It is not finished,\" which must be approved by Governor Ana Ruiz, the aide said.";
        assert_eq!(speaker_of(text, "\"It is not finished,\"").map(|x| x.0).as_deref(), Some("the aide"));
    }

    #[test]
    fn interrupted_and_following_quotes() {
        let text = "\"First,\" she said, \"we wait.\" \"Then we go.\"";
        assert_eq!(speaker_of(text, "\"we wait.\"").map(|x| x.0).as_deref(), Some("she"));
        assert_eq!(speaker_of(text, "\"Then we go.\"").map(|x| x.0).as_deref(), Some("she"));
    }
}
