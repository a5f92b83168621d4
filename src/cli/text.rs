//! Entries as plain, wrapped text for a terminal or a pipe.

use std::io::{self, IsTerminal, Write};

use crate::catalog::{Catalog, Entry, Library};

/// Width to wrap at: the terminal's, or 80 columns when piped.
pub fn width() -> usize {
    const PIPED: usize = 80;
    if !io::stdout().is_terminal() {
        return PIPED;
    }
    ratatui::crossterm::terminal::size()
        .map(|(columns, _)| usize::from(columns).clamp(20, 120))
        .unwrap_or(PIPED)
}

/// One line per entry: `404  Not Found`, vendor codes with their vendor.
pub fn write_list(out: &mut impl Write, entries: &[Entry]) -> io::Result<()> {
    for entry in entries {
        match &entry.vendor {
            Some(vendor) => writeln!(out, "{}  {} ({})", entry.code_str(), entry.phrase, vendor)?,
            None => writeln!(out, "{}  {}", entry.code_str(), entry.phrase)?,
        }
    }
    Ok(())
}

/// Full entries, separated by a blank line.
pub fn write_entries(out: &mut impl Write, catalog: &Catalog, entries: &[&Entry], width: usize) -> io::Result<()> {
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        write_entry(out, catalog, entry, width)?;
    }
    Ok(())
}

fn write_entry(out: &mut impl Write, catalog: &Catalog, entry: &Entry, width: usize) -> io::Result<()> {
    writeln!(out, "{}", entry.status_line())?;
    writeln!(out, "{}", entry.standing())?;
    if let Some(spec) = &entry.spec {
        writeln!(out, "{spec}")?;
        writeln!(out, "{}", spec.url)?;
    }
    writeln!(out)?;
    paragraph(out, &entry.summary, width, "")?;
    for (title, body) in entry.sections() {
        writeln!(out)?;
        writeln!(out, "{title}")?;
        for (index, part) in body.trim().split("\n\n").enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            paragraph(out, part, width, "  ")?;
        }
    }
    writeln!(out)?;
    if !entry.aliases.is_empty() {
        paragraph(out, &format!("Also known as: {}", entry.aliases.join(", ")), width, "")?;
    }
    if !entry.related_codes.is_empty() {
        paragraph(
            out,
            &format!("Related codes: {}", catalog.related_codes(entry)),
            width,
            "",
        )?;
    }
    if !entry.related_headers.is_empty() {
        paragraph(
            out,
            &format!("Related headers: {}", entry.related_headers.join(", ")),
            width,
            "",
        )?;
    }
    writeln!(
        out,
        "Heuristically cacheable: {} · Body allowed: {}",
        yes_no(entry.cacheable),
        yes_no(entry.body_allowed)
    )?;
    if !entry.constants.is_empty() {
        writeln!(out, "Constants:")?;
        for library in Library::ALL {
            if let Some(names) = entry.constants.get(&library) {
                writeln!(out, "  {:<12} {}", library.title(), names.join(", "))?;
            }
        }
    }
    for example in &entry.examples {
        writeln!(out)?;
        writeln!(out, "Example: {}", example.title)?;
        for line in example.text.trim_end_matches('\n').lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

fn paragraph(out: &mut impl Write, text: &str, width: usize, indent: &str) -> io::Result<()> {
    let options = textwrap::Options::new(width.max(indent.len() + 10))
        .initial_indent(indent)
        .subsequent_indent(indent)
        // Header names such as Cache-Control must never be split at the hyphen.
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    let flowed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for line in textwrap::wrap(&flowed, options) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}
