use crate::ir::Value;

use super::NOTIFICATIONS_HANDLER_SOURCE;

/// The handler the real construct inlines, from a conformance fixture.
#[test]
fn the_embedded_handler_is_the_real_one() -> Result<(), String> {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/fixtures/output-bucket-event-bridge.expected.json");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let fragment: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let sources: Vec<&str> = fragment["Resources"]
        .as_object()
        .into_iter()
        .flat_map(|resources| resources.values())
        .filter_map(|resource| resource.pointer("/Properties/Code/ZipFile").and_then(Value::as_str))
        .collect();
    assert_eq!(sources, vec![NOTIFICATIONS_HANDLER_SOURCE]);
    Ok(())
}
