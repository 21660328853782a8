//! The bucket's custom resources: auto-delete of objects (a stack-wide provider) and EventBridge
//! notifications (a stack-wide inline Python handler).

use crate::ir::{json, Map, Value};

use super::policy::{add_to_resource_policy, depend_on_policy};
use super::Bucket;
use crate::model::iam::Statement;
use crate::model::intrinsics::{concat, get_att, partition, reference};
use crate::model::tree::{NodeId, Resource, Tree};
use crate::pattern::context::Context;
use crate::pattern::iam::{create_policy, Policies};

const AUTO_DELETE_PROVIDER_ID: &str = "Custom::S3AutoDeleteObjectsCustomResourceProvider";
const AUTO_DELETE_RUNTIME: &str = "nodejs24.x";
const NOTIFICATIONS_HANDLER_ID: &str = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834";
const NOTIFICATIONS_RUNTIME: &str = "python3.13";
/// aws-cdk-lib 2.276.0's `custom-resource-handlers/dist/aws-s3/notifications-resource-handler/index.py`
/// with comment lines removed, as the handler embeds it.
const NOTIFICATIONS_HANDLER_SOURCE: &str = include_str!("notifications_handler.py");

/// `BucketAutoDeleteObjects`: the stack-wide provider, a policy statement for its role and the
/// custom resource, tagged bucket (the tag is written with the bucket's properties).
#[inline(never)] // out of line: see the module `pattern::s3`
pub(super) fn enable_auto_delete_objects(
    ctx: &mut Context,
    bucket: &Bucket,
    bucket_node: NodeId,
) -> Result<(), String> {
    let (role_arn, service_token) = auto_delete_provider(ctx, &bucket.name)?;
    let statement = Statement::allow(
        &["s3:PutBucketPolicy", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*"],
        vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), "/*".into()])],
    )
    .with_principal("AWS", role_arn);
    let policy = add_to_resource_policy(ctx, bucket, statement)?;
    let custom = ctx.add(bucket_node, "AutoDeleteObjectsCustomResource")?;
    let mut properties = Map::new();
    properties.insert("ServiceToken".into(), service_token);
    properties.insert("BucketName".into(), bucket.name.clone());
    let mut resource =
        Resource::new("Custom::S3AutoDeleteObjects", properties).with_removal_policy(Some("destroy"), false)?;
    resource.depends_on.extend(policy);
    ctx.add_resource(custom, "Default", resource)?;
    Ok(())
}

