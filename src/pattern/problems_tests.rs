use super::*;

fn error(message: &str, paths: &[&str]) -> SynthError {
    SynthError {
        message: message.into(),
        diagnostics: paths.iter().map(|p| Diagnostic::new(*p, "code", format!("at {p}"))).collect(),
    }
}

#[test]
fn the_first_message_wins_and_independent_problems_accumulate() {
    let mut problems = Problems::default();
    problems.add(error("first", &["/glueJobProps/command/scriptLocation", "/fieldSchema"]));
    problems.add(error("second", &["/kinesisStreamProps/retentionPeriod"]));
    let outcome: Result<(), SynthError> = problems.finish(Ok(()));
    let error = outcome.err().unwrap_or_else(|| error("none", &[]));
    assert_eq!(error.message, "first");
    let paths: Vec<&str> = error.diagnostics.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["/glueJobProps/command/scriptLocation", "/fieldSchema", "/kinesisStreamProps/retentionPeriod"]);
}

#[test]
fn consequences_of_a_reported_problem_are_left_out() {
    let mut problems = Problems::default();
    problems.add(error("first", &["/glueJobProps/command"]));
    problems.add(error("inside", &["/glueJobProps/command/scriptLocation"]));
    problems.add(error("above", &["/glueJobProps"]));
    problems.add(error("sibling", &["/glueJobProps/commandX"]));
    let outcome: Result<(), SynthError> = problems.finish(Err(error("whole", &["", ""])));
    let paths: Vec<String> =
        outcome.err().map(|e| e.diagnostics.into_iter().map(|d| d.path).collect()).unwrap_or_default();
    assert_eq!(paths, ["/glueJobProps/command", "/glueJobProps/commandX", "", ""]);
}

#[test]
fn no_problem_is_success() {
    assert_eq!(Problems::default().finish(Ok(7)), Ok(7));
}

#[test]
fn errors_at_resolution_follow_construct_time_errors_lazy_values_first_then_by_placement() {
    let mut problems = Problems::default();
    let l1 = |what: &str| format!("{RESOLUTION_ERROR}Supplied properties not correct for \"{what}\"");
    problems.check_placed::<()>(Err(error(&l1("CfnTableProps"), &["/tableProps"])), Placement::Parent);
    problems.check::<()>(Err(error(&l1("CfnJobProps"), &["/glueJobProps/numberOfWorkers"])));
    problems.check::<()>(Err(error(&format!("{RESOLUTION_ERROR}lifecycle"), &["/outputDataStore"])));
    problems.check::<()>(Err(error("bucket name", &["/glueJobProps/command/scriptLocation"])));
    let outcome: Result<(), SynthError> = problems.finish(Ok(()));
    let error = outcome.err().unwrap_or_else(|| error("none", &[]));
    assert_eq!(error.message, "bucket name");
    let paths: Vec<&str> = error.diagnostics.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/glueJobProps/command/scriptLocation", "/outputDataStore", "/glueJobProps/numberOfWorkers", "/tableProps"]
    );
}
