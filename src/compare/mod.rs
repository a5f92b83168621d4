//! Choosing between codes: confusable codes side by side, each property
//! with its source, and the difference that decides each pair.

mod builtin;
pub mod data;
mod facts;
pub mod grid;
pub mod render;

pub use data::{Compare, DataError, Properties};
pub use grid::{Grid, build};
