//! The JavaScript boundary, run by wasm-bindgen-test in Node and in headless Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use pressmark::wasm::analyze;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn list(v: &JsValue, key: &str) -> Array {
    get(v, key).dyn_into::<Array>().unwrap()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    // The emoji is two UTF-16 code units and four UTF-8 bytes; the curly quotes three bytes each.
    let text = "😀 “We are ready,” the minister said on Tuesday.";
    let a = analyze(JsValue::from_str(text), JsValue::UNDEFINED).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |s: u32, e: u32| String::from_utf16(&units[s as usize..e as usize]).unwrap();
    let q = list(&a, "quotes").get(0);
    assert_eq!(slice(num(&q, "start"), num(&q, "end")), "“We are ready,”");
    let m = get(&q, "mention");
    assert_eq!(slice(num(&m, "start"), num(&m, "end")), "the minister");
    let d = list(&a, "dates").get(0);
    assert_eq!(slice(num(&d, "start"), num(&d, "end")), "Tuesday");
}

#[wasm_bindgen_test]
fn result_is_plain_object_with_camel_case_and_nulls() {
    let a = analyze(JsValue::from_str("He left with 3,000 troops."), JsValue::NULL).unwrap();
    let n = list(&a, "numbers").get(0);
    assert_eq!(get(&n, "unit").as_string().as_deref(), Some("troops"));
    assert!(get(&n, "modifier").is_null(), "absent values are null, not undefined");
    for key in ["quotes", "scareQuotes", "entities", "reported", "numbers", "dates"] {
        assert!(Array::is_array(&get(&a, key)), "{key} is an array");
    }
}

#[wasm_bindgen_test]
fn wrong_types_are_clear_errors() {
    for bad in [JsValue::from_f64(3.0), JsValue::NULL, JsValue::UNDEFINED, js_sys::Object::new().into()] {
        let err = analyze(bad, JsValue::UNDEFINED).unwrap_err();
        let msg = String::from(err.message());
        assert!(msg.contains("expected the text as a string"), "{msg}");
    }
    let err = analyze(JsValue::from_str("x"), JsValue::from_str("quotes")).unwrap_err();
    assert!(String::from(err.message()).contains("options"));
    let opts = js_sys::Object::new();
    Reflect::set(&opts, &"numbers".into(), &"yes".into()).unwrap();
    let err = analyze(JsValue::from_str("x"), opts.into()).unwrap_err();
    assert!(String::from(err.message()).contains("bad options"), "{}", String::from(err.message()));
}

#[wasm_bindgen_test]
fn options_pick_categories_and_module_stays_usable() {
    let opts = js_sys::Object::new();
    Reflect::set(&opts, &"numbers".into(), &JsValue::FALSE).unwrap();
    let a = analyze(JsValue::from_str("On Monday 40 people came."), opts.into()).unwrap();
    assert_eq!(list(&a, "numbers").length(), 0);
    assert_eq!(list(&a, "dates").length(), 1);
    let _ = analyze(JsValue::from_f64(1.0), JsValue::UNDEFINED);
    let again = analyze(JsValue::from_str("On Monday 40 people came."), JsValue::UNDEFINED).unwrap();
    assert_eq!(list(&again, "numbers").length(), 1);
}
