//! What each rule says: its severity, the section behind it, its message,
//! fix and explanation, and the catalog code whose example shows it done
//! right. Data, in assets/check/rules.toml, read when `check` runs.

use serde::{Deserialize, Serialize};
use thiserror::Error;

// Named bytes, not a string literal: see crate::bulk.
static RULES_BYTES: [u8; include_bytes!("../../assets/check/rules.toml").len()] =
    *include_bytes!("../../assets/check/rules.toml");
const RULES: &str = crate::bulk::text(&RULES_BYTES);

/// How much a finding matters, most first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A MUST or MUST NOT broken.
    Error,
    /// A SHOULD broken, or a likely mistake.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub document: String,
    pub section: String,
    pub url: String,
    pub message: String,
    pub fix: String,
    pub explain: String,
    /// A code whose built-in example response keeps the rule.
    pub example: u16,
}

impl Rule {
    /// `RFC 9110 section 15.5.2`, as the catalog cites.
    pub fn citation(&self) -> String {
        format!("{} section {}", self.document, self.section)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    rule: Vec<Rule>,
}

/// The rules file compiled in could not be read: a bug the test suite
/// catches, reported rather than panicked on.
#[derive(Debug, Error)]
#[error("the built-in rules (assets/check/rules.toml) cannot be read: {0}")]
pub struct RulesError(#[from] toml::de::Error);

/// Every rule, in the order the file lists them.
pub fn all() -> Result<Vec<Rule>, RulesError> {
    Ok(toml::from_str::<RulesFile>(RULES)?.rule)
}
