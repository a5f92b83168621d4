//! Reading catalog files: TOML in, entries out, every failure pinned to a
//! file, line and column so the person who wrote the file can fix it.
//!
//! Built-in files and the user's own files share one written form. Every
//! field but `code` may be left out: a user file often adds only keywords
//! or a note to an existing code, and the rules in `validate` say what a
//! complete entry needs.
//!
//! Also compiled into build.rs, which turns the built-in catalog into Rust:
//! besides its `super::` siblings (model, source, chunks) it may only use
//! `crate::inert` and `crate::user_file`, which build.rs includes too.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::model::{Cacheability, Class, Commonness, Content, Entry, Example, Library, Source, Spec, Status};
use crate::user_file::{FileError, Lines, Location};

/// An entry together with the places it was read from.
#[derive(Debug, Clone)]
pub struct Located {
    pub entry: Entry,
    pub at: Location,
    /// Where each of `entry.examples` was written, in the same order.
    pub examples_at: Vec<Location>,
}

impl Located {
    /// Where example `index` was written, or the entry when unknown.
    pub fn example_at(&self, index: usize) -> &Location {
        self.examples_at.get(index).unwrap_or(&self.at)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSource {
    #[serde(default)]
    entry: Vec<Spanned<Written>>,
}

/// An entry as written in a file: only what the author gave.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Written {
    pub code: u16,
    #[serde(default)]
    pub phrase: String,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub commonness: Option<Commonness>,
    #[serde(default)]
    pub vendor: Option<String>,
    #[serde(default)]
    pub spec: Option<Spec>,
    /// The vendor gives no reason phrase; `phrase` is ours.
    #[serde(default)]
    pub phrase_is_ours: bool,
    /// Never sent: a value in logs only.
    #[serde(default)]
    pub logged_only: bool,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub when_to_use: String,
    #[serde(default)]
    pub when_not_to_use: String,
    /// Team conventions; only user files have a use for it.
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub related_codes: Vec<u16>,
    #[serde(default)]
    pub related_headers: Vec<String>,
    #[serde(default)]
    pub constants: BTreeMap<Library, Vec<String>>,
    #[serde(default)]
    pub examples: Vec<Spanned<Example>>,
}

/// One written entry and where its parts stand.
#[derive(Debug, Clone)]
pub struct WrittenAt {
    pub written: Written,
    pub at: Location,
    pub examples_at: Vec<Location>,
}

impl Written {
    /// Makes every piece of text inert (see [`crate::inert`]): a user's
    /// file may hold escape sequences, meant or not.
    pub fn make_inert(&mut self) {
        use crate::inert::{self, line, message, text};
        for value in [&mut self.phrase, &mut self.summary] {
            inert::sanitize(value, line);
        }
        for value in [&mut self.description, &mut self.when_to_use, &mut self.when_not_to_use, &mut self.notes] {
            inert::sanitize(value, text);
        }
        for value in self.vendor.iter_mut().chain(&mut self.aliases).chain(&mut self.keywords) {
            inert::sanitize(value, line);
        }
        for value in self.related_headers.iter_mut().chain(self.constants.values_mut().flatten()) {
            inert::sanitize(value, line);
        }
        if let Some(spec) = &mut self.spec {
            for value in [&mut spec.document, &mut spec.url].into_iter().chain(spec.section.as_mut()) {
                inert::sanitize(value, line);
            }
        }
        for example in &mut self.examples {
            let example = example.get_mut();
            inert::sanitize(&mut example.title, line);
            inert::sanitize(&mut example.text, message);
        }
    }

