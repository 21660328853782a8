//! The aws-cdk-lib releases the engine reproduces: the construct's peer range (`^2.260.0`) up to
//! the newest one measured, and what this construct's output depends on among them (found by
//! `make upstream-check`, which synthesizes every conformance scenario with each end of the range,
//! and located by installing the releases in between): the auto-delete handler's asset (changed
//! in 2.276.0) and the layout of deprecation warnings (changed in 2.274.0).

use std::fmt;

/// An aws-cdk-lib release, `major.minor.patch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CdkVersion(u32, u32, u32);

/// (first release, asset) of the auto-delete-objects handler, newest first: its bundled code, and
/// so the hash that names its asset, changed in 2.276.0.
const AUTO_DELETE_HANDLER_ASSETS: &[(CdkVersion, &str)] = &[
    (CdkVersion(2, 276, 0), "6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"),
    (CdkVersion(2, 260, 0), "faa95a81ae7d7373f3e1f242268f904eb748d8d0fdd306e8a6fe515a1905a7d6.zip"),
];

impl CdkVersion {
    /// The reference's release, used when no version is given.
    pub const DEFAULT: CdkVersion = CdkVersion(2, 276, 0);
    /// The low end of the construct's peer range.
    pub const OLDEST: CdkVersion = CdkVersion(2, 260, 0);
    /// The newest release measured.
    pub const NEWEST: CdkVersion = CdkVersion(2, 276, 0);

    /// Reads `2.270.0`; releases outside `OLDEST..=NEWEST` are refused, not guessed.
    pub fn parse(text: &str) -> Result<Self, String> {
        let parts: Vec<Option<u32>> = text.split('.').map(|p| p.parse().ok()).collect();
        let version = match parts.as_slice() {
            [Some(major), Some(minor), Some(patch)] => CdkVersion(*major, *minor, *patch),
            _ => {
                return Err(format!(
                    "cdkVersion must be an aws-cdk-lib release like \"{}\", got {}",
                    Self::DEFAULT,
                    crate::js::quote(text)
                ))
            }
        };
        if version < Self::OLDEST {
            return Err(format!(
                "aws-cdk-lib {version} is below the construct's peer range (^{}); use {} or later",
                Self::OLDEST,
                Self::OLDEST
            ));
        }
        if version > Self::NEWEST {
            return Err(format!(
                "aws-cdk-lib {version} is newer than the newest release this engine reproduces ({})",
                Self::NEWEST
            ));
        }
        Ok(version)
    }

    /// The S3 key of the auto-delete-objects handler's asset (`<hash>.zip`) in this release.
    pub fn auto_delete_handler_asset(self) -> &'static str {
        AUTO_DELETE_HANDLER_ASSETS
            .iter()
            .find(|(first, _)| self >= *first)
            .or(AUTO_DELETE_HANDLER_ASSETS.last())
            .map_or("", |(_, asset)| asset)
    }
}

/// The first release whose deprecation warnings name the removal in their first line.
const DEPRECATION_LAYOUT_CHANGED: CdkVersion = CdkVersion(2, 274, 0);

impl CdkVersion {
    /// The warning aws-cdk-lib prints when a deprecated API is used (its `[WARNING] ` label left
    /// out): the layout changed in 2.274.0.
    pub fn deprecation_warning(self, api: &str, notice: &str) -> String {
        if self >= DEPRECATION_LAYOUT_CHANGED {
            format!("{api} is deprecated, and will be removed in the next major release.\n{notice}")
        } else {
            format!("{api} is deprecated.\n{notice}\n  This API will be removed in the next major release.")
        }
    }
}

impl fmt::Display for CdkVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

#[cfg(test)]
#[path = "cdk_version_tests.rs"]
mod tests;
