//! Bucket policies: created on the first statement, then rewritten with every statement added.

use crate::ir::{json, Map, Value};

use super::Bucket;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::concat;
use crate::model::tree::{NodeId, Resource, Tree};
use crate::pattern::context::Context;

/// A bucket policy that statements can still be added to (cross-account grants come after the build).
#[derive(Debug)]
pub(crate) struct BucketPolicyState {
    /// The Bucket construct; the `Policy` construct is created under it on first use.
    pub(super) bucket_node: BucketNode,
    pub(super) bucket_ref: Value,
    pub(super) resource_node: Option<NodeId>,
    pub(super) document: PolicyDocument,
    /// Resources that must depend on the policy once it exists.
    pub(super) dependents: Vec<NodeId>,
}

/// Where a bucket's construct is: made here, or given by its path in the stack.
#[derive(Debug)]
pub(super) enum BucketNode {
    Created(NodeId),
    InStack(Vec<String>),
}

/// `bucket.addToResourcePolicy(statement)`: creates the `Policy` on first use; returns the policy
/// resource, or `None` for a bucket whose policy this pattern cannot change.
pub(super) fn add_to_resource_policy(
    ctx: &mut Context,
    bucket: &Bucket,
    statement: Statement,
) -> Result<Option<NodeId>, String> {
    let Some(shared) = &bucket.policy else {
        return Ok(None);
    };
    let mut state = shared.borrow_mut();
    let resource_node = match state.resource_node {
        Some(node) => node,
        None => {
            let bucket_node = match &state.bucket_node {
                BucketNode::Created(node) => *node,
                BucketNode::InStack(path) => ctx.tree.ensure_path(Tree::STACK, path)?,
            };
            let policy_node = ctx.add(bucket_node, "Policy")?;
            let mut properties = Map::new();
            properties.insert("Bucket".into(), state.bucket_ref.clone());
            let node = ctx.add_resource(policy_node, "Resource", Resource::new("AWS::S3::BucketPolicy", properties))?;
            for dependent in &state.dependents {
                if let Some(resource) = ctx.tree.resource_mut(*dependent) {
                    resource.depends_on.push(node);
                }
            }
            state.resource_node = Some(node);
            ctx.bucket_policies.push(shared.clone());
            node
        }
    };
    state.document.add(statement);
    Ok(Some(resource_node))
}

/// Writes the policy document once every statement is in (`render_bucket_policies`).
pub(super) fn render(ctx: &mut Context, state: &mut BucketPolicyState) {
    let Some(resource_node) = state.resource_node else { return };
    let document = std::mem::take(&mut state.document).into_rendered(ctx.flags.minimize_policies);
    if let Some(resource) = ctx.tree.resource_mut(resource_node) {
        resource.properties.insert("PolicyDocument".into(), document);
    }
}

/// Makes `dependent` depend on the bucket policy, now or when it is created.
pub(super) fn depend_on_policy(ctx: &mut Context, bucket: &Bucket, dependent: NodeId) {
    let Some(state) = &bucket.policy else { return };
    let mut state = state.borrow_mut();
    match state.resource_node {
        Some(policy) => {
            if let Some(resource) = ctx.tree.resource_mut(dependent) {
                resource.depends_on.push(policy);
            }
        }
        None => state.dependents.push(dependent),
    }
}

/// `logs.allowLogDelivery(from, prefix)` with `serverAccessLogsUseBucketPolicy`.
pub(super) fn allow_log_delivery(
    ctx: &mut Context,
    logs: &Bucket,
    from: &Bucket,
    prefix: Option<&Value>,
) -> Result<(), String> {
    let mut parts = vec![logs.arn.clone(), "/".into()];
    if let Some(prefix) = prefix.filter(|p| p.as_str() != Some("")) {
        parts.push(prefix.clone());
    }
    parts.push("*".into());
    let statement = Statement::allow(&["s3:PutObject"], vec![concat(parts)])
        .with_principal("Service", json!("logging.s3.amazonaws.com"))
        .with_condition("ArnLike", "aws:SourceArn", from.arn.clone())
        .with_condition("StringEquals", "aws:SourceAccount", ctx.env.account());
    add_to_resource_policy(ctx, logs, statement).map(|_| ())
}
