//! Entries as text for a terminal or a pipe: whole entries laid out exactly
//! as the browser's detail pane lays them out, or one line per code.

use std::io::{self, IsTerminal, Write};

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::catalog::releases::{self, Change};
use crate::catalog::{Catalog, Entry, Library};
use crate::present::ansi::write_line;
use crate::present::entry;
use crate::present::marks;
use crate::present::theme::Theme;
use crate::search::Field;

/// Width to wrap at: the terminal's, or 80 columns when piped.
pub fn width() -> u16 {
    const PIPED: u16 = 80;
    if !io::stdout().is_terminal() {
        return PIPED;
    }
    ratatui::crossterm::terminal::size().map(|(columns, _)| columns.clamp(20, 120)).unwrap_or(PIPED)
}

/// An entry's code as a one-line row starts: bold, in its class's colour.
fn code(entry: &Entry, theme: &Theme) -> Span<'static> {
    Span::styled(entry.code_str(), theme.class(entry.class).add_modifier(Modifier::BOLD))
}

/// One line per entry: `404  Not Found`, vendor codes with their vendor,
/// the user's own marked, and why a search listed it when not for its
/// phrase (`· keyword: rate limit`).
pub fn write_list<'a>(
    out: &mut impl Write,
    entries: impl IntoIterator<Item = (&'a Entry, Option<Field>)>,
    theme: &Theme,
) -> io::Result<()> {
    for (entry, reason) in entries {
        let mut spans = vec![code(entry, theme), Span::raw("  "), Span::raw(entry.phrase.to_cow())];
        let marks = format!("{}{}{}", marks::lifecycle(entry), marks::vendor(entry), marks::naming(entry));
        if !marks.is_empty() {
            spans.push(Span::styled(marks, theme.dim()));
        }
        if let Some(mark) = entry.source.mark() {
            spans.push(Span::styled(format!(" {mark}"), theme.dim()));
        }
        if let Some(why) = reason.and_then(|field| field.why(entry)) {
            spans.push(Span::styled(format!(" · {why}"), theme.dim()));
        }
        write_line(out, &Line::from(spans), theme.color)?;
    }
    Ok(())
}

/// `-s`: one line per entry, the status line and its summary, never
/// wrapped, for a quick answer and for scripts.
pub fn write_short<'a>(
    out: &mut impl Write,
    entries: impl IntoIterator<Item = &'a Entry>,
    theme: &Theme,
) -> io::Result<()> {
    for entry in entries {
        let spans = vec![
            code(entry, theme),
            Span::raw(format!(" {}", entry.phrase)),
            Span::styled(marks::vendor(entry), theme.dim()),
            Span::raw(format!(": {}", entry.summary)),
        ];
        write_line(out, &Line::from(spans), theme.color)?;
    }
    Ok(())
}

/// `--field NAME`: that field of each entry, one line each, plain, for
/// scripts; an entry without it prints nothing. `name` is one
/// [`check_field`] accepted.
pub fn write_field<'a>(
    out: &mut impl Write,
    entries: impl IntoIterator<Item = &'a Entry>,
    name: &str,
) -> io::Result<()> {
    let library = Library::ALL.into_iter().find(|library| library.key() == name);
    for entry in entries {
        let values: Vec<String> = match (name, library) {
            (_, Some(library)) => usable_constants(entry, library),
            ("phrase", _) => vec![entry.phrase.to_string()],
            ("summary", _) => vec![entry.summary.to_string()],
            ("spec", _) => entry.spec.iter().map(ToString::to_string).collect(),
            _ => entry.spec.iter().map(|spec| spec.url.to_string()).collect(),
        };
        for value in values {
            writeln!(out, "{value}")?;
        }
    }
    Ok(())
}

/// A library's names for an entry that a script can use today: current
/// ones first, then deprecated ones; names the release read no longer
/// has are left out.
fn usable_constants(entry: &Entry, library: Library) -> Vec<String> {
    let Some(names) = entry.constants.get(library) else { return Vec::new() };
    let mut usable: Vec<(bool, String)> = names
        .iter()
        .filter_map(|name| match releases::change(library, name) {
            Some(Change::Removed { .. }) => None,
            change => Some((change.is_some(), name.to_owned())),
        })
        .collect();
    usable.sort_by_key(|(deprecated, _)| *deprecated);
    usable.into_iter().map(|(_, name)| name).collect()
}

/// Whether `--field` knows `name`; if not, a message naming what it knows.
pub fn check_field(name: &str) -> Result<(), String> {
    if FIELDS.contains(&name) || Library::ALL.iter().any(|library| library.key() == name) {
        return Ok(());
    }
    let known: Vec<&str> = FIELDS.iter().copied().chain(Library::ALL.iter().map(|library| library.key())).collect();
    Err(format!("--field {name:?} is not a field: use one of {}", known.join(", ")))
}

/// What `--field` takes besides a library's name.
const FIELDS: [&str; 4] = ["phrase", "summary", "spec", "spec-url"];

/// Whole entries, separated by a blank line.
pub fn write_entries(
    out: &mut impl Write,
    catalog: &Catalog,
    entries: &[&Entry],
    width: u16,
    theme: &Theme,
) -> io::Result<()> {
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        // On a terminal everything fits the screen; into a pipe or a file,
        // examples stay whole so they can be used as they are.
        let mut written = Ok(());
        entry::print(entry, catalog, width, io::stdout().is_terminal(), theme, |line| {
            if written.is_ok() {
                written = write_line(out, &line, theme.color);
            }
        });
        written?;
    }
    Ok(())
}
