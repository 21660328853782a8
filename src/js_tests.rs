use crate::json;
use std::cmp::Ordering;

use super::*;

#[test]
fn keys_in_javascript_order() {
    let map: Map = serde_json::from_str(r#"{"b": 1, "10": 2, "2": 3, "01": 4}"#).unwrap_or_default();
    let keys: Vec<&str> = key_order(&map).into_iter().map(|(k, _)| &**k).collect();
    assert_eq!(keys, ["2", "10", "b", "01"]);
    assert_eq!(array_index("01"), None);
    assert_eq!(array_index("4294967295"), None);
    assert_eq!(array_index("4294967294"), Some(4_294_967_294));
}

#[test]
fn numbers_print_as_javascript_does() {
    assert_eq!(number_text(43200000.0), "43200000");
    assert_eq!(number_text(0.5), "0.5");
    assert_eq!(number_text(1e21), "1e+21");
    assert_eq!(number_text(1e-7), "1e-7");
    assert_eq!(number_text(-0.0), "0");
    assert_eq!(number_text(f64::NAN), "NaN");
    assert_eq!(json_number_text(&Number::from(9_007_199_254_740_993_u64)), "9007199254740993");
}

#[test]
fn stringify_and_template_strings() {
    assert_eq!(stringify(&json!({"b": [1.5, null, "x\n"], "2": true})), r#"{"2":true,"b":[1.5,null,"x\n"]}"#);
    assert_eq!(template_string(&json!([1, null, [2, 3], {"a": 1}])), "1,,2,3,[object Object]");
    assert_eq!(template_string(&json!(null)), "null");
    assert_eq!(join_element(&json!(null)), "");
}

#[test]
fn truthiness() {
    for falsy in [json!(null), json!(false), json!(0), json!(-0.0), json!("")] {
        assert!(!is_truthy(&falsy), "{falsy}");
    }
    for truthy in [json!(true), json!(1), json!("0"), json!([]), json!({})] {
        assert!(is_truthy(&truthy), "{truthy}");
    }
}

#[test]
fn the_shared_sort_is_stable_like_the_standard_one() {
    for len in 0..40_u64 {
        let items: Vec<(u64, u64)> = (0..len).map(|i| ((i * 7919 + len) % 5, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        let mut shared = items.clone();
        sort_by_positions(&mut shared, |a, b| a.0.cmp(&b.0));
        assert_eq!(shared, expected, "{len} items");
        // And `sort_by` itself, which sorts short lists by insertion.
        let mut sorted = items.clone();
        sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
        assert_eq!(sorted, expected, "{len} items");
    }
}

#[test]
fn case_mapping_as_javascript_does() {
    assert_eq!(to_lower_case("Stack/MyBucket"), "stack/mybucket");
    assert_eq!(to_lower_case("ÉTÉ/Σ"), "été/σ");
    assert_eq!(capitalize("value is required"), "Value is required");
    assert_eq!(capitalize("éa"), "Éa");
    assert_eq!(capitalize(""), "");
}

#[test]
fn strings_compare_by_utf16_code_units() {
    assert_eq!(compare_utf16("a", "b"), Ordering::Less);
    // U+FF61 is one unit above the surrogates; U+1F600 is a surrogate pair, so it sorts first.
    assert_eq!(compare_utf16("\u{ff61}", "\u{1f600}"), Ordering::Greater);
    assert_eq!("\u{ff61}".cmp("\u{1f600}"), Ordering::Less);
    assert_eq!(compare_utf16("ab", "a"), Ordering::Greater);
}

#[test]
fn positions_are_sorted_as_the_standard_stable_sort_sorts_them() {
    let mut next = crate::seeded_numbers(0x9E37_79B9_7F4A_7C15);
    for len in [0, 1, 2, 3, 16, 17, 31, 100, 1000, 4097] {
        // Few distinct keys, so that most comparisons are ties, in random, rising and falling order.
        let random: Vec<u64> = (0..len).map(|_| next() % 7).collect();
        let rising: Vec<u64> = (0..len as u64).map(|i| i / 3).collect();
        let falling: Vec<u64> = rising.iter().rev().copied().collect();
        for keys in [random, rising, falling] {
            let mut ours: Vec<usize> = (0..len).collect();
            sort_positions(&mut ours, &mut |a, b| keys[a].cmp(&keys[b]));
            let mut theirs: Vec<usize> = (0..len).collect();
            theirs.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
            assert_eq!(ours, theirs, "{len} items");
        }
    }
}

#[test]
fn texts_are_found_and_replaced_as_javascript_does() {
    let texts = ["", "a", "${", "x${Token[1]}", "$$${Token[", "${Token", "é${Token[é]}${Token[2]}", "~1~0~~01", "aaa"];
    let needles = ["", "$", "${", "${Token[", "~1", "~0", "é", "aa", "a"];
    for text in texts {
        for needle in needles {
            assert_eq!(index_of(text, needle), text.find(needle), "{text:?}.indexOf({needle:?})");
            assert_eq!(includes(text, needle), text.contains(needle), "{text:?}.includes({needle:?})");
            if !needle.is_empty() {
                assert_eq!(replace_all(text, needle, "<>"), text.replace(needle, "<>"), "{text:?} {needle:?}");
            }
        }
    }
}
