//! YAML output read back as JSON, to compare it with the JSON fixtures.

use serde_json::Value;
use yaml_rust2::{Yaml, YamlLoader};

/// The first document of `text` as a JSON value; panics (failing the test) on invalid YAML.
pub fn to_json(text: &str) -> Value {
    let docs = YamlLoader::load_from_str(text).expect("valid YAML");
    docs.first().map(yaml_to_json).unwrap_or(Value::Null)
}

fn yaml_to_json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::Hash(map) => Value::Object(
            map.iter().map(|(k, v)| (k.as_str().unwrap_or_default().to_string(), yaml_to_json(v))).collect(),
        ),
        Yaml::Array(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Real(r) => r.parse::<f64>().map(Value::from).unwrap_or(Value::Null),
        Yaml::Boolean(b) => Value::Bool(*b),
        _ => Value::Null,
    }
}
