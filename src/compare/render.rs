//! A grid as text for a given width: a table when the columns fit, else
//! one block per property; then the sources, and what decides each pair.

use unicode_width::UnicodeWidthStr;

use super::grid::Grid;

/// The widest a property's name column gets.
const NAME_WIDTH: usize = 24;
/// The narrowest a code's column may be before the table stacks.
const MIN_COLUMN: usize = 14;

/// Whether a line of [`lines`] is a heading: a property's name (stacked),
/// or the title of the sources or the decisions.
pub fn is_heading(line: &str) -> bool {
    matches!(line, "Sources" | "What decides") || super::grid::PROPERTIES.contains(&line)
}

/// The grid's lines, none wider than `width` (at least 40).
pub fn lines(grid: &Grid, width: usize) -> Vec<String> {
    let width = width.max(40);
    let count = grid.columns.len().max(1);
    let column = (width.saturating_sub(NAME_WIDTH) / count).saturating_sub(2);
    let mut out = if column >= MIN_COLUMN { table(grid, column) } else { stacked(grid, width) };
    out.push(String::new());
    out.push("Sources".to_owned());
    for row in &grid.rows {
        let mut by_source: Vec<(String, Vec<u16>)> = Vec::new();
        for (cell, code) in row.cells.iter().zip(&grid.codes) {
            let Some(source) = &cell.source else { continue };
            match by_source.iter_mut().find(|(known, _)| known == source) {
                Some((_, codes)) => codes.push(*code),
                None => by_source.push((source.clone(), vec![*code])),
            }
        }
        let said: Vec<String> = by_source
            .iter()
            .map(|(source, codes)| {
                let codes: Vec<String> = codes.iter().map(|code| format!("{code:03}")).collect();
                format!("{source} ({})", codes.join(", "))
            })
            .collect();
        if !said.is_empty() {
            out.extend(wrap(&format!("{}: {}", row.property, said.join("; ")), width, "  ", "    "));
        }
    }
    if !grid.decisions.is_empty() {
        out.push(String::new());
        out.push("What decides".to_owned());
        for decision in &grid.decisions {
            let source = decision.source.as_ref().map(|source| format!(" ({source})")).unwrap_or_default();
            let text = format!("{:03} or {:03}: {}{source}", decision.codes[0], decision.codes[1], decision.decides);
            out.extend(wrap(&text, width, "  ", "    "));
        }
    }
    out
}

/// Property names down the left, a column per code.
fn table(grid: &Grid, column: usize) -> Vec<String> {
    let mut out = Vec::new();
    let header: Vec<Vec<String>> = grid.columns.iter().map(|title| wrap(title, column, "", "")).collect();
    out.extend(join_row("", &header, column));
    out.push(format!("{}{}", "-".repeat(NAME_WIDTH), format!("  {}", "-".repeat(column)).repeat(grid.columns.len())));
    for row in &grid.rows {
        let cells: Vec<Vec<String>> = row.cells.iter().map(|cell| wrap(&cell.value, column, "", "")).collect();
        out.extend(join_row(row.property, &cells, column));
    }
    out
}

/// One line per line of the tallest cell, cells padded to the column.
fn join_row(name: &str, cells: &[Vec<String>], column: usize) -> Vec<String> {
    let names = wrap(name, NAME_WIDTH, "", "");
    let height = cells.iter().map(Vec::len).chain([names.len()]).max().unwrap_or(1);
    (0..height)
        .map(|line| {
            let mut text = pad(names.get(line).map_or("", String::as_str), NAME_WIDTH);
            for cell in cells {
                text.push_str("  ");
                text.push_str(&pad(cell.get(line).map_or("", String::as_str), column));
            }
            text.trim_end().to_owned()
        })
        .collect()
}

/// A heading per property, a line per code under it.
fn stacked(grid: &Grid, width: usize) -> Vec<String> {
    let mut out = grid.columns.iter().map(|title| format!("  {title}")).collect::<Vec<_>>();
    for row in &grid.rows {
        out.push(String::new());
        out.push(row.property.to_owned());
        for (cell, code) in row.cells.iter().zip(&grid.codes) {
            out.extend(wrap(&format!("{code:03}  {}", cell.value), width, "  ", "       "));
        }
    }
    out
}

fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(rest.len() + 8))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options).into_iter().map(std::borrow::Cow::into_owned).collect()
}
