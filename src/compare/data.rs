//! The facts the comparison grid shows beyond what the catalog derives:
//! per code (permanence, method, fields, who acts, retries, existence,
//! gRPC), per confusable pair (what decides), and the preset groups. Data,
//! in assets/compare.toml, every fact with its source.

use thiserror::Error;

pub use super::facts::{Compare, FieldRule, Grpc, Pair, Properties, Sourced};

// Named bytes, not a string literal: see crate::bulk.
static COMPARE_BYTES: [u8; include_bytes!("../../assets/compare.toml").len()] =
    *include_bytes!("../../assets/compare.toml");
const COMPARE: &str = crate::bulk::text(&COMPARE_BYTES);

/// The data compiled in could not be read: a bug the tests catch,
/// reported rather than panicked on.
#[derive(Debug, Error)]
#[error("the built-in comparison data (assets/compare.toml) cannot be read: {0}")]
pub struct DataError(#[from] toml::de::Error);

/// Everything, for `compare` and the grid.
pub fn all() -> Result<Compare, DataError> {
    Ok(toml::from_str(COMPARE)?)
}

/// One code's properties, as build.rs wrote them from the file: an
/// entry's detail needs them on every lookup. A test holds this to what
/// parsing the whole file gives.
pub fn of(code: u16) -> Option<Properties> {
    super::builtin::properties(code)
}
