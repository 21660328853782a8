use crate::json;

use super::*;
use crate::model::intrinsics::partition;

#[test]
fn literal_arns_give_a_literal_name() {
    let arn = concat(vec!["arn:".into(), partition(), ":s3:::My_Bucket/x.py".into()]);
    assert_eq!(bucket_name_from_arn(&arn), Ok(json!("My_Bucket")));
}

#[test]
fn token_arns_keep_a_token_name() {
    let arn = json!({"Fn::GetAtt": ["Bucket", "Arn"]});
    assert_eq!(
        bucket_name_from_arn(&arn),
        Ok(
            json!({"Fn::Select": [0, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Fn::GetAtt": ["Bucket", "Arn"]}]}]}]}]})
        )
    );
    assert_eq!(
        bucket_name_from_arn(&json!("s3-bucket")).err().as_deref(),
        Some("ARNs must start with \"arn:\" and have at least 6 components: s3-bucket")
    );
}
