//! core's `flagOverriddenDefaults`: a deep-diff of the construct's defaults against the user's
//! props, printed as warnings. Keys CDK holds as `undefined` own properties are `null` in
//! `defaults`; values are in CDK's form (enum values, tokens as intrinsics).

use std::borrow::Cow;

use crate::ir::{text, Value};

/// A path being walked: keys borrowed from the defaults, array indices written out. Copied into
/// owned strings only for a warning.
type Path<'a> = Vec<Cow<'a, str>>;

/// Keys core's prefilter reports as "Possible override" and does not descend into.
const PREFILTERED: &[&str] = &["maxRecordAge", "expiration", "transitionAfter", "destination", "timeout", "period"];

/// One override the construct would print.
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideWarning {
    /// Property names and array indices from the props root.
    pub path: Vec<String>,
    pub message: String,
}

/// The warnings `overrideProps(defaults, user)` prints, in the order it prints them: prefilter
/// notices during the traversal, then the edits.
pub fn override_warnings(defaults: &Value, user: &Value) -> Vec<OverrideWarning> {
    let mut notices = Vec::new();
    let mut edits = Vec::new();
    diff(Some(defaults), Some(user), &mut Vec::new(), &mut notices, &mut edits);
    notices.extend(edits);
    notices
}

fn diff<'a>(
    lhs: Option<&'a Value>,
    rhs: Option<&'a Value>,
    path: &mut Path<'a>,
    notices: &mut Vec<OverrideWarning>,
    edits: &mut Vec<OverrideWarning>,
) {
    let (Some(lhs), Some(rhs)) = (lhs, rhs) else {
        return;
    };
    match (lhs, rhs) {
        (Value::Object(l), Value::Object(r)) if !crate::cfn::is_intrinsic(lhs) && !crate::cfn::is_intrinsic(rhs) => {
            for (key, value) in l {
                if visit_key(key, path, notices) {
                    path.push(Cow::Borrowed(text(key)));
                    diff(Some(value), r.get(key), path, notices, edits);
                    path.pop();
                }
            }
            for (key, value) in r {
                if !l.contains_key(key) {
                    // New keys are not reported, but the prefilter still sees them.
                    visit_key(key, path, notices);
                    let _ = value;
                }
            }
        }
        (Value::Array(l), Value::Array(r)) => {
            for (i, (a, b)) in l.iter().zip(r).enumerate() {
                path.push(Cow::Owned(i.to_string()));
                diff(Some(a), Some(b), path, notices, edits);
                path.pop();
            }
        }
        // A token alone where the default is an object stands for a token object (`Lazy.any`):
        // deep-diff walks it as an object that has none of the default's keys, and reports nothing.
        (Value::Object(_), Value::String(s)) if !crate::cfn::is_intrinsic(lhs) && crate::cfn::is_whole_token(s) => {}
        (a, b) if a == b => {}
        (a, b) => {
            let readable = |v: &Value| v.as_str().is_some_and(|s| !s.is_empty() && !crate::cfn::holds_token(s));
            let details = match (a, b) {
                (Value::String(x), Value::String(y)) if readable(a) && readable(b) => {
                    format!(" Default value: '{x}'. You provided: '{y}'.")
                }
                _ => String::new(),
            };
            edits.push(OverrideWarning {
                path: path.iter().map(|c| c.to_string()).collect(),
                message: format!("An override has been provided for the property: {}.{details}", format_path(path)),
            });
        }
    }
}

/// The prefilter: `true` to descend, `false` (after a notice) for the keys it stops at.
fn visit_key(key: &str, path: &[Cow<str>], notices: &mut Vec<OverrideWarning>) -> bool {
    if PREFILTERED.contains(&key) {
        let mut full: Vec<String> = path.iter().map(|c| c.to_string()).collect();
        full.push(key.to_string());
        notices.push(OverrideWarning { path: full, message: format!("Possible override of {key} value.") });
        return false;
    }
    key != "node"
}

/// `formatOverridePath`: `a` stays `a`; `a,b,c` becomes `a[b][c]`.
fn format_path(path: &[Cow<str>]) -> String {
    match path {
        [] => String::new(),
        [only] => only.to_string(),
        [first, rest @ ..] => format!("{first}[{}]", rest.join("][")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn messages(defaults: Value, user: Value) -> Vec<String> {
        override_warnings(&defaults, &user).into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn edits_of_strings_show_both_values() {
        assert_eq!(
            messages(json!({"encryption": "MANAGED"}), json!({"encryption": "KMS", "shardCount": 2})),
            ["An override has been provided for the property: encryption. Default value: 'MANAGED'. You provided: 'KMS'."]
        );
    }

    #[test]
    fn undefined_defaults_and_numbers_have_no_details_and_notices_come_first() {
        assert_eq!(
            messages(
                json!({"maxCapacity": null, "numberOfWorkers": 2, "workerType": "G.1X"}),
                json!({"numberOfWorkers": 5, "workerType": "G.2X", "timeout": 10})
            ),
            [
                "Possible override of timeout value.",
                "An override has been provided for the property: numberOfWorkers.",
                "An override has been provided for the property: workerType. Default value: 'G.1X'. You provided: 'G.2X'."
            ]
        );
    }

    #[test]
    fn nested_paths_use_brackets() {
        assert_eq!(
            messages(json!({"databaseInput": {"description": "a"}}), json!({"databaseInput": {"description": "b"}})),
            ["An override has been provided for the property: databaseInput[description]. Default value: 'a'. You provided: 'b'."]
        );
    }

    #[test]
    fn a_token_alone_is_an_object_where_the_default_is_one() {
        let token = "${Token[TOKEN.42]}";
        assert!(messages(json!({"databaseInput": {"description": "a"}}), json!({"databaseInput": token})).is_empty());
        assert_eq!(
            messages(json!({"databaseInput": {"description": "a"}}), json!({"databaseInput": {"description": token}})),
            ["An override has been provided for the property: databaseInput[description]."]
        );
    }
}
