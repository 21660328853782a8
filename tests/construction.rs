//! The construction description (`SynthResult.construction`): the aws-cdk-lib calls a CDK adapter
//! replays. Its replay is checked against the official construct in the CDK adapter tests; here,
//! that the steps name what the fragment holds.

use serde_json::{json, Value};

fn minimal() -> Value {
    json!({
        "glueJobProps": { "command": { "name": "gluestreaming", "pythonVersion": "3", "scriptLocation": "s3://a-bucket/x.py" } },
        "fieldSchema": [{ "name": "id", "type": "int" }]
    })
}

fn construction(props: &Value) -> Value {
    let result = kinesisstreams_gluejob::synth("Etl", props, &Default::default()).expect("synth");
    serde_json::to_value(&result.construction).expect("serializable")
}

#[test]
fn every_l2_and_l1_is_made_at_the_official_path_in_order() {
    let c = construction(&minimal());
    let made: Vec<(String, String)> = c["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter(|s| s["kind"] == "new")
        .map(|s| {
            (s["class"].as_str().unwrap_or_default().to_string(), s["at"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    let expected = [
        ("kinesis.Stream", "Etl/KinesisStream"),
        ("glue.CfnDatabase", "GlueDatabase"),
        ("glue.CfnTable", "GlueTable"),
        ("glue.CfnSecurityConfiguration", "Etl/GlueSecurityConfig"),
        ("iam.Policy", "Etl/LogPolicy"),
        ("iam.Role", "Etl/JobRole"),
        ("s3.Bucket", "Etl/S3LoggingBucket"),
        ("s3.Bucket", "Etl/S3Bucket"),
        ("glue.CfnJob", "Etl/KinesisETLJob"),
        ("iam.Policy", "EtlGlueJobPolicy"),
        ("cloudwatch.Alarm", "Etl/KinesisStreamGetRecordsIteratorAgeAlarm"),
        ("cloudwatch.Alarm", "Etl/KinesisStreamReadProvisionedThroughputExceededAlarm"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(made, expected);
    assert_eq!(c["properties"]["kinesisStream"], json!({ "$construct": "Etl/KinesisStream" }));
    assert_eq!(
        c["properties"]["outputBucket"],
        json!([{ "$construct": "Etl/S3Bucket" }, { "$construct": "Etl/S3LoggingBucket" }])
    );
}

#[test]
fn caller_values_are_pointers_into_the_props() {
    let mut props = minimal();
    props["kinesisStreamProps"] = json!({ "shardCount": 2 });
    props["outputDataStore"] = json!({ "datastoreType": "S3", "outputBucketProps": { "versioned": false } });
    let c = construction(&props);
    let steps = c["steps"].as_array().expect("steps");
    let stream = steps.iter().find(|s| s["class"] == "kinesis.Stream").expect("stream");
    assert_eq!(stream["props"]["shardCount"], json!({ "$user": "/kinesisStreamProps/shardCount" }));
    assert_eq!(stream["props"]["encryption"], json!({ "$cdk": "StreamEncryption.MANAGED" }));
    let bucket = steps.iter().find(|s| s["at"] == "Etl/S3Bucket").expect("bucket");
    assert_eq!(bucket["props"]["versioned"], json!({ "$user": "/outputDataStore/outputBucketProps/versioned" }));
    assert_eq!(bucket["props"]["serverAccessLogsBucket"], json!({ "$construct": "Etl/S3LoggingBucket" }));
    assert!(bucket["props"].get("lifecycleRules").is_none(), "no default lifecycle rule without versioning");
}

#[test]
fn existing_objects_are_the_callers() {
    let mut props = minimal();
    props["existingStreamObj"] =
        json!({ "streamArn": "arn:aws:kinesis:us-east-1:123456789012:stream/s", "streamName": "s" });
    let c = construction(&props);
    assert_eq!(c["properties"]["kinesisStream"], json!({ "$user": "/existingStreamObj" }));
    assert!(!c["steps"].as_array().expect("steps").iter().any(|s| s["class"] == "kinesis.Stream"));
}

#[test]
fn a_role_given_as_an_object_is_imported_by_its_arn_and_kept_as_the_jobs_role() {
    let arn = "arn:aws:iam::123456789012:role/etl";
    let by_object = {
        let mut props = minimal();
        props["glueJobProps"]["role"] = json!({ "roleArn": arn });
        props
    };
    let by_arn = {
        let mut props = minimal();
        props["glueJobProps"]["role"] = json!(arn);
        props
    };
    let synth = |props: &Value| kinesisstreams_gluejob::synth("Etl", props, &Default::default()).expect("synth");
    // `CfnJob` writes the object's `roleRef.roleArn`: the same template as for the ARN.
    assert_eq!(synth(&by_object).fragment, synth(&by_arn).fragment);
    let c = construction(&by_object);
    let steps = c["steps"].as_array().expect("steps");
    let import = steps.iter().find(|s| s["kind"] == "importRole").expect("the role is imported");
    assert_eq!(import["arn"], json!({ "$user": "/glueJobProps/role/roleArn" }));
    let job = steps.iter().find(|s| s["class"] == "glue.CfnJob").expect("the job");
    assert_eq!(job["props"]["role"], json!({ "$user": "/glueJobProps/role" }));
}

#[test]
fn a_construct_that_adds_no_resource_still_names_its_paths_and_steps() {
    // Every object existing, no alarms, the job's role in another account than the stack's: the
    // construct adds nothing, and the result still has the members its type declares.
    let fixture = kinesisstreams_gluejob_test_support::fixtures::load("env-gov-existing-all-redshift-no-alarms");
    let options: kinesisstreams_gluejob::SynthOptions =
        serde_json::from_value(fixture.options.clone()).expect("options");
    let result = kinesisstreams_gluejob::synth(&fixture.id, &fixture.props, &options).expect("synth");
    for written in
        [serde_json::from_str(&result.to_json()).expect("JSON"), serde_json::to_value(&result).expect("serializable")]
    {
        assert_eq!(written["fragment"], json!({ "Resources": {} }));
        assert_eq!(written["constructPaths"], json!({}));
        assert!(written["construction"]["steps"].is_array(), "{written}");
    }
    // `synth()`'s result leaves both out.
    let plain = kinesisstreams_gluejob::synth_with(
        &fixture.id,
        &fixture.props,
        &options,
        kinesisstreams_gluejob::Detail::Result,
    )
    .expect("synth");
    let written: Value = serde_json::from_str(&plain.to_json()).expect("JSON");
    assert_eq!(written.get("constructPaths"), None);
    assert_eq!(written.get("construction"), None);
}

#[test]
fn with_an_asset_the_construct_writes_its_url_into_the_callers_command_before_making_the_job() {
    let mut props = minimal();
    props["glueJobProps"]["command"] = json!({ "name": "gluestreaming", "pythonVersion": "3" });
    props["etlCodeAsset"] = json!({
        "s3ObjectUrl": "s3://assets/x.py", "bucketName": "assets", "objectKey": "x.py", "bucketArn": "arn:aws:s3:::assets"
    });
    let c = construction(&props);
    let steps = c["steps"].as_array().expect("steps");
    let assigns: Vec<(usize, &Value)> = steps.iter().enumerate().filter(|(_, s)| s["kind"] == "assign").collect();
    let expected = json!({
        "kind": "assign",
        "target": { "$user": "/glueJobProps/command" },
        "key": "scriptLocation",
        "value": { "$user": "/etlCodeAsset/s3ObjectUrl" }
    });
    assert_eq!(assigns.iter().map(|(_, s)| *s).collect::<Vec<_>>(), [&expected]);
    let job = steps.iter().position(|s| s["class"] == "glue.CfnJob").expect("the job");
    assert!(assigns[0].0 < job, "written before the job is made");
    // Without an asset the caller's props are left alone.
    let c = construction(&minimal());
    assert!(!c["steps"].as_array().expect("steps").iter().any(|s| s["kind"] == "assign"));
}
