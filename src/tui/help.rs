//! What the `?` overlay says: every binding, generated from the key table,
//! then what the search understands and where copies go. The lines come
//! wrapped to the overlay's width, so the overlay draws exactly these and
//! the fit step bounds its scrolling by exactly as many.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::keys::{Keymap, Scope};
use crate::present::theme::Theme;

/// What the key table cannot say, a paragraph each.
const NOTES: &[&str] = &[
    "Search: 404, 41x or 4xx picks codes; words find phrases, former names, keywords, vendors and library \
     constants (NOT_FOUND, StatusTeapot), in any case and with a typo. !word leaves out entries that mention \
     the word; vendor:nginx keeps one vendor's codes, vendor:iana the registered ones.",
    "Copies go to the system clipboard, or as OSC 52 to the terminal over SSH and where no display is reachable \
     (tmux: set -g set-clipboard on).",
];

/// Notes are prose: never wider than this, however wide the overlay.
const NOTES_WIDTH: usize = 70;

/// Where a binding's description starts: after two spaces and its keys.
const KEYS_COLUMN: usize = 16;

/// The overlay's lines for a text `width`, headed per scope in table order.
pub fn lines(keymap: &Keymap, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut lines = Vec::new();
    let mut last_title = "";
    for binding in keymap.bindings() {
        let title = binding.scope.title();
        if title != last_title {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            wrap_into(&mut lines, title, "", width, theme.heading());
            last_title = title;
        }
        let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
        described(&mut lines, &keys.join(" "), binding.help, width, theme.heading(), Style::new());
    }
    if keymap.bindings().iter().any(|binding| binding.scope == Scope::Search) {
        described(&mut lines, "any other key", "types into the query", width, theme.dim(), theme.dim());
    }
    for note in NOTES {
        lines.push(Line::default());
        wrap_into(&mut lines, note, "", width.min(NOTES_WIDTH), theme.dim());
    }
    lines
}

/// How many lines the help has on a screen of `size`, and how many of them
/// its box shows at once: for paging and for stopping at the last line.
pub fn extent(keymap: &Keymap, size: ratatui::layout::Size) -> (usize, usize) {
    let count = lines(keymap, &Theme::MONOCHROME, super::layout::help_text_width(size)).len();
    let visible = usize::from(super::layout::overlay(size, count).height.saturating_sub(2));
    (count, visible)
}

/// `  keys            what they do`, the description wrapped under itself.
fn described(lines: &mut Vec<Line<'static>>, keys: &str, help: &str, width: usize, key_style: Style, style: Style) {
    // A key list as wide as its column still gets a space after it.
    let column = format!("  {keys:<KEYS_COLUMN$}");
    let column = if column.ends_with(' ') { column } else { column + " " };
    let first = lines.len();
    let indent = " ".repeat(2 + KEYS_COLUMN);
    wrap_into(lines, &format!("{column}{help}"), &indent, width, style);
    if let Some(line) = lines.get_mut(first) {
        let text = line.to_string();
        let split = text.char_indices().nth(column.chars().count()).map_or(text.len(), |(at, _)| at);
        let (head, tail) = text.split_at(split);
        *line = Line::from(vec![Span::styled(head.to_owned(), key_style), Span::styled(tail.to_owned(), style)]);
    }
}

fn wrap_into(lines: &mut Vec<Line<'static>>, text: &str, indent: &str, width: usize, style: Style) {
    let options = textwrap::Options::new(width.max(indent.len() + 1))
        .subsequent_indent(indent)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    lines.extend(textwrap::wrap(text, options).into_iter().map(|line| Line::styled(line.into_owned(), style)));
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    #[test]
    fn every_line_fits_the_width_it_is_wrapped_to() {
        for width in [28, 38, 50, 72] {
            let lines = lines(&Keymap::default(), &Theme::MONOCHROME, width);
            for line in &lines {
                assert!(line.to_string().width() <= usize::from(width), "{width}: {line}");
            }
        }
    }

    #[test]
    fn nothing_is_lost_by_wrapping() {
        let words = |width| {
            let text: Vec<String> =
                lines(&Keymap::default(), &Theme::MONOCHROME, width).iter().map(ToString::to_string).collect();
            text.join(" ").split_whitespace().map(str::to_owned).collect::<Vec<_>>()
        };
        assert_eq!(words(28), words(72));
    }
}
