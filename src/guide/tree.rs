//! "Which code should I return?" as data: numbered questions, each answer
//! leading to another question or to a code with why it fits, the codes
//! that lose and why, and where API guidelines rule otherwise. In
//! assets/guide.toml; tests walk every path.

use serde::{Deserialize, Serialize};
use thiserror::Error;

// Named bytes, not a string literal: see crate::bulk.
static GUIDE_BYTES: [u8; include_bytes!("../../assets/guide.toml").len()] = *include_bytes!("../../assets/guide.toml");
const GUIDE: &str = crate::bulk::text(&GUIDE_BYTES);

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tree {
    /// The id of the first question.
    pub start: String,
    pub question: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub answer: Vec<Answer>,
}

/// An answer: the next question, or a code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
    /// Why the code fits, with its section.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub runners_up: Vec<RunnerUp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidelines: Vec<Guideline>,
}

/// A code developers consider here, and why it loses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RunnerUp {
    pub code: u16,
    pub why_not: String,
}

/// Where a major API guideline rules differently.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    pub name: String,
    pub says: String,
    pub url: String,
}

/// The data compiled in could not be read: a bug the tests catch.
#[derive(Debug, Error)]
#[error("the built-in guide (assets/guide.toml) cannot be read: {0}")]
pub struct GuideError(#[from] toml::de::Error);

impl Tree {
    pub fn builtin() -> Result<Self, GuideError> {
        Ok(toml::from_str(GUIDE)?)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question.iter().find(|question| question.id == id)
    }
}
