//! The JavaScript boundary: the only file that knows about wasm-bindgen and js-sys.
//!
//! Results cross as plain objects (camelCase keys, `null` for absent values) with UTF-16
//! offsets, so they survive `structuredClone` and `postMessage` and index JS strings directly.

use js_sys::Error;
use wasm_bindgen::prelude::*;

use crate::{analyze_with, OffsetUnit, Options};

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
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    analysis.serialize(&serializer).map_err(|e| Error::new(&format!("pressmark.analyze: {e}")))
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

use serde::Serialize as _;

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