    /// The entry this describes on its own, as `source` says it came.
    pub fn into_entry(self, source: Source) -> Entry {
        let code = self.code;
        let mut entry = Entry {
            code,
            class: Class::of(code),
            cacheable: Cacheability::ExplicitOnly,
            content: Content::Allowed,
            phrase_is_ours: self.phrase_is_ours,
            logged_only: self.logged_only,
            phrase: self.phrase.into(),
            status: self.status.unwrap_or(Status::Unofficial),
            commonness: self.commonness.unwrap_or_default(),
            vendor: self.vendor.map(Into::into),
            spec: self.spec,
            summary: self.summary.into(),
            description: self.description.into(),
            when_to_use: self.when_to_use.into(),
            when_not_to_use: self.when_not_to_use.into(),
            notes: if self.notes.trim().is_empty() { Vec::new() } else { vec![self.notes] },
            aliases: self.aliases.iter().collect(),
            keywords: self.keywords.iter().collect(),
            related_codes: self.related_codes.into(),
            related_headers: self.related_headers.iter().collect(),
            constants: self.constants.iter().map(|(library, names)| (*library, names.iter().collect())).collect(),
            examples: self.examples.into_iter().map(Spanned::into_inner).collect::<Vec<_>>().into(),
            source,
        };
        entry.derive();
        entry
    }
}

/// Parses one catalog file into what it says. `file` only names the file
/// in messages.
pub fn parse_written(file: &str, text: &str) -> Result<Vec<WrittenAt>, FileError> {
    let lines = Lines::new(file, text);
    if let Some(pieces) = super::chunks::pieces(text) {
        let mut found = Vec::new();
        let pieces_parse = pieces.into_iter().enumerate().all(|(index, (offset, piece))| {
            match toml::from_str::<FileSource>(piece) {
                // Entries before the first header (`entry = [...]`) cannot
                // be joined with those after it: the whole file says why.
                Ok(parsed) if index == 0 && !parsed.entry.is_empty() => false,
                Ok(parsed) => {
                    found.extend(located(parsed, offset, &lines));
                    true
                }
                Err(_) => false,
            }
        });
        if pieces_parse {
            return Ok(found);
        }
    }
    parse_whole(file, text, &lines)
}

fn parse_whole(file: &str, text: &str, lines: &Lines<'_>) -> Result<Vec<WrittenAt>, FileError> {
    let parsed: FileSource = toml::from_str(text).map_err(|error| FileError::toml(file, text, &error))?;
    Ok(located(parsed, 0, lines).collect())
}

/// The entries of a parsed piece of a file that starts at `offset`, with
/// where each entry and example stands in the whole file.
fn located<'a>(parsed: FileSource, offset: usize, lines: &'a Lines<'_>) -> impl Iterator<Item = WrittenAt> + 'a {
    parsed.entry.into_iter().map(move |spanned| {
        let at = lines.at(offset + spanned.span().start);
        let written = spanned.into_inner();
        let examples_at = written.examples.iter().map(|example| lines.at(offset + example.span().start)).collect();
        WrittenAt { written, at, examples_at }
    })
}

/// Parses a built-in catalog file: every entry stands on its own.
pub fn parse_file(file: &str, text: &str) -> Result<Vec<Located>, FileError> {
    Ok(parse_written(file, text)?
        .into_iter()
        .map(|item| Located {
            entry: item.written.into_entry(Source::Builtin),
            at: item.at,
            examples_at: item.examples_at,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_is_reported_with_its_position() {
        let text = "[[entry]]\ncode = 200\nphrase = \"OK\"\nclass = \"2xx\"\n";
        let error = parse_file("x.toml", text).unwrap_err();
        let FileError::At { at, message } = error else {
            panic!("expected a syntax error");
        };
        assert_eq!(at.file, "x.toml");
        assert!(message.contains("class"), "{message}");
    }

    #[test]
    fn code_out_of_u16_range_is_a_syntax_error() {
        let text = "[[entry]]\ncode = 70000\n";
        let error = parse_file("x.toml", text).unwrap_err();
        assert!(matches!(error, FileError::At { ref at, .. } if at.line == 2), "{error}");
    }

    /// A file over a mebibyte, whose strings hold what looks like headers.
    fn large_file(entries: usize) -> String {
        let mut text = String::from("# a team's codes\n\n");
        for index in 0..entries {
            let code = 600 + index % 300;
            text.push_str(&format!(
                "[[entry]]\ncode = {code}\nvendor = \"Team {index}\"\nphrase = \"Budget {index}\"\n\
                 description = \"\"\"\nNot a header:\n[[entry]]\n\"\"\"\n\n[[entry.examples]]\ntitle = \"log\"\n\
                 kind = \"log\"\ntext = '''\n[[entry]]\n{code} GET /\n'''\n\n"
            ));
        }
        text
    }

    #[test]
    fn a_large_file_read_in_pieces_reads_as_one() {
        let text = large_file(6000);
        assert!(super::super::chunks::pieces(&text).is_some_and(|pieces| pieces.len() > 5), "it is cut");
        let lines = Lines::new("big.toml", &text);
        let whole = parse_whole("big.toml", &text, &lines).expect("valid");
        let pieces = parse_written("big.toml", &text).expect("valid");
        assert_eq!(pieces.len(), whole.len());
        // What a piece's examples keep of their span is relative to the
        // piece; where they stand in the file (`examples_at`) is not.
        let shown = |item: &WrittenAt| {
            let examples: Vec<&Example> = item.written.examples.iter().map(Spanned::get_ref).collect();
            format!(
                "{:?} {:?} {:?} {examples:?}",
                item.at,
                item.examples_at,
                Written { examples: Vec::new(), ..item.written.clone() }
            )
        };
        for (index, (piece, one)) in pieces.iter().zip(&whole).enumerate() {
            assert_eq!(shown(piece), shown(one), "entry {index}");
        }
    }

    #[test]
    fn a_mistake_in_a_large_file_is_reported_as_the_whole_file_says() {
        let text = large_file(4000).replacen("phrase = \"Budget 2500\"", "phrase = \"Budget 2500", 1);
        let lines = Lines::new("big.toml", &text);
        let whole = parse_whole("big.toml", &text, &lines).expect_err("a broken string");
        assert_eq!(parse_written("big.toml", &text).expect_err("a broken string"), whole);
        let inline = format!("entry = [{{ code = 590 }}]\n{}", large_file(3000));
        assert!(parse_written("inline.toml", &inline).is_err(), "a static array cannot be extended by headers");
    }

    #[test]
    fn examples_keep_their_positions() {
        let text = "[[entry]]\ncode = 200\n\n[[entry.examples]]\ntitle = \"a\"\ntext = \"x\"\n";
        let located = parse_file("x.toml", text).unwrap();
        assert_eq!(located[0].examples_at[0].line, 4, "the example's [[entry.examples]] header");
    }
}
