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

/// `deepmerge(defaults, user, {arrayMerge: (_, source) => source})`; both are consumed.
pub fn override_props(defaults: Value, user: Value) -> Value {
    if !(mergeable(&defaults) && mergeable(&user)) {
        return user;
    }
    match (defaults, user) {
        (Value::Object(mut out), Value::Object(source)) => {
            for (key, value) in source {
                let merged = match out.get_mut(&key) {
                    Some(existing) if mergeable(existing) && mergeable(&value) => {
                        override_props(existing.take(), value)
                    }
                    _ => value,
                };
                out.insert(key, merged);
            }
            Value::Object(out)
        }
        (_, user) => user,
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
            override_props(defaults, user),
            json!({"a": {"x": 1, "y": [3], "z": 2}, "b": {"Fn::GetAtt": ["Y", "Arn"]}, "c": 1})
        );
    }
}
