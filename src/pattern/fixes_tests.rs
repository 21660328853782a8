use super::*;

#[test]
fn names_round_trip_and_unknown_names_list_the_known_ones() {
    for fix in Fix::ALL {
        assert_eq!(Fix::from_name(fix.name()), Some(fix));
    }
    let names = vec!["multipleInstances".to_string(), "alarmDimension".to_string(), "multipleInstances".to_string()];
    let error = Fixes::from_names(&names).err().map(|e| e.diagnostics).unwrap_or_default();
    assert_eq!(error.len(), 1);
    assert_eq!(error[0].path, "/options/fixes/1");
    assert_eq!(error[0].code, "fix");
    assert_eq!(
        error[0].message,
        "unknown fix \"alarmDimension\"; known fixes: alarmStreamDimension, streamKeyDecrypt, multipleInstances"
    );
    let fixes = Fixes::from_names(&["streamKeyDecrypt".to_string()]).unwrap_or_default();
    assert!(fixes.is_enabled(Fix::StreamKeyDecrypt) && !fixes.is_enabled(Fix::MultipleInstances));
}

#[test]
fn every_fix_has_its_schema_name() {
    assert_eq!(Fix::ALL.len(), FIX_NAME_ACCEPTED.len());
    let names: Vec<&str> = Fix::ALL.iter().map(|fix| fix.name()).collect();
    assert_eq!(names, FIX_NAME_ACCEPTED);
    assert!(Fix::ALL.iter().all(|fix| Fix::from_name(fix.name()) == Some(*fix)));
}
