//! What can go wrong with a catalog file, said so its author can fix it.

use std::fmt;

use thiserror::Error;

use crate::user_file::{FileError, Location};

#[derive(Debug, Error)]
pub enum CatalogError {
    /// The file cannot be read, is not TOML, or not the catalog's schema.
    #[error(transparent)]
    File(#[from] FileError),
    /// The files parsed, but some entries break the catalog's rules: every
    /// one of them, so the author fixes them in one go.
    #[error("your catalog has {} problem(s):\n{}", .0.len(), ProblemList(.0))]
    Invalid(Vec<Problem>),
}

/// One broken rule, pinned to the entry that breaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Location,
    /// `404 Not Found`, so the message makes sense without opening the file.
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.at, self.entry, self.message)
    }
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "  {problem}")?;
        }
        Ok(())
    }
}
