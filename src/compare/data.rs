//! The facts the comparison grid shows beyond what the catalog derives:
//! per code (permanence, method, fields, who acts, retries, existence,
//! gRPC), per confusable pair (what decides), and the preset groups. Data,
//! in assets/compare.toml, every fact with its source.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

const COMPARE: &str = include_str!("../../assets/compare.toml");

/// A fact and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub value: String,
    /// A longer wording, where the value is a keyword (who acts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub source: String,
}

/// A field the code requires or customarily carries.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FieldRule {
    pub name: String,
    /// MUST, SHOULD, MAY or customary.
    pub level: String,
    pub source: String,
}

/// google.rpc.Code's mapping to this code, and what a gRPC client makes of
/// it: the two tables are not each other's inverse.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Grpc {
    /// The gRPC codes whose documented HTTP mapping is this code.
    pub from: Vec<String>,
    /// What a gRPC client reports when a call gets this HTTP status.
    pub to: String,
    pub source: String,
}

/// What the data says of one code; what does not apply is absent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Properties {
    pub code: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanence: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existence: Option<Sourced>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grpc: Option<Grpc>,
}

/// The difference that decides between two confusable codes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub codes: [u16; 2],
    pub decides: String,
    pub source: String,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    pub code: Vec<Properties>,
    pub pair: Vec<Pair>,
    pub preset: BTreeMap<String, Vec<u16>>,
}

/// The data compiled in could not be read: a bug the tests catch,
/// reported rather than panicked on.
#[derive(Debug, Error)]
#[error("the built-in comparison data (assets/compare.toml) cannot be read: {0}")]
pub struct DataError(#[from] toml::de::Error);

/// Everything, for `compare` and the grid.
pub fn all() -> Result<Compare, DataError> {
    Ok(toml::from_str(COMPARE)?)
}

include!(concat!(env!("OUT_DIR"), "/builtin_compare.rs"));

/// One code's properties, read from its own table alone (build.rs found
/// where each is): an entry's detail needs them on every lookup, and the
/// whole file is many times larger. A test holds this to what parsing the
/// whole file gives.
pub fn of(code: u16) -> Option<Properties> {
    let at = CODE_TABLES.binary_search_by_key(&code, |(known, _, _)| *known).ok()?;
    let (_, start, end) = CODE_TABLES[at];
    toml::from_str::<Properties>(COMPARE.get(start..end)?).ok()
}
