//! Reading catalog files: TOML in, entries out, every failure pinned to a
//! file, line and column so the person who wrote the file can fix it.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use super::error::CatalogError;
use super::model::{Class, Entry, Example, Library, Spec, Status, body_allowed, heuristically_cacheable};

/// Where something stands in a catalog file, 1-based like editors count.
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
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self {
            file: file.to_owned(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// An entry together with the place it was read from.
#[derive(Debug, Clone)]
pub struct Located {
    pub entry: Entry,
    pub at: Location,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSource {
    #[serde(default)]
    entry: Vec<Spanned<EntrySource>>,
}

/// The written form of an entry: everything but the derived fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySource {
    code: u16,
    phrase: String,
    status: Status,
    #[serde(default)]
    vendor: Option<String>,
    #[serde(default)]
    spec: Option<Spec>,
    summary: String,
    description: String,
    when_to_use: String,
    when_not_to_use: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    related_codes: Vec<u16>,
    #[serde(default)]
    related_headers: Vec<String>,
    #[serde(default)]
    constants: BTreeMap<Library, Vec<String>>,
    #[serde(default)]
    examples: Vec<Example>,
}

impl From<EntrySource> for Entry {
    fn from(source: EntrySource) -> Self {
        Entry {
            code: source.code,
            class: Class::of(source.code),
            cacheable: heuristically_cacheable(source.code),
            body_allowed: body_allowed(source.code),
            phrase: source.phrase,
            status: source.status,
            vendor: source.vendor,
            spec: source.spec,
            summary: source.summary,
            description: source.description,
            when_to_use: source.when_to_use,
            when_not_to_use: source.when_not_to_use,
            aliases: source.aliases,
            keywords: source.keywords,
            related_codes: source.related_codes,
            related_headers: source.related_headers,
            constants: source.constants,
            examples: source.examples,
        }
    }
}

/// Parses one catalog file. `file` is only used to name the file in errors.
pub fn parse_file(file: &str, text: &str) -> Result<Vec<Located>, CatalogError> {
    let parsed: FileSource = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        CatalogError::Syntax {
            at: Location::at(file, text, offset),
            message: error.message().trim_end().to_owned(),
        }
    })?;
    Ok(parsed
        .entry
        .into_iter()
        .map(|spanned| {
            let at = Location::at(file, text, spanned.span().start);
            Located {
                entry: spanned.into_inner().into(),
                at,
            }
        })
        .collect())
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
    }

    #[test]
    fn unknown_field_is_reported_with_its_position() {
        let text = "[[entry]]\ncode = 200\nphrase = \"OK\"\nclass = \"2xx\"\n";
        let error = parse_file("x.toml", text).unwrap_err();
        let CatalogError::Syntax { at, message } = error else {
            panic!("expected a syntax error");
        };
        assert_eq!(at.file, "x.toml");
        assert!(message.contains("class"), "{message}");
    }

    #[test]
    fn code_out_of_u16_range_is_a_syntax_error() {
        let text = "[[entry]]\ncode = 70000\n";
        let error = parse_file("x.toml", text).unwrap_err();
        assert!(
            matches!(error, CatalogError::Syntax { ref at, .. } if at.line == 2),
            "{error}"
        );
    }
}
