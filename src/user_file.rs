//! A file the user wrote (a catalog, the config): every mistake in it
//! pinned to a file, line and column the author can go to.
//!
//! Also compiled into build.rs, with the catalog reader that uses it: it
//! may only use the standard library, toml and thiserror.

use std::fmt;

use thiserror::Error;

/// What is wrong with a user's file, said so its author can fix it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FileError {
    /// The file could not be read as text.
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    /// The file was read, and something at this place in it is wrong.
    #[error("{at}: {message}")]
    At { at: Location, message: String },
}

impl FileError {
    /// A mistake at byte `offset` of `text`, the contents of `file`.
    pub fn at(file: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        Self::At { at: Location::at(file, text, offset), message: message.into() }
    }

    /// TOML that does not parse or does not fit the schema, where toml
    /// says it went wrong.
    pub fn toml(file: &str, text: &str, error: &toml::de::Error) -> Self {
        Self::at(file, text, error.span().map_or(0, |span| span.start), error.message().trim_end())
    }
}

/// Where something stands in a file, 1-based like editors count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// Turns a byte offset into a line and column, counting characters (not
    /// bytes) for the column so it matches what an editor shows.
    pub fn at(file: &str, text: &str, offset: usize) -> Self {
        Lines::new(file, text).at(offset)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Where each line of a file starts, so that turning many offsets into
/// positions costs a binary search each instead of a scan from the top
/// (a 100,000-entry file would otherwise take minutes).
pub struct Lines<'a> {
    file: &'a str,
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(index, _)| index + 1)).collect();
        Self { file, text, starts }
    }

    pub fn at(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|start| *start <= offset);
        let start = self.starts[line.saturating_sub(1)];
        Location { file: self.file.to_owned(), line, column: self.text[start..offset].chars().count() + 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_characters() {
        let text = "a\nbé c\n";
        let at = Location::at("f.toml", text, text.find('c').unwrap());
        assert_eq!((at.line, at.column), (2, 4));
        assert_eq!(at.to_string(), "f.toml:2:4");
        let inside = Location::at("f.toml", text, text.find('é').unwrap() + 1);
        assert_eq!((inside.line, inside.column), (2, 2), "an offset inside a character counts from its start");
    }
}
