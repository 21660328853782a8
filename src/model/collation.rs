//! `a.localeCompare(b)` as Node runs it for CDK (ICU, en-US, which is the root collation): how
//! CDK's tag manager orders tag keys. ASCII text, nearly every tag key, is ordered by a table of
//! its own; other text natively by the ICU4X collator and in WebAssembly by the host's own
//! `localeCompare` (the same ICU collation, and no collation tables in the module).

use std::cmp::Ordering;

/// `a.localeCompare(b)`: tertiary strength; strings equal to the collator compare equal (a
/// stable sort then keeps their order, as JavaScript's does).
pub fn locale_compare(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return ascii_compare(a, b);
    }
    unicode_compare(a, b)
}

/// Each ASCII byte's primary weight in the root collation, as a rank: letters case-folded,
/// whitespace, punctuation and symbols before digits and letters, other control characters
/// ignorable (0). Written by hand, since it must order exactly as ICU does, and checked against
/// ICU4X by the tests: the JavaScript host's `Intl.Collator` takes 10-15 ms to create, most of
/// a cold start with tags.
#[rustfmt::skip]
const ASCII_PRIMARY: [u8; 128] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    6, 12, 16, 28, 38, 29, 27, 15, 17, 18, 24, 32, 9, 8, 14, 25,
    39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 11, 10, 33, 34, 35, 13,
    23, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 19, 26, 20, 31, 7,
    30, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 21, 36, 22, 37, 0,
];

/// The root collation of ASCII text, level by level: primary weights (secondary ones are all
/// equal in ASCII), then case, lower before upper, at the first letter that differs by case.
fn ascii_compare(a: &str, b: &str) -> Ordering {
    weighed(a).map(primary).cmp(weighed(b).map(primary)).then_with(|| {
        weighed(a).map(|byte| byte.is_ascii_uppercase()).cmp(weighed(b).map(|byte| byte.is_ascii_uppercase()))
    })
}

/// The bytes that carry weights (not ignorable).
fn weighed(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes().filter(|byte| primary(*byte) != 0)
}

fn primary(byte: u8) -> u8 {
    ASCII_PRIMARY[usize::from(byte & 0x7f)]
}

#[cfg(not(target_arch = "wasm32"))]
fn collator() -> Option<&'static icu_collator::CollatorBorrowed<'static>> {
    use icu_collator::options::CollatorOptions;
    use icu_collator::{Collator, CollatorBorrowed};
    use std::sync::OnceLock;
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR.get_or_init(|| Collator::try_new(Default::default(), CollatorOptions::default()).ok()).as_ref()
}

#[cfg(not(target_arch = "wasm32"))]
fn unicode_compare(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(collator) => collator.compare(a, b),
        // The root collation ships with the crate; this only guards against its absence.
        None => a.cmp(b),
    }
}

/// `a.localeCompare(b, "en-US")` by the JavaScript host, through one `Intl.Collator` (calling
/// `localeCompare` with a locale builds a collator every time).
#[cfg(target_arch = "wasm32")]
fn unicode_compare(a: &str, b: &str) -> Ordering {
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

    /// ICU4X's root collation, at primary strength or at its default (tertiary) one.
    #[cfg(not(target_arch = "wasm32"))]
    fn icu(strength: Option<icu_collator::options::Strength>) -> icu_collator::CollatorBorrowed<'static> {
        let mut options = icu_collator::options::CollatorOptions::default();
        options.strength = strength;
        icu_collator::Collator::try_new(Default::default(), options).unwrap_or_else(|e| panic!("{e}"))
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn ascii_primary_table_is_icu_root_collation() {
        let collator = icu(Some(icu_collator::options::Strength::Primary));
        let text = |byte: u8| char::from(byte).to_string();
        let mut weighed: Vec<u8> = (0..128).filter(|b| collator.compare(&text(*b), "") != Ordering::Equal).collect();
        weighed.sort_by(|a, b| collator.compare(&text(*a), &text(*b)));
        let mut expected = [0_u8; 128];
        let mut rank = 0;
        for (i, byte) in weighed.iter().enumerate() {
            if i == 0 || collator.compare(&text(weighed[i - 1]), &text(*byte)) != Ordering::Equal {
                rank += 1;
            }
            expected[usize::from(*byte)] = rank;
        }
        assert_eq!(ASCII_PRIMARY, expected);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn ascii_text_orders_as_icu_does() {
        let collator = icu(None);
        // Short strings over an alphabet that makes ties at every level likely: letters in both
        // cases, digits, punctuation, whitespace and ignorable control characters.
        let alphabet = b"aAbBzZ09 _-.:/=+@\t\x01\x7f";
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap_or(0)
        };
        for _ in 0..50_000 {
            let a: String = (0..next(5)).map(|_| char::from(alphabet[next(alphabet.len())])).collect();
            // Every other pair differs only by the case of some letters (or not at all).
            let b: String = if next(2) == 0 {
                (0..next(5)).map(|_| char::from(alphabet[next(alphabet.len())])).collect()
            } else {
                a.chars().map(|c| if next(2) == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
            };
            assert_eq!(ascii_compare(&a, &b), collator.compare(&a, &b), "{a:?} vs {b:?}");
        }
    }
}
