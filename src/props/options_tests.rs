use serde_json::json;

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
    let warnings = tag_warnings(tags.as_object().unwrap());
    let paths: Vec<&str> = warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["/options/tags/aws:owner", "/options/tags/", "/options/tags/n", "/options/tags/a~1b"]);
    assert!(tag_errors(json!({"k": null}).as_object().unwrap())[0].path == "/options/tags/k");
}

#[test]
fn tag_characters_outside_what_aws_allows_are_warned() {
    let tags = json!({"Cost Center": "R & D", "ok:key/1": "a=b+c-d@e_f.g", "ünï": "日本"});
    let warnings = tag_warnings(tags.as_object().unwrap());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path, "/options/tags/Cost Center");
}
