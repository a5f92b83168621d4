//! The status-code catalog: what statusbrowse knows, where it comes from and
//! the rules it keeps.

mod chunks;
mod derived;
mod embedded;
mod error;
mod library;
mod model;
mod overlay;
mod pooled;
pub mod releases;
mod source;
mod text_list;
mod validate;

pub use error::{CatalogError, Problem};
pub use model::{
    Cacheability, Class, Commonness, Constants, Content, Entry, Example, ExampleKind, Library, List, Source, Spec,
    Status, Text, TextList,
};
pub use overlay::overlay;
pub use source::{Located, parse_file};
pub use validate::validate;

use crate::user_file::Location;

/// Every entry, sorted by code; within a code the IANA meaning comes first,
/// then vendors alphabetically.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The built-in entries as the binary holds them (their place in the
    /// pool), until a user's file changes the catalog.
    entries: List<Entry>,
}

impl Catalog {
    /// The catalog compiled into the binary, already in catalog order.
    pub fn builtin() -> Self {
        Self { entries: List::all_pooled() }
    }

    /// The built-in catalog with the user's files laid over it, in order:
    /// `(name for messages, contents)`. Everything is checked before
    /// anything is used, so a bad file stops statusbrowse with every
    /// problem it has, never with half a catalog.
    pub fn with_user_files(files: &[(String, String)]) -> Result<Self, CatalogError> {
        if files.is_empty() {
            return Ok(Self::builtin());
        }
        let mut located = builtin_located();
        let mut problems = Vec::new();
        for (name, text) in files {
            overlay(&mut located, name, text, &mut problems)?;
        }
        problems.extend(validate(&located));
        if problems.is_empty() { Ok(Self::from_located(located)) } else { Err(CatalogError::Invalid(problems)) }
    }

    pub fn from_located(located: Vec<Located>) -> Self {
        let mut entries: Vec<Entry> = located.into_iter().map(|located| located.entry).collect();
        entries.sort_by(Entry::catalog_order);
        Self { entries: List::Owned(entries) }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// A code as a reference names it: `410 Gone`, or every meaning of a
    /// code that has several, `420 Enhance Your Calm / Method Failure`,
    /// since a bare number cannot say which one is meant.
    fn describe_code(&self, code: u16) -> String {
        let phrases: Vec<&str> = self.by_code(code).map(|entry| entry.phrase.as_ref()).collect();
        if phrases.is_empty() { format!("{code:03}") } else { format!("{code:03} {}", phrases.join(" / ")) }
    }

    /// `entry`'s related codes, each named as [`Catalog::describe_code`] does.
    pub fn related_codes(&self, entry: &Entry) -> String {
        let named: Vec<String> = entry.related_codes.iter().map(|code| self.describe_code(*code)).collect();
        named.join(", ")
    }

    /// Every meaning of `code`, IANA's first.
    pub fn by_code(&self, code: u16) -> impl Iterator<Item = &Entry> {
        let start = self.entries.partition_point(|entry| entry.code < code);
        self.entries[start..].iter().take_while(move |entry| entry.code == code)
    }
}

/// The built-in entries as located entries, for laying user files over.
/// Their rules are proven by the test suite against the source files, so
/// they carry no file position of their own.
pub fn builtin_located() -> Vec<Located> {
    let at = Location { file: "(built in)".to_owned(), line: 0, column: 0 };
    embedded::entries()
        .iter()
        .map(|entry| {
            // One position per example, so examples a user adds keep theirs.
            let examples_at = vec![at.clone(); entry.examples.len()];
            Located { entry: entry.clone(), at: at.clone(), examples_at }
        })
        .collect()
}

/// The built-in entries, as the binary holds them, in catalog order.
pub fn builtin_entries() -> &'static [Entry] {
    embedded::entries()
}

/// The catalog files the build compiled in, relative to the repository.
pub fn builtin_files() -> impl Iterator<Item = &'static str> {
    embedded::FILES.iter().copied()
}
