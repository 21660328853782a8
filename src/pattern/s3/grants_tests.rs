use crate::json;

use super::*;
use crate::model::flags::FeatureFlags;
use crate::model::tree::Tree;
use crate::pattern::iam::{create_service_role, render_policies};
use crate::pattern::s3::existing_bucket;
use crate::props::bucket::BucketRef;

#[test]
fn existing_buckets_with_a_key_grant_the_key() -> Result<(), String> {
    let mut ctx = Context::new(FeatureFlags::default(), "Stack");
    let mut policies = Policies::default();
    let scope = ctx.add(Tree::STACK, "Id")?;
    let mut role = create_service_role(&mut ctx, scope, "JobRole", "glue.amazonaws.com", "d")?;
    let bucket = existing_bucket(&BucketRef {
        bucket_arn: json!("arn:aws:s3:::b"),
        bucket_name: json!("b"),
        encryption_key_arn: Some(json!("arn:aws:kms:us-east-1:123456789012:key/abc")),
        construct_path: None,
    });
    assert_eq!(grant_read(&mut ctx, &mut policies, &mut role, &bucket, None), Ok(()));
    render_policies(&mut ctx, policies);
    let resources = std::mem::take(&mut ctx.tree).into_resources();
    let statements =
        resources.get("IdJobRoleDefaultPolicy97B1C3E7").and_then(|r| r.pointer("/Properties/PolicyDocument/Statement"));
    assert_eq!(
        statements,
        Some(&json!([
            {"Action": ["s3:GetBucket*", "s3:GetObject*", "s3:List*"], "Effect": "Allow", "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]},
            {"Action": ["kms:Decrypt", "kms:DescribeKey"], "Effect": "Allow", "Resource": "arn:aws:kms:us-east-1:123456789012:key/abc"}
        ]))
    );
    Ok(())
}
