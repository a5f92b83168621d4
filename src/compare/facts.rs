//! The shape of the comparison data (assets/compare.toml): per code, per
//! confusable pair, and the preset groups.
//!
//! Also compiled into build.rs, which turns each code's table into Rust so
//! an entry's detail reads its facts without a TOML parser: that parse,
//! mostly the parser's own code being paged in, was 0.05 ms of a 1.2 ms
//! lookup. It may use only serde and std.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