/// `CustomResourceProvider.getOrCreateProvider`: (role ARN, service token).
pub(super) fn auto_delete_provider(ctx: &mut Context, bucket_name: &Value) -> Result<(Value, Value), String> {
    let provider = match ctx.tree.child(Tree::STACK, AUTO_DELETE_PROVIDER_ID) {
        Some(node) => node,
        None => {
            let node = ctx.add(Tree::STACK, AUTO_DELETE_PROVIDER_ID)?;
            let mut role = Map::new();
            role.insert(
                "AssumeRolePolicyDocument".into(),
                json!({
                    "Version": "2012-10-17",
                    "Statement": [{ "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" } }]
                }),
            );
            role.insert(
                "ManagedPolicyArns".into(),
                json!([{ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" }]),
            );
            let role_node = ctx.add_resource(node, "Role", Resource::new("AWS::IAM::Role", role))?;
            let role_id = ctx.logical_id(role_node);
            let mut handler = Map::new();
            handler.insert(
                "Code".into(),
                json!({ "S3Bucket": ctx.env.sub("cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"), "S3Key": ctx.cdk_version.auto_delete_handler_asset() }),
            );
            handler.insert("Timeout".into(), json!(900));
            handler.insert("MemorySize".into(), json!(128));
            handler.insert("Handler".into(), json!("index.handler"));
            handler.insert("Role".into(), get_att(role_id.clone(), "Arn"));
            handler.insert("Runtime".into(), json!(AUTO_DELETE_RUNTIME));
            handler.insert(
                "Description".into(),
                concat(vec![
                    "Lambda function for auto-deleting objects in ".into(),
                    bucket_name.clone(),
                    " S3 bucket.".into(),
                ]),
            );
            let mut resource = Resource::new("AWS::Lambda::Function", handler);
            resource.depends_on.push(role_node);
            ctx.add_resource(node, "Handler", resource)?;
            node
        }
    };
    let role = ctx.tree.child(provider, "Role").map(|n| ctx.logical_id(n)).unwrap_or_default();
    let handler = ctx.tree.child(provider, "Handler").map(|n| ctx.logical_id(n)).unwrap_or_default();
    Ok((get_att(role, "Arn"), get_att(handler, "Arn")))
}

/// `enableEventBridgeNotification`: the `Notifications` custom resource, its handler policy and
/// the stack-wide handler.
#[inline(never)] // out of line: see the module `pattern::s3`
pub(super) fn enable_event_bridge(
    ctx: &mut Context,
    policies: &mut Policies,
    bucket: &Bucket,
    bucket_node: NodeId,
) -> Result<(), String> {
    let notifications = ctx.add(bucket_node, "Notifications")?;
    let (role_id, function_id) = notifications_handler(ctx)?;
    let policy = create_policy(
        ctx,
        policies,
        notifications,
        "HandlerPolicy".into(),
        vec![Statement::allow(&["s3:PutBucketNotification"], vec![bucket.arn.clone()])],
    )?;
    let policy_resource = policies.list.get_mut(policy).map(|entry| {
        entry.roles.push(reference(role_id.clone()));
        entry.resource_node
    });
    let mut properties = Map::new();
    properties.insert("ServiceToken".into(), get_att(function_id.clone(), "Arn"));
    properties.insert("BucketName".into(), bucket.name.clone());
    properties.insert("NotificationConfiguration".into(), json!({ "EventBridgeConfiguration": {} }));
    properties.insert("Managed".into(), json!(true));
    properties.insert("SkipDestinationValidation".into(), json!(false));
    let mut resource = Resource::new("Custom::S3BucketNotifications", properties);
    resource.depends_on.extend(policy_resource);
    let node = ctx.add_resource(notifications, "Resource", resource)?;
    depend_on_policy(ctx, bucket, node);
    Ok(())
}

/// `NotificationsResourceHandler.singleton`: (role logical ID, function logical ID).
pub(super) fn notifications_handler(ctx: &mut Context) -> Result<(String, String), String> {
    let handler = match ctx.tree.child(Tree::STACK, NOTIFICATIONS_HANDLER_ID) {
        Some(node) => node,
        None => {
            let node = ctx.add(Tree::STACK, NOTIFICATIONS_HANDLER_ID)?;
            let role = ctx.add(node, "Role")?;
            let mut role_properties = Map::new();
            role_properties.insert(
                "AssumeRolePolicyDocument".into(),
                json!({
                    "Statement": [{ "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" } }],
                    "Version": "2012-10-17"
                }),
            );
            role_properties.insert(
                "ManagedPolicyArns".into(),
                json!([concat(vec![
                    "arn:".into(),
                    partition(),
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole".into()
                ])]),
            );
            let role_node = ctx.add_resource(role, "Resource", Resource::new("AWS::IAM::Role", role_properties))?;
            let role_id = ctx.logical_id(role_node);
            let mut function = Map::new();
            function.insert(
                "Description".into(),
                Value::literal_with_escapes(
                    "AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)",
                ),
            );
            function
                .insert("Code".into(), json!({ "ZipFile": Value::literal_with_escapes(NOTIFICATIONS_HANDLER_SOURCE) }));
            function.insert("Handler".into(), json!("index.handler"));
            function.insert("Role".into(), get_att(role_id.clone(), "Arn"));
            function.insert("Runtime".into(), json!(NOTIFICATIONS_RUNTIME));
            function.insert("Timeout".into(), json!(300));
            let mut resource = Resource::new("AWS::Lambda::Function", function);
            resource.depends_on.push(role_node);
            ctx.add_resource(node, "Resource", resource)?;
            node
        }
    };
    let role = ctx.tree.child(handler, "Role").and_then(|r| ctx.tree.child(r, "Resource"));
    let function = ctx.tree.child(handler, "Resource");
    match (role, function) {
        (Some(role), Some(function)) => Ok((ctx.logical_id(role), ctx.logical_id(function))),
        _ => Err(format!(
            "{NOTIFICATIONS_HANDLER_ID} already exists in the stack and is not the bucket notifications handler"
        )),
    }
}

#[cfg(test)]
#[path = "custom_resources_tests.rs"]
mod tests;
