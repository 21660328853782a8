//! Every independent problem in one pass. The construct stops at its first error; the pattern
//! records it (its message is the `SynthError`'s) and goes on where the next steps do not depend
//! on the failed one, so `validate` lists what the construct would report one fix at a time.

use crate::diagnostics::Diagnostic;
use crate::error::SynthError;

/// The problems met so far, in the order the construct meets them.
#[derive(Debug, Default)]
pub struct Problems {
    message: Option<String>,
    diagnostics: Vec<Diagnostic>,
}

impl Problems {
    /// Records an error. A diagnostic at, inside or above a prop already reported is a
    /// consequence of that problem, not another one, and is left out.
    pub fn add(&mut self, error: SynthError) {
        if self.message.is_none() {
            self.message = Some(error.message);
        }
        let known = self.diagnostics.len();
        for diagnostic in error.diagnostics {
            if !self.diagnostics[..known].iter().any(|d| related(&d.path, &diagnostic.path)) {
                self.diagnostics.push(diagnostic);
            }
        }
    }

    /// The value, or `None` with the error recorded.
    pub fn check<T>(&mut self, result: Result<T, SynthError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(error);
                None
            }
        }
    }

    /// The build's outcome: an error stopping it is the last problem; any problem fails the build.
    pub fn finish<T>(mut self, outcome: Result<T, SynthError>) -> Result<T, SynthError> {
        match outcome {
            Ok(value) if self.message.is_none() => Ok(value),
            Ok(_) => Err(self.into_error()),
            Err(error) => {
                self.add(error);
                Err(self.into_error())
            }
        }
    }

    fn into_error(self) -> SynthError {
        SynthError { message: self.message.unwrap_or_default(), diagnostics: self.diagnostics }
    }
}

/// True when one JSON pointer is the other or lies inside it ("" is the whole props, which says
/// nothing about a single prop).
pub fn related(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let inside = |outer: &str, inner: &str| inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('/'));
    a == b || inside(a, b) || inside(b, a)
}

#[cfg(test)]
#[path = "problems_tests.rs"]
mod tests;
