use crate::json;

use super::*;

#[test]
fn partition_comes_from_the_region_table() {
    let env =
        |region: Option<&str>| StackEnv { account: None, region: region.map(String::from), partition_literals: true };
    assert_eq!(env(Some("cn-north-1")).partition(), json!("aws-cn"));
    assert_eq!(env(Some("us-gov-west-1")).partition(), json!("aws-us-gov"));
    assert_eq!(env(Some("xx-foo-1")).partition(), json!({"Ref": "AWS::Partition"}));
    assert_eq!(env(None).partition(), json!({"Ref": "AWS::Partition"}));
    let off = StackEnv { partition_literals: false, ..env(Some("us-east-1")) };
    assert_eq!(off.partition(), json!({"Ref": "AWS::Partition"}));
}

#[test]
fn bootstrap_names_fill_in_what_is_known() {
    let template = "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}";
    let account_only = StackEnv { account: Some("123456789012".into()), ..StackEnv::default() };
    assert_eq!(account_only.sub(template), json!({"Fn::Sub": "cdk-hnb659fds-assets-123456789012-${AWS::Region}"}));
    let both = StackEnv { region: Some("eu-west-1".into()), ..account_only };
    assert_eq!(both.sub(template), json!("cdk-hnb659fds-assets-123456789012-eu-west-1"));
}

#[test]
fn accounts_compare_as_tokens_do() {
    let known = StackEnv { account: Some("123456789012".into()), ..StackEnv::default() };
    assert_eq!(known.compare_account(&json!("123456789012")), Comparison::Same);
    assert_eq!(known.compare_account(&json!("111111111111")), Comparison::Different);
    assert_eq!(known.compare_account(&json!({"Ref": "AWS::AccountId"})), Comparison::OneUnresolved);
    assert_eq!(StackEnv::default().compare_account(&json!({"Ref": "X"})), Comparison::BothUnresolved);
}

#[test]
fn region_table_is_aws_cdk_libs() {
    // Generated from the installed aws-cdk-lib by tests/conformance/generate.js.
    let table: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../tests/conformance/regions.json")).expect("regions.json parses");
    let ours: serde_json::Map<String, serde_json::Value> =
        PARTITIONS.iter().map(|(partition, regions)| (partition.to_string(), serde_json::json!(regions))).collect();
    assert_eq!(ours, table);
}
