use crate::json;

use super::*;

fn stack_name(given: Option<&str>) -> Result<String, Diagnostic> {
    super::stack_name(given, crate::model::logical_id::stack_name_for_id)
}

#[test]
fn stack_names_follow_aws_cdk_lib() {
    assert_eq!(stack_name(None).unwrap(), "Stack");
    assert_eq!(stack_name(Some("My-Stack2")).unwrap(), "My-Stack2");
    assert_eq!(stack_name(Some("a/b")).unwrap(), "a--b");
    let error = stack_name(Some("1abc")).unwrap_err();
    assert_eq!(error.message, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '1abc'");
    assert_eq!(error.path, "/options/stackName");
    assert_eq!(stack_name(Some("")).unwrap_err().message, "Only root constructs may have an empty ID");
    // Over 128 characters the name drops what CloudFormation refuses, so underscores pass.
    assert!(stack_name(Some(&format!("A{}", "_b".repeat(80)))).is_ok());
}

#[test]
fn env_members_must_be_strings() {
    let errors = env_type_errors(&json!({"account": 123, "region": true}));
    assert_eq!(errors[0].message, "Account id of stack environment must be a 'string' but received 'number'");
    assert_eq!(errors[0].path, "/options/env/account");
    assert_eq!(errors[1].message, "Region of stack environment must be a 'string' but received 'boolean'");
    assert!(env_type_errors(&json!({"account": null, "region": "us-east-1"})).is_empty());
    assert_eq!(env_type_errors(&json!({"acount": "1"}))[0].path, "/options/env/acount");
}

#[test]
fn env_warnings_name_what_will_not_deploy() {
    let env = Environment { account: Some("12345".into()), region: Some("mars-1".into()) };
    let warnings = env_warnings(&env, |r| r == "us-east-1");
    let paths: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["/options/env/account", "/options/env/region"]);
    let fine = Environment { account: Some("123456789012".into()), region: Some("us-east-1".into()) };
    assert!(env_warnings(&fine, |r| r == "us-east-1").is_empty());
}

#[test]
fn tag_warnings_carry_the_tag_path() {
    let tags = json!({"aws:owner": "x", "": "y", "n": 5, "a/b": "v".repeat(300), "ok": "fine"});
    let warnings = tag_warnings(tags.as_object().unwrap(), true);
    let paths: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["/options/tags/aws:owner", "/options/tags/", "/options/tags/n", "/options/tags/a~1b"]);
    assert!(tag_errors(json!({"k": null}).as_object().unwrap())[0].path == "/options/tags/k");
}

#[test]
fn an_empty_tag_value_is_warned_only_where_the_alarms_refuse_it() {
    let tags = json!({"owner": ""});
    assert_eq!(tag_warnings(tags.as_object().unwrap(), true).len(), 1);
    assert!(tag_warnings(tags.as_object().unwrap(), false).is_empty());
}

#[test]
fn tag_characters_outside_what_aws_allows_are_warned() {
    let tags = json!({"Cost Center": "R & D", "ok:key/1": "a=b+c-d@e_f.g", "ünï": "日本"});
    let warnings = tag_warnings(tags.as_object().unwrap(), true);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path, "/options/tags/Cost Center");
}

/// The readers word their errors as serde's own readers of the same types do (floats from 1e21 or
/// below 1e-6 aside, which they write as JavaScript does).
#[test]
fn option_readers_word_errors_as_serde_does() {
    fn serde_error<T: serde::de::DeserializeOwned>(value: &Value) -> Option<String> {
        serde_json::from_value::<T>(value.clone().into()).err().map(|e| e.to_string())
    }
    let values = [
        json!(null),
        json!(true),
        json!(7),
        json!(-7),
        json!(1.5),
        json!(2.0),
        json!("A/B \"q\"\n"),
        json!(["a", 1]),
        json!({"a": "b"}),
        json!({"a": true, "b": 1}),
        json!(["a", "b"]),
    ];
    for value in &values {
        assert_eq!(strings(value).err(), serde_error::<Vec<String>>(value), "strings {value}");
        assert_eq!(optional_string(value).err(), serde_error::<Option<String>>(value), "optional_string {value}");
        assert_eq!(
            bool_map(value).err(),
            serde_error::<std::collections::BTreeMap<String, bool>>(value),
            "bool_map {value}"
        );
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Environment {
        account: Option<String>,
        region: Option<String>,
    }
    for value in [json!({"account": "1", "zone": "a"}), json!("x"), json!({"region": 3})] {
        assert_eq!(super::Environment::from_value(&value).err(), serde_error::<Environment>(&value), "env {value}");
    }
}
