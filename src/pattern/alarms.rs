//! core's `buildKinesisStreamCWAlarms`: two alarms on AWS/Kinesis metrics. The metrics carry no
//! dimensions, so they do not watch the stream; the reference does exactly that. With fix
//! `alarmStreamDimension` they carry the `StreamName` dimension the stream's own metrics have
//! (`stream.metricGetRecordsIteratorAgeMilliseconds()`: `dimensionsMap: {StreamName: stream.streamName}`).

use crate::ir::{json, Map, Value};

use super::construction::{duration, made_at, Step};
use super::context::Context;
use crate::model::tree::{NodeId, Resource};

/// Creates both alarms under `scope`; returns their logical IDs. `stream_name`: the dimension to
/// watch, when fixed.
pub fn build_stream_alarms(
    ctx: &mut Context,
    scope: NodeId,
    stream_name: Option<&Value>,
) -> Result<Vec<String>, String> {
    let alarms = [
        (
            "KinesisStreamGetRecordsIteratorAgeAlarm",
            "Consumer Record Processing Falling Behind, there is risk for data loss due to record expiration.",
            "GreaterThanOrEqualToThreshold",
            "GetRecords.IteratorAgeMilliseconds",
            "Maximum",
            43_200_000,
        ),
        (
            "KinesisStreamReadProvisionedThroughputExceededAlarm",
            "Consumer Application is Reading at a Slower Rate Than Expected.",
            "GreaterThanThreshold",
            "ReadProvisionedThroughputExceeded",
            "Average",
            0,
        ),
    ];
    let mut ids = Vec::new();
    let mut alarms_made = Vec::new();
    for (id, description, operator, metric, statistic, threshold) in alarms {
        // CfnAlarm writes its properties in this (alphabetical) order.
        let mut properties = Map::new();
        properties.insert("AlarmDescription".into(), json!(description));
        properties.insert("ComparisonOperator".into(), json!(operator));
        if let Some(name) = stream_name {
            properties.insert("Dimensions".into(), json!([{ "Name": "StreamName", "Value": name }]));
        }
        properties.insert("EvaluationPeriods".into(), json!(1));
        properties.insert("MetricName".into(), json!(metric));
        properties.insert("Namespace".into(), json!("AWS/Kinesis"));
        properties.insert("Period".into(), json!(300));
        properties.insert("Statistic".into(), json!(statistic));
        properties.insert("Threshold".into(), json!(threshold));
        let node = ctx.add(scope, id)?;
        let at = ctx.step_path(node);
        ctx.construction.push_with(|| {
            let mut metric = json!({ "namespace": "AWS/Kinesis", "metricName": metric, "statistic": statistic,
                "period": duration("minutes", 5.0) });
            if let Some(name) = stream_name {
                metric["dimensionsMap"] = json!({ "StreamName": name });
            }
            let props = json!({
                "metric": { "$new": "cloudwatch.Metric", "args": [metric] },
                "threshold": threshold,
                "evaluationPeriods": 1,
                "comparisonOperator": operator,
                "alarmDescription": description
            });
            Step::New { class: "cloudwatch.Alarm", at: at.clone(), props }
        });
        if ctx.construction.enabled {
            alarms_made.push(made_at(&at));
        }
        let resource_node = ctx.add_resource(node, "Resource", Resource::new("AWS::CloudWatch::Alarm", properties))?;
        ids.push(ctx.logical_id(resource_node));
    }
    ctx.construction.note_property("cloudwatchAlarms", || Value::Array(alarms_made));
    Ok(ids)
}
