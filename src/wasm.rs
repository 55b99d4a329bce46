//! The JavaScript boundary: the only file that knows about wasm-bindgen and js-sys.
//!
//! Results cross as plain objects (camelCase keys, `null` for absent values) with UTF-16
//! offsets, so they survive `structuredClone` and `postMessage` and index JS strings directly.

use js_sys::Error;
use wasm_bindgen::prelude::*;

use crate::lexicon::Words;
use crate::span::Span;
use crate::{analyze_with, Analysis, OffsetUnit, Options};

/// The longest text `analyze` takes, in UTF-16 code units (JS `length`): 16 Mi, some sixteen
/// hundred news articles. Memory grows six to eight times the text's length while it is
/// analysed, and a longer text would hold a page for many seconds; the caller gets a clear
/// error instead, before the text is even copied into the module.
pub const MAX_TEXT_LENGTH: u32 = 16 * 1024 * 1024;

/// `analyze(text, options?)`: everything pressmark finds in `text`, offsets in UTF-16 code
/// units. `options` is `undefined`, `null` or `{quotes?, speakers?, numbers?, dates?}` booleans.
///
/// # Errors
///
/// A JS `Error` saying what was wrong when `text` is not a string, is longer than
/// [`MAX_TEXT_LENGTH`], or `options` is malformed.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, Error> {
    if let Some(s) = text.dyn_ref::<js_sys::JsString>() {
        if s.length() > MAX_TEXT_LENGTH {
            return Err(Error::new(&format!(
                "pressmark.analyze: the text is {} characters long, over the limit of {MAX_TEXT_LENGTH} (16 Mi UTF-16 code units); split it, by article or by paragraph, and analyse the parts",
                s.length()
            )));
        }
    }
    let Some(text) = text.as_string() else {
        return Err(Error::new(&format!("pressmark.analyze: expected the text as a string, got {}", describe(&text))));
    };
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(Error::new(&format!(
            "pressmark.analyze: expected options to be an object like {{quotes: true, numbers: false}}, got {}",
            describe(&options)
        )));
    } else {
        // Read by hand, not with serde: four booleans, and serde's deserialiser would add
        // its error machinery (float formatting and all) to the module for nothing.
        let mut o = Options::default();
        for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()) {
            let key = key.as_string().unwrap_or_default();
            let slot = match key.as_str() {
                "quotes" => &mut o.quotes,
                "speakers" => &mut o.speakers,
                "numbers" => &mut o.numbers,
                "dates" => &mut o.dates,
                _ => {
                    return Err(Error::new(&format!(
                        "pressmark.analyze: bad options: unknown field `{key}`, expected one of `quotes`, `speakers`, `numbers`, `dates`"
                    )))
                }
            };
            let value = js_sys::Reflect::get(&options, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
            if value.is_undefined() {
                continue;
            }
            *slot = value.as_bool().ok_or_else(|| {
                Error::new(&format!("pressmark.analyze: bad options: `{key}` must be true or false, got {}", describe(&value)))
            })?;
        }
        o
    };
    let mut analysis = analyze_with(&text, &options);
    analysis.convert_offsets(&text, OffsetUnit::Utf16);
    drop(text);
    Ok(Flat::new(&analysis).decode())
}

#[wasm_bindgen(module = "/src/decode.js")]
extern "C" {
    /// Builds the result objects from a [`Flat`]'s numbers and strings.
    fn decode(numbers: &[f64], strings: &js_sys::Array) -> JsValue;
}

/// An [`Analysis`] as one list of numbers and a table of strings, in the order `src/decode.js`
/// reads them: one call hands the result to JavaScript, which builds the objects itself.
/// Handing them over a field at a time (serde-wasm-bindgen, one call into JS per field and one
/// decoded string per name) took a fifth of `analyze`'s time on a large text.
struct Flat {
    numbers: Vec<f64>,
    /// Each distinct string once, numbered in order of first use.
    strings: Words,
    /// The string number of each kind named so far, by enum and variant.
    kinds: Vec<((u8, u8), usize)>,
}

/// What stands for null in [`Flat::numbers`] where the value is never negative.
const NULL: f64 = -1.0;

