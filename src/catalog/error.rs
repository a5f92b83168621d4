//! What can go wrong with a catalog file, said so its author can fix it.

use std::fmt;

use thiserror::Error;

use super::source::Location;

#[derive(Debug, Error)]
pub enum CatalogError {
    /// The file is not TOML, or not the catalog's schema.
    #[error("{at}: {message}")]
    Syntax { at: Location, message: String },
    /// The file could not be read as text.
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    /// The file parsed, but some entries break the catalog's rules.
    #[error("{}", ProblemList(.0))]
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
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}
