//! Opt-in departures from the official construct for its known defects (`SynthOptions.fixes`),
//! and the warnings that name each defect the props trigger while its fix is off.

use crate::diagnostics::{child_path, codes, index_path, Diagnostic};
use crate::error::SynthError;
use crate::props::options::OPTIONS_PATH;
use crate::props::schema::FIX_NAME_ACCEPTED;
use crate::props::Props;

/// Diagnostic code of the warnings naming a defect of the official construct.
pub const DEFECT_CODE: &str = codes::DEFECT;

/// One known defect's fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// Both alarms get the stream's `StreamName` dimension, as the stream's own metrics write it.
    AlarmStreamDimension,
    /// The job role may `kms:Decrypt` with the stream's customer-managed key (`stream.grantRead`).
    StreamKeyDecrypt,
    /// `GlueDatabase`, `GlueTable` and `<id>GlueJobPolicy` are created inside the construct.
    MultipleInstances,
}

impl Fix {
    /// Every fix, in the order the documentation lists them.
    pub const ALL: [Fix; 3] = [Fix::AlarmStreamDimension, Fix::StreamKeyDecrypt, Fix::MultipleInstances];

    /// The name `SynthOptions.fixes` uses (the schema's `FixName`, in the order of `ALL`).
    pub fn name(self) -> &'static str {
        FIX_NAME_ACCEPTED.get(self as usize).copied().unwrap_or_default()
    }

    pub fn from_name(name: &str) -> Option<Fix> {
        Fix::ALL.into_iter().find(|fix| fix.name() == name)
    }
}

/// The fix names, for bindings and help texts.
pub fn fix_names() -> Vec<&'static str> {
    Fix::ALL.iter().map(|fix| fix.name()).collect()
}

/// The fixes a synth applies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fixes {
    pub alarm_stream_dimension: bool,
    pub stream_key_decrypt: bool,
    pub multiple_instances: bool,
}

impl Fixes {
    /// Reads `options.fixes`; unknown names are errors at `/options/fixes/<index>` (names may repeat).
    pub fn from_names(names: &[String]) -> Result<Fixes, SynthError> {
        let mut fixes = Fixes::default();
        let mut diagnostics = Vec::new();
        for (index, name) in names.iter().enumerate() {
            match Fix::from_name(name) {
                Some(fix) => fixes.enable(fix),
                None => diagnostics.push(Diagnostic::new(
                    index_path(&child_path(OPTIONS_PATH, "fixes"), index),
                    codes::FIX,
                    format!("unknown fix {}; known fixes: {}", crate::js::quote(name), fix_names().join(", ")),
                )),
            }
        }
        if diagnostics.is_empty() {
            Ok(fixes)
        } else {
            Err(SynthError::from_diagnostics(diagnostics))
        }
    }

    fn enable(&mut self, fix: Fix) {
        match fix {
            Fix::AlarmStreamDimension => self.alarm_stream_dimension = true,
            Fix::StreamKeyDecrypt => self.stream_key_decrypt = true,
            Fix::MultipleInstances => self.multiple_instances = true,
        }
    }

    pub fn is_enabled(&self, fix: Fix) -> bool {
        match fix {
            Fix::AlarmStreamDimension => self.alarm_stream_dimension,
            Fix::StreamKeyDecrypt => self.stream_key_decrypt,
            Fix::MultipleInstances => self.multiple_instances,
        }
    }
}

/// The prop that gives the stream a customer-managed KMS key, if any.
pub fn stream_key_prop(props: &Props) -> Option<&'static str> {
    if let Some(existing) = &props.existing_stream {
        return existing.encryption_key_arn.as_ref().map(|_| "/existingStreamObj/encryptionKeyArn");
    }
    let stream = props.stream_props.as_ref()?;
    if stream.encryption_key.is_some() {
        Some("/kinesisStreamProps/encryptionKey")
    } else if stream.encryption.as_deref() == Some("KMS") {
        Some("/kinesisStreamProps/encryption")
    } else {
        None
    }
}

/// One warning (code `defect`) per defect the props trigger while its fix is off. Called once the
/// pattern is built, so only props the construct accepted are described.
pub fn defect_warnings(props: &Props, fixes: &Fixes, alarms_created: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if alarms_created && !fixes.alarm_stream_dimension {
        out.push(Diagnostic::new(
            "/createCloudWatchAlarms",
            DEFECT_CODE,
            "the CloudWatch alarms have no StreamName dimension, so they watch no stream and never fire; enable fix alarmStreamDimension",
        ));
    }
    if let (Some(path), false) = (stream_key_prop(props), fixes.stream_key_decrypt) {
        out.push(Diagnostic::new(
            path,
            DEFECT_CODE,
            "the Glue job role may not kms:Decrypt with the stream's KMS key, so the job cannot read the stream; enable fix streamKeyDecrypt",
        ));
    }
    if !fixes.multiple_instances {
        let created: Vec<(&str, &str)> = [
            (props.existing_database.is_none(), "/existingDatabase", "GlueDatabase"),
            (props.existing_table.is_none(), "/existingTable", "GlueTable"),
        ]
        .into_iter()
        .filter(|(created, _, _)| *created)
        .map(|(_, path, name)| (path, name))
        .collect();
        if let Some((path, _)) = created.first() {
            let names: Vec<&str> = created.iter().map(|(_, name)| *name).collect();
            out.push(Diagnostic::new(
                *path,
                DEFECT_CODE,
                format!(
                    "{} {} created in the construct's parent scope, so a second construct in that scope fails; enable fix multipleInstances",
                    names.join(" and "),
                    if names.len() > 1 { "are" } else { "is" }
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
#[path = "fixes_tests.rs"]
mod tests;