impl Flat {
    fn new(a: &Analysis) -> Flat {
        // The exact length, so the list is never copied while it grows.
        let mentions: usize = a.entities.iter().map(|e| 3 + 2 * e.mentions.len()).sum();
        let len = 6 + 11 * a.quotes.len() + 2 * a.scare_quotes.len() + mentions + 8 * a.reported.len() + 7 * a.numbers.len() + 3 * a.dates.len();
        let mut f = Flat { numbers: Vec::with_capacity(len), strings: Words::seeded(crate::speakers::coref::key_seed()), kinds: Vec::new() };
        f.len(a.quotes.len());
        for q in &a.quotes {
            f.span(Some(q.span()));
            f.kind(0, q.kind as u8, q.kind);
            f.str(q.speaker.as_deref());
            f.index(q.speaker_id);
            f.span(q.mention);
            f.span(q.cue);
            f.index(q.parent);
            f.index(q.continues);
        }
        f.len(a.scare_quotes.len());
        for q in &a.scare_quotes {
            f.span(Some(q.span()));
        }
        f.len(a.entities.len());
        for e in &a.entities {
            f.index(Some(e.id));
            f.str(Some(&e.name));
            f.len(e.mentions.len());
            for &m in &e.mentions {
                f.span(Some(m));
            }
        }
        f.len(a.reported.len());
        for r in &a.reported {
            f.span(Some(r.span()));
            f.str(r.speaker.as_deref());
            f.index(r.speaker_id);
            f.span(Some(r.mention));
            f.span(Some(r.cue));
        }
        f.len(a.numbers.len());
        for n in &a.numbers {
            f.span(Some(n.span()));
            f.kind(1, n.kind as u8, n.kind);
            // NaN for null: a value can be negative. (A NaN value, were there one, is null in
            // the CLI's JSON too.)
            f.numbers.push(n.value.unwrap_or(f64::NAN));
            f.numbers.push(n.high.unwrap_or(f64::NAN));
            f.str(n.unit.as_deref());
            f.str(n.modifier.as_deref());
        }
        f.len(a.dates.len());
        for d in &a.dates {
            f.span(Some(d.span()));
            f.kind(2, d.kind as u8, d.kind);
        }
        f
    }

    fn len(&mut self, n: usize) {
        self.numbers.push(n as f64);
    }

    fn index(&mut self, i: Option<usize>) {
        self.numbers.push(i.map_or(NULL, |i| i as f64));
    }

    fn span(&mut self, s: Option<Span>) {
        let (a, b) = s.map_or((NULL, NULL), |s| (s.start as f64, s.end as f64));
        self.numbers.push(a);
        self.numbers.push(b);
    }

    fn str(&mut self, s: Option<&str>) {
        let i = s.map(|s| self.strings.insert(s.as_bytes()));
        self.index(i);
    }

    /// Kind `variant` of enum number `family`: its name as serde writes it (`rename_all =
    /// "camelCase"`), the variant's name with its first letter in lower case (`Full`: `full`).
    fn kind(&mut self, family: u8, variant: u8, kind: impl std::fmt::Debug) {
        let key = (family, variant);
        let i = match self.kinds.iter().find(|(k, _)| *k == key) {
            Some(&(_, i)) => i,
            None => {
                let mut name = format!("{kind:?}");
                if let Some(c) = name.get_mut(..1) {
                    c.make_ascii_lowercase();
                }
                let i = self.strings.insert(name.as_bytes());
                self.kinds.push((key, i));
                i
            }
        };
        self.index(Some(i));
    }

    fn decode(&self) -> JsValue {
        debug_assert_eq!(self.numbers.len(), self.numbers.capacity(), "Flat::new's length");
        let strings: js_sys::Array = self.strings.keys().map(|k| JsValue::from_str(std::str::from_utf8(k).unwrap_or_default())).collect();
        decode(&self.numbers, &strings)
    }
}

/// Runs when the module is instantiated (and again when www/lib/guard.js resets it): seeds the
/// hash of entity names with `Math.random()`, the module having no randomness of its own (see
/// [`crate::seed_entity_keys`]).
#[wasm_bindgen(start)]
fn start() {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    crate::seed_entity_keys(half() << 32 | half());
}

/// The crate version, which the npm package shares.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Test hook, not API: panics, as a bug in the analyser would. In wasm a panic aborts as a trap
/// (`WebAssembly.RuntimeError: unreachable`) that leaves the instance unusable, and
/// www/lib/guard.js must then start a fresh one; tests/js/module.test.mjs and
/// tests/e2e/embed.test.mjs call this to check that it does. Not in www/lib/pressmark.d.ts.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("pressmark: __panicForTests was called");
}

fn describe(v: &JsValue) -> String {
    if v.is_undefined() {
        "undefined".into()
    } else if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_else(|| "a value of unknown type".into())
    }
}
