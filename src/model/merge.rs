//! core's `overrideProps`: deepmerge of user props over defaults, arrays replaced, and
//! intrinsics (class instances in CDK) never merged into.

use crate::ir::Value;

use super::intrinsics::is_intrinsic;

fn mergeable(value: &Value) -> bool {
    match value {
        Value::Array(_) => true,
        Value::Object(_) => !is_intrinsic(value),
        _ => false,
    }
}

/// `deepmerge(defaults, user, {arrayMerge: (_, source) => source})`.
pub fn override_props(defaults: &Value, user: &Value) -> Value {
    match (defaults, user) {
        (Value::Object(target), Value::Object(source)) if mergeable(defaults) && mergeable(user) => {
            let mut out = target.clone();
            for (key, value) in source {
                let merged = match target.get(key) {
                    Some(existing) if mergeable(existing) && mergeable(value) => override_props(existing, value),
                    _ => value.clone(),
                };
                out.insert(key.clone(), merged);
            }
            Value::Object(out)
        }
        _ => user.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn objects_merge_arrays_replace_intrinsics_stay_whole() {
        let defaults = json!({"a": {"x": 1, "y": [1, 2]}, "b": {"Ref": "X"}, "c": 1});
        let user = json!({"a": {"y": [3], "z": 2}, "b": {"Fn::GetAtt": ["Y", "Arn"]}});
        assert_eq!(
            override_props(&defaults, &user),
            json!({"a": {"x": 1, "y": [3], "z": 2}, "b": {"Fn::GetAtt": ["Y", "Arn"]}, "c": 1})
        );
    }
}
