use super::*;

#[test]
fn insert_keeps_the_first_position_and_remove_moves_the_last_entry_in() {
    let mut map = Map::new();
    map.insert("a".into(), json!(1));
    map.insert("b".into(), json!(2));
    map.insert("c".into(), json!(3));
    assert_eq!(map.insert("a".into(), json!(4)), Some(json!(1)));
    assert_eq!(map.keys().map(|k| &**k).collect::<Vec<_>>(), ["a", "b", "c"]);
    map.remove("a");
    assert_eq!(map.keys().map(|k| &**k).collect::<Vec<_>>(), ["c", "b"]);
    map.shift_remove("c");
    assert_eq!(map.keys().map(|k| &**k).collect::<Vec<_>>(), ["b"]);
}

#[test]
fn reads_repeated_keys_as_json_parse_does() {
    let short: Value = serde_json::from_str(r#"{"a": 1, "b": 2, "a": 3}"#).expect("parses");
    assert_eq!(serde_json::to_string(&short).expect("writes"), r#"{"a":3,"b":2}"#);
    let keys: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
    let long: Value = serde_json::from_str(&format!("{{{}, \"k3\": true}}", keys.join(","))).expect("parses");
    let map = long.as_object().expect("an object");
    assert_eq!((map.len(), map.get("k3"), map.keys().nth(3).map(|k| &**k)), (40, Some(&json!(true)), Some("k3")));
}

#[test]
fn the_macro_builds_what_serde_json_builds() {
    let name = String::from("n");
    let ours = json!({"a": [1, null, {"b": name.clone()}, -2.5], "c": {}, "d": [], "e": true, "f": "x"});
    let theirs = serde_json::json!({"a": [1, null, {"b": name}, -2.5], "c": {}, "d": [], "e": true, "f": "x"});
    assert_eq!(serde_json::Value::from(ours.clone()), theirs);
    assert_eq!(Value::from(&theirs), ours);
    assert_eq!(ours.pointer("/a/2/b"), Some(&json!("n")));
    assert_eq!(ours.to_string(), theirs.to_string());
}

#[test]
fn objects_compare_without_regard_to_order() {
    assert_eq!(json!({"a": 1, "b": 2}), json!({"b": 2, "a": 1}));
    assert_ne!(json!({"a": 1}), json!({"a": 1, "b": 2}));
}

#[test]
fn long_objects_stay_indexed_through_every_change() {
    let mut map: Map = (0..100).map(|i| (format!("k{i}"), json!(i))).collect();
    map.swap_remove("k10");
    map.shift_remove("k20");
    map.retain(|key, _| key.as_ref() != "k30");
    map.insert("k5".into(), json!("again"));
    *map.entry("k200".into()).or_insert_with(|| json!(0)) = json!(200);
    let mut value = Value::Object(map);
    value["k201"] = json!(201);
    let map = value.as_object().expect("an object");
    let keys: Vec<String> = map.keys().map(|k| k.to_string()).collect();
    assert_eq!(keys.len(), 99);
    assert_eq!(&keys[8..12], ["k8", "k9", "k99", "k11"]);
    for (at, key) in keys.iter().enumerate() {
        assert_eq!(map.keys().nth(at).map(|k| k.as_ref()), map.get(key).map(|_| key.as_str()), "{key}");
    }
    assert_eq!(
        (map.get("k5"), map.get("k10"), map.get("k20"), map.get("k30")),
        (Some(&json!("again")), None, None, None)
    );
    assert_eq!(
        (map.get("k200"), map.get("k201"), map.get("k99")),
        (Some(&json!(200)), Some(&json!(201)), Some(&json!(99)))
    );
}

#[test]
fn a_value_is_as_small_as_a_vector_and_a_tag() {
    assert_eq!(std::mem::size_of::<Map>(), std::mem::size_of::<Vec<(Str, Value)>>());
    assert!(std::mem::size_of::<Value>() <= 32);
}

#[test]
fn pointer_tokens_unescape_as_rfc_6901_reads_them() {
    // Every text of up to four characters from these: as `~1` then `~0` replaced in turn.
    let alphabet = ['~', '0', '1', '/', 'a', 'é'];
    let mut texts = vec![String::new()];
    for _ in 0..4 {
        let longer: Vec<String> = texts.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
        texts.extend(longer);
    }
    texts.sort();
    texts.dedup();
    for token in &texts {
        assert_eq!(unescape_pointer_token(token), token.replace("~1", "/").replace("~0", "~"), "{token:?}");
    }
    assert!(matches!(unescape_pointer_token("plain/key"), Cow::Borrowed(_)));
}
