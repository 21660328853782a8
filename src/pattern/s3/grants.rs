//! aws-s3's `BucketGrants`: the role's policy, and for a role in another account the bucket policy
//! and the owned key's policy too.

use crate::json;

use super::policy::add_to_resource_policy;
use super::Bucket;
use crate::model::iam::Statement;
use crate::model::intrinsics::concat;
use crate::pattern::context::Context;
use crate::pattern::iam::{add_to_principal_policy, Policies, Role};

const BUCKET_READ_ACTIONS: &[&str] = &["s3:GetObject*", "s3:GetBucket*", "s3:List*"];
const BUCKET_DELETE_ACTIONS: &[&str] = &["s3:DeleteObject*"];
/// `@aws-cdk/aws-s3:grantWriteWithoutAcl` is on in CDK v2.
const BUCKET_PUT_ACTIONS: &[&str] = &[
    "s3:PutObject",
    "s3:PutObjectLegalHold",
    "s3:PutObjectRetention",
    "s3:PutObjectTagging",
    "s3:PutObjectVersionTagging",
    "s3:Abort*",
];
const KEY_READ_ACTIONS: &[&str] = &["kms:Decrypt", "kms:DescribeKey"];
/// `new Set([...KEY_READ_ACTIONS, ...KEY_WRITE_ACTIONS])`.
const KEY_READ_WRITE_ACTIONS: &[&str] =
    &["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];

/// `BucketGrants.grant`: bucket actions on the bucket and its objects, key actions on its key.
fn grant(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
    bucket_actions: &[&'static str],
    key_actions: &[&'static str],
    objects_key_pattern: &str,
) -> Result<(), String> {
    let resources =
        vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), format!("/{objects_key_pattern}").into()])];
    // `Grant.addToPrincipalOrResource`: the bucket's policy too unless the accounts match.
    let cross_account = !role.same_account_as_stack(ctx);
    let resource_policy_resources = cross_account.then(|| resources.clone());
    add_to_principal_policy(ctx, policies, role, Statement::allow(bucket_actions, resources))?;
    if let Some(resources) = resource_policy_resources {
        let statement = Statement::allow(bucket_actions, resources).with_principal("AWS", role.arn.clone());
        add_to_resource_policy(ctx, bucket, statement)?;
    }
    if let Some(key_arn) = &bucket.encryption_key_arn {
        add_to_principal_policy(ctx, policies, role, Statement::allow(key_actions, vec![key_arn.clone()]))?;
        if let (true, Some(state)) = (cross_account, &bucket.key_policy) {
            let mut state = state.borrow_mut();
            state.document.add(Statement::allow(key_actions, vec![json!("*")]).with_principal("AWS", role.arn.clone()));
            let document = state.document.render(ctx.flags.minimize_policies);
            if let Some(resource) = ctx.tree.resource_mut(state.resource_node) {
                resource.properties.insert("KeyPolicy".into(), document);
            }
        }
    }
    Ok(())
}

/// `bucket.grantReadWrite(role)`.
pub fn grant_read_write(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
) -> Result<(), String> {
    let actions: Vec<&str> =
        BUCKET_READ_ACTIONS.iter().chain(BUCKET_DELETE_ACTIONS).chain(BUCKET_PUT_ACTIONS).copied().collect();
    grant(ctx, policies, role, bucket, &actions, KEY_READ_WRITE_ACTIONS, "*")
}

/// `bucket.grantRead(role, objectsKeyPattern)`.
pub fn grant_read(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
    objects_key_pattern: Option<&str>,
) -> Result<(), String> {
    grant(ctx, policies, role, bucket, BUCKET_READ_ACTIONS, KEY_READ_ACTIONS, objects_key_pattern.unwrap_or("*"))
}

#[cfg(test)]
#[path = "grants_tests.rs"]
mod tests;
