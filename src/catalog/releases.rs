//! Which release of each library its constants were read from, and the
//! names that release deprecates or no longer has. build.rs reads both
//! from assets/libraries (one table per library, with where it was read);
//! an entry lists a removed name still, so people on an older release find
//! it, and the detail says what became of it.

use std::fmt;

use super::library::Library;

/// What became of a constant in the release read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Still there, marked deprecated (`since` the release that did it,
    /// where the source says).
    Deprecated { since: Option<&'static str>, instead: Option<&'static str> },
    /// Gone from the library since `release`.
    Removed { release: &'static str, instead: Option<&'static str> },
}

include!(concat!(env!("OUT_DIR"), "/builtin_libraries.rs"));

/// The release `library`'s constants were read from: `Spring Framework 7.0.9`.
pub fn release(library: Library) -> &'static str {
    let at = Library::ALL.iter().position(|known| *known == library).unwrap_or_default();
    RELEASES[at]
}

/// What became of `name` in `library`'s release, if anything did.
pub fn change(library: Library, name: &str) -> Option<Change> {
    CHANGED
        .binary_search_by(|(have, constant, _)| (*have, *constant).cmp(&(library, name)))
        .ok()
        .map(|at| CHANGED[at].2)
}

impl fmt::Display for Change {
    /// `deprecated since 7.0, use HttpStatus.CONTENT_TOO_LARGE`,
    /// `removed in 7.0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let instead = match self {
            Self::Deprecated { since: Some(since), instead } => {
                write!(f, "deprecated since {since}")?;
                instead
            }
            Self::Deprecated { since: None, instead } => {
                f.write_str("deprecated")?;
                instead
            }
            Self::Removed { release, instead } => {
                write!(f, "removed in {release}")?;
                instead
            }
        };
        match instead {
            Some(name) => write!(f, ", use {name}"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_answer_for_every_library() {
        for library in Library::ALL {
            assert!(!release(library).is_empty(), "{library:?}");
        }
        assert!(CHANGED.windows(2).all(|pair| (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1)), "sorted for search");
        assert_eq!(change(Library::Rust, "StatusCode::NOT_FOUND"), None);
    }

    #[test]
    fn a_change_says_what_to_use_instead() {
        let removed = Change::Removed { release: "7.0", instead: Some("HttpStatus.FOUND") };
        assert_eq!(removed.to_string(), "removed in 7.0, use HttpStatus.FOUND");
        assert_eq!(Change::Deprecated { since: None, instead: None }.to_string(), "deprecated");
    }
}
