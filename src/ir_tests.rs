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
