//! Every independent problem in one pass. The construct stops at its first error; the pattern
//! records it (its message is the `SynthError`'s) and goes on where the next steps do not depend
//! on the failed one, so `validate` lists what the construct would report one fix at a time.
//!
//! aws-cdk-lib raises some errors only when it resolves the template (`app.synth()`), once every
//! construct is built: after every construct-time error, whatever step met it. It resolves lazy
//! values (the bucket's lifecycle rules) before it checks L1 props with their generated
//! validators, each in the construct tree's order, where what the construct makes in its parent
//! scope comes after the construct itself (the real construct orders them so: conformance
//! scenarios `error-many-*` and `fix-multiple-instances-*`).

use crate::diagnostics::Diagnostic;
use crate::error::{SynthError, RESOLUTION_ERROR};
use crate::model::l1::is_props_error;

/// Where a resource that can fail at resolution lies in the construct tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Placement {
    /// Inside the construct's own scope.
    Inside,
    /// In its parent scope, after the construct.
    Parent,
}

/// When aws-cdk-lib meets a problem, in that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Construction,
    LazyValue(Placement),
    L1Props(Placement),
}

impl Stage {
    fn of(error: &SynthError, placement: Placement) -> Self {
        if is_props_error(&error.message) {
            Self::L1Props(placement)
        } else if error.message.starts_with(RESOLUTION_ERROR) {
            Self::LazyValue(placement)
        } else {
            Self::Construction
        }
    }
}

#[derive(Debug)]
struct Problem {
    stage: Stage,
    message: String,
    diagnostics: Vec<Diagnostic>,
}

/// The problems met so far, in the order aws-cdk-lib meets them.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records an error met inside the construct's scope. A diagnostic at, inside or above a prop
    /// already reported is a consequence of that problem, not another one, and is left out.
    pub fn add(&mut self, error: SynthError) {
        self.add_placed(error, Placement::Inside);
    }

    fn add_placed(&mut self, error: SynthError, placement: Placement) {
        let stage = Stage::of(&error, placement);
        let known = &self.list;
        let diagnostics = error
            .diagnostics
            .into_iter()
            .filter(|d| !known.iter().flat_map(|p| &p.diagnostics).any(|k| related(&k.path, &d.path)))
            .collect();
        // Kept in the order aws-cdk-lib meets them: after every problem of the same or an earlier stage.
        let at = self.list.iter().rposition(|p| p.stage <= stage).map_or(0, |i| i + 1);
        self.list.insert(at, Problem { stage, message: error.message, diagnostics });
    }

    /// The value, or `None` with the error recorded.
    pub fn check<T>(&mut self, result: Result<T, SynthError>) -> Option<T> {
        self.check_placed(result, Placement::Inside)
    }

    /// `check`, for a step whose resource lies at `placement`.
    pub fn check_placed<T>(&mut self, result: Result<T, SynthError>, placement: Placement) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.add_placed(error, placement);
                None
            }
        }
    }

    /// The build's outcome: an error stopping it is the last problem; any problem fails the build.
    pub fn finish<T>(mut self, outcome: Result<T, SynthError>) -> Result<T, SynthError> {
        match outcome {
            Ok(value) if self.list.is_empty() => Ok(value),
            Ok(_) => Err(self.into_error()),
            Err(error) => {
                self.add(error);
                Err(self.into_error())
            }
        }
    }

    /// The first problem aws-cdk-lib meets gives the message; the diagnostics follow the same order.
    fn into_error(self) -> SynthError {
        let mut problems = self.list.into_iter();
        let Some(first) = problems.next() else {
            return SynthError { message: String::new(), diagnostics: Vec::new() };
        };
        let mut diagnostics = first.diagnostics;
        diagnostics.extend(problems.flat_map(|p| p.diagnostics));
        SynthError { message: first.message, diagnostics }
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
