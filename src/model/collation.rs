//! `a.localeCompare(b)` as Node runs it for CDK (ICU, en-US, which is the root collation): how
//! CDK's tag manager orders tag keys. Natively the ICU4X collator computes it; in WebAssembly the
//! host's own `localeCompare` does (the same ICU collation, and no collation tables in the module).

use std::cmp::Ordering;

#[cfg(not(target_arch = "wasm32"))]
fn collator() -> Option<&'static icu_collator::CollatorBorrowed<'static>> {
    use icu_collator::options::CollatorOptions;
    use icu_collator::{Collator, CollatorBorrowed};
    use std::sync::OnceLock;
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR.get_or_init(|| Collator::try_new(Default::default(), CollatorOptions::default()).ok()).as_ref()
}

/// `a.localeCompare(b)`: tertiary strength; strings equal to the collator compare equal (a
/// stable sort then keeps their order, as JavaScript's does).
#[cfg(not(target_arch = "wasm32"))]
pub fn locale_compare(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(collator) => collator.compare(a, b),
        // The root collation ships with the crate; this only guards against its absence.
        None => a.cmp(b),
    }
}

/// `a.localeCompare(b, "en-US")` by the JavaScript host, through one `Intl.Collator` (calling
/// `localeCompare` with a locale builds a collator every time).
#[cfg(target_arch = "wasm32")]
pub fn locale_compare(a: &str, b: &str) -> Ordering {
    thread_local! {
        static COLLATOR: js_sys::Function = {
            let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str("en-US"));
            js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare()
        };
    }
    let (a, b) = (wasm_bindgen::JsValue::from_str(a), wasm_bindgen::JsValue::from_str(b));
    let order = COLLATOR.with(|compare| compare.call2(&wasm_bindgen::JsValue::UNDEFINED, &a, &b));
    order.ok().and_then(|n| n.as_f64()).unwrap_or(0.0).partial_cmp(&0.0).unwrap_or(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_as_node_does() {
        // `[...].sort((a, b) => a.localeCompare(b))` in Node 20 (ICU 78), pasted from a real run.
        let expected = ["_x", "-x", "1", "a", "A", "b", "B", "é", "Z", "z ", "z:"];
        let mut keys: Vec<&str> = expected.iter().rev().copied().collect();
        keys.sort_by(|a, b| locale_compare(a, b));
        assert_eq!(keys, expected);
    }
}
