//! The error `synth` returns: the construct's message for the same input, plus every problem
//! found, each located by a JSON pointer into the props.

use serde::Serialize;

use crate::diagnostics::Diagnostic;

/// How aws-cdk-lib begins the message of an error it raises while resolving the template
/// (`app.synth()`), once every construct is built, rather than while building one.
pub const RESOLUTION_ERROR: &str = "Resolution error: ";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct SynthError {
    pub message: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl SynthError {
    /// An error the construct raises while building, tied to the prop that caused it.
    pub fn at(path: &str, code: &'static str, message: impl Into<String>) -> Self {
        let message = message.into();
        Self { diagnostics: vec![Diagnostic::new(path, code, message.clone())], message }
    }

    /// An error whose message is the construct's own text (kept so callers see what the construct
    /// throws) while the diagnostic says plainly what is wrong and what is accepted.
    pub fn explained(
        path: &str,
        code: &'static str,
        message: impl Into<String>,
        explanation: impl Into<String>,
    ) -> Self {
        Self { message: message.into(), diagnostics: vec![Diagnostic::new(path, code, explanation)] }
    }

    /// One problem, with its own message.
    pub fn from_diagnostic(diagnostic: Diagnostic) -> Self {
        Self { message: diagnostic.message.clone(), diagnostics: vec![diagnostic] }
    }

    /// Several problems where the first one is what aws-cdk-lib would raise: its message is the error's.
    pub fn from_diagnostics_first(diagnostics: Vec<Diagnostic>) -> Self {
        let message = diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
        Self { message, diagnostics }
    }

    /// Problems found while reading props: the message lists them all.
    pub fn from_diagnostics(diagnostics: Vec<Diagnostic>) -> Self {
        let message = diagnostics
            .iter()
            .map(|d| if d.path.is_empty() { d.message.clone() } else { format!("{}: {}", d.path, d.message) })
            .collect::<Vec<_>>()
            .join("\n");
        Self { message, diagnostics }
    }
}
