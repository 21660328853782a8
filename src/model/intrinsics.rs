//! CloudFormation intrinsics and CDK's way of concatenating strings that hold tokens.

use crate::ir::{json, Str, Value};

/// `{"Ref": name}`.
pub fn reference(name: impl Into<Str>) -> Value {
    json!({ "Ref": Value::String(name.into()) })
}

/// `{"Fn::GetAtt": [logical_id, attribute]}`.
pub fn get_att(logical_id: impl Into<Str>, attribute: &'static str) -> Value {
    json!({ "Fn::GetAtt": [Value::String(logical_id.into()), attribute] })
}

pub fn partition() -> Value {
    reference("AWS::Partition")
}
pub fn region() -> Value {
    reference("AWS::Region")
}
pub fn account_id() -> Value {
    reference("AWS::AccountId")
}
pub fn stack_id() -> Value {
    reference("AWS::StackId")
}
pub fn url_suffix() -> Value {
    reference("AWS::URLSuffix")
}

pub use crate::cfn::is_intrinsic;

/// True when a string value is not known until deployment (an intrinsic or a CDK token string).
pub fn is_unresolved(value: &Value) -> bool {
    match value {
        Value::String(s) => crate::cfn::holds_token(s),
        Value::Object(_) => is_intrinsic(value),
        _ => false,
    }
}

/// Concatenates string fragments as CDK resolves an interpolated string: literals merge, anything
/// else makes a minimal `Fn::Join` with the empty delimiter, and a single part stays bare.
pub fn concat(parts: Vec<Value>) -> Value {
    join("", parts)
}

/// `Fn.join(delimiter, parts)` as CDK renders it (`minimalCloudFormationJoin`).
pub fn join(delimiter: &'static str, parts: Vec<Value>) -> Value {
    let mut values: Vec<Value> = Vec::with_capacity(parts.len());
    for part in parts {
        match nested_join_parts(part, delimiter) {
            Ok(inner) => {
                values.reserve(inner.len());
                for value in inner {
                    push_join_part(&mut values, value, delimiter);
                }
            }
            Err(part) => push_join_part(&mut values, part, delimiter),
        }
    }
    if values.len() == 1 {
        return values.remove(0);
    }
    json!({ "Fn::Join": [delimiter, Value::Array(values)] })
}

/// The parts of a `Fn::Join` with the same delimiter, moved out; any other value back unchanged.
fn nested_join_parts(mut value: Value, delimiter: &str) -> Result<Vec<Value>, Value> {
    let is_nested = value.as_object().is_some_and(|map| {
        map.len() == 1
            && map
                .get("Fn::Join")
                .and_then(Value::as_array)
                .is_some_and(|args| args.len() == 2 && args[0].as_str() == Some(delimiter) && args[1].is_array())
    });
    if !is_nested {
        return Err(value);
    }
    match value.get_mut("Fn::Join").and_then(|args| args.get_mut(1)).map(Value::take) {
        Some(Value::Array(inner)) => Ok(inner),
        _ => Err(value),
    }
}

fn push_join_part(values: &mut Vec<Value>, part: Value, delimiter: &str) {
    if let (Some(Value::String(previous)), Value::String(next)) = (values.last_mut(), &part) {
        // A borrowed literal is copied once, at the merged length.
        if let Str::Borrowed(literal) = previous {
            let mut owned = String::with_capacity(literal.len() + delimiter.len() + next.len());
            owned.push_str(literal);
            *previous = Str::Owned(owned);
        }
        let previous = previous.to_mut();
        previous.push_str(delimiter);
        previous.push_str(next);
        return;
    }
    if let Value::String(s) = &part {
        if s.is_empty() && delimiter.is_empty() {
            return;
        }
    }
    values.push(part);
}

/// `Fn.select(index, list)`.
pub fn select(index: usize, list: Value) -> Value {
    json!({ "Fn::Select": [index, list] })
}

/// `Fn.split(delimiter, source)`.
pub fn split(delimiter: &'static str, source: Value) -> Value {
    json!({ "Fn::Split": [delimiter, source] })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn literals_merge_and_tokens_join() {
        let arn = concat(vec!["arn:".into(), partition(), ":s3:::".into(), "bucket/key".into()]);
        assert_eq!(arn, json!({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::bucket/key"]]}));
    }

    #[test]
    fn single_part_is_bare() {
        assert_eq!(concat(vec!["a".into(), "b".into()]), json!("ab"));
        assert_eq!(concat(vec![reference("X")]), json!({"Ref": "X"}));
        assert_eq!(concat(vec!["".into(), reference("X"), "".into()]), json!({"Ref": "X"}));
    }

    #[test]
    fn nested_joins_with_the_same_delimiter_flatten() {
        let inner = concat(vec!["a".into(), reference("X")]);
        let outer = concat(vec![inner, "b".into()]);
        assert_eq!(outer, json!({"Fn::Join": ["", ["a", {"Ref": "X"}, "b"]]}));
    }
}
