//! The fragment as CDK writes it (JSON, 1-space indent) or as YAML.

use crate::ir::Value;

pub use crate::model::json_layout::to_cdk_json;

/// A YAML rendering of the fragment (block style, keys in template order).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    write_yaml(&mut out, value, 0, false);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn write_yaml(out: &mut String, value: &Value, indent: usize, in_list: bool) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (i, (key, item)) in crate::js::key_order(map).into_iter().enumerate() {
                if !(in_list && i == 0) {
                    out.push_str(&" ".repeat(indent));
                }
                out.push_str(&yaml_scalar_string(key));
                out.push(':');
                write_nested(out, item, indent);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                if !(in_list && i == 0) {
                    out.push_str(&" ".repeat(indent));
                }
                out.push_str("- ");
                match item {
                    Value::Object(m) if !m.is_empty() => write_yaml(out, item, indent + 2, true),
                    Value::Array(a) if !a.is_empty() => write_yaml(out, item, indent + 2, true),
                    _ => {
                        out.push_str(&yaml_scalar(item));
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push_str(&yaml_scalar(value));
            out.push('\n');
        }
    }
}

fn write_nested(out: &mut String, item: &Value, indent: usize) {
    match item {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            write_yaml(out, item, indent + 2, false);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            write_yaml(out, item, indent + 2, false);
        }
        _ => {
            out.push(' ');
            out.push_str(&yaml_scalar(item));
            out.push('\n');
        }
    }
}

fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::String(s) => yaml_scalar_string(s),
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
        other => crate::model::json_layout::to_cdk_json(other),
    }
}

/// Plain when unambiguous, else a JSON (double-quoted) string, which YAML accepts.
fn yaml_scalar_string(s: &str) -> String {
    // Plain scalars start with a letter so they never read as numbers, dates or indicators.
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ':' | '*' | '@'))
        && !s.ends_with(':')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn ambiguous_strings_are_quoted() {
        let yaml =
            to_yaml(&json!({"Version": "2012-10-17", "A": "true", "B": "12", "C": "AWS::Region", "D": [], "E": {}}));
        assert_eq!(yaml, "Version: \"2012-10-17\"\nA: \"true\"\nB: \"12\"\nC: AWS::Region\nD: []\nE: {}\n");
    }

    #[test]
    fn nested_lists_and_maps_indent() {
        let yaml = to_yaml(&json!({"Fn::Join": ["", ["a", {"Ref": "X"}]]}));
        assert_eq!(yaml, "Fn::Join:\n  - \"\"\n  - - a\n    - Ref: X\n");
    }
}
