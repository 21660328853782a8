//! What aws-cdk-lib's `DefaultStackSynthesizer` adds to every stack template: the bootstrap
//! version parameter and the rule that checks it.

use crate::ir::{json, Map, Value};

/// The whole stack template around a fragment: its sections, then `Parameters.BootstrapVersion`
/// and `Rules.CheckBootstrapVersion` (after any parameters or rules of the fragment).
pub fn stack_template(fragment: &Value) -> Value {
    let mut template = fragment.as_object().cloned().unwrap_or_default();
    insert(
        &mut template,
        "Parameters",
        "BootstrapVersion",
        json!({
            "Type": "AWS::SSM::Parameter::Value<String>",
            "Default": "/cdk-bootstrap/hnb659fds/version",
            "Description": "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]"
        }),
    );
    insert(
        &mut template,
        "Rules",
        "CheckBootstrapVersion",
        json!({
            "Assertions": [{
                "Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"], {"Ref": "BootstrapVersion"}]}]},
                "AssertDescription": "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI."
            }]
        }),
    );
    Value::Object(template)
}

/// Adds `key` to a template section, making the section when the fragment has none.
fn insert(template: &mut Map, section: &'static str, key: &'static str, value: Value) {
    match template.get_mut(section) {
        Some(Value::Object(body)) => {
            body.insert(key.into(), value);
        }
        _ => {
            template.insert(section.into(), Value::Object(Map::from_iter([(key, value)])));
        }
    }
}
