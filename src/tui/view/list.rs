//! The list pane: one row per entry, class headers when browsing in code
//! order, matched characters highlighted, a scrollbar and a count.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthChar;

use crate::catalog::{Entry, Status};
use crate::present::marks;
use crate::present::theme::Theme;
use crate::search::Hit;
use crate::tui::app::{App, Focus, Mode, Row};

pub struct ListPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    /// Where the rows go (inside the border, below the search line).
    pub rows_area: Rect,
}

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let total = app.catalog().entries().len();
        let count = format!(" {}/{} ", app.hits().len(), total);
        let focused = app.focus() == Focus::List || app.mode() == Mode::Search;
        Block::default()
            .borders(Borders::ALL)
            .border_style(self.theme.border(focused))
            .title(match app.hidden().label() {
                Some(hidden) => format!(" Codes · {hidden} "),
                None => " Codes ".to_owned(),
            })
            .title_bottom(Line::from(count).right_aligned())
            .render(area, buf);
        let rows_area = self.rows_area;
        if rows_area.is_empty() {
            return;
        }
        if app.hits().is_empty() {
            let mut message = vec![Line::styled(format!("No code matches “{}”", app.query()), self.theme.heading())];
            if let Some(meant) = app.suggestion() {
                message.push(Line::from(format!("Did you mean {}?", meant.status_line())));
            }
            message.push(Line::styled("Backspace edits, Esc clears", self.theme.dim()));
            Paragraph::new(message).render(rows_area, buf);
            return;
        }
        let rows = app.rows();
        let height = usize::from(rows_area.height);
        let offset = app.list_offset().min(rows.len().saturating_sub(1));
        // Leave the last column to the scrollbar when there is one.
        let scrolling = rows.len() > height;
        let width = usize::from(rows_area.width.saturating_sub(u16::from(scrolling)));
        for (y, row) in rows.iter().skip(offset).take(height).enumerate() {
            let line = match row {
                Row::Header(class) => {
                    let text = format!("── {} {} ", class.label(), class.title());
                    Line::styled(pad(&text, width, '─'), self.theme.class(*class).add_modifier(Modifier::DIM))
                }
                Row::Hit(position) => {
                    let hit = &app.hits()[*position];
                    let selected = app.selected() == Some(*position);
                    let entry = app.entry_of(hit);
                    hit_line(entry, hit, selected, app.is_marked(entry.code), width, self.theme)
                }
            };
            let y = rows_area.y + u16::try_from(y).unwrap_or(u16::MAX);
            buf.set_line(rows_area.x, y, &line, u16::try_from(width).unwrap_or(u16::MAX));
        }
        if scrolling {
            let mut state =
                ScrollbarState::new(rows.len().saturating_sub(height)).position(offset).viewport_content_length(height);
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .render(rows_area, buf, &mut state);
        }
    }
}

/// ` 404 Not Found` with matches highlighted, a lifecycle mark and, for
/// vendor codes, the vendor; cut to `width` with an ellipsis.
fn hit_line(entry: &Entry, hit: &Hit, selected: bool, marked: bool, width: usize, theme: &Theme) -> Line<'static> {
    let base = if selected { theme.selected() } else { Style::new() };
    let unofficial = entry.status == Status::Unofficial;
    let text_style = if unofficial { base.add_modifier(Modifier::ITALIC) } else { base };
    let code_style = theme.class(entry.class).patch(base).add_modifier(Modifier::BOLD);
    let mut cells: Vec<(char, Style)> = Vec::with_capacity(width);
    // The selection's arrow, else `+` for a code marked for comparing.
    let lead = match (selected, marked) {
        (true, _) => '▶',
        (false, true) => '+',
        (false, false) => ' ',
    };
    cells.push((lead, base));
    let code_len = entry.code_str().chars().count();
    let mut marks = hit.highlights.iter().peekable();
    for (index, c) in entry.status_line().chars().enumerate() {
        let mut style = if index < code_len { code_style } else { text_style };
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        while marks.next_if(|mark| **mark < index).is_some() {}
        if marks.next_if_eq(&&index).is_some() {
            style = style.patch(theme.matched());
        }
        cells.push((c, style));
    }
    let quiet = theme.quiet(selected).patch(base);
    cells.extend(marks::lifecycle(entry).chars().map(|c| (c, quiet)));
    // Whose code it is matters more than that its phrase is made up, so the
    // naming mark is the first thing a narrow list cuts.
    cells.extend(marks::vendor(entry).chars().map(|c| (c, quiet)));
    cells.extend(marks::naming(entry).chars().map(|c| (c, quiet)));
    // Why a search listed it, when not for its phrase.
    if let Some(why) = hit.reason.and_then(|field| field.why(entry)) {
        cells.extend(format!(" · {why}").chars().map(|c| (c, quiet)));
    }
    // The user's mark is what tells their code from ours: the phrase and
    // vendor give way to it, never the other way round.
    let tail: Vec<(char, Style)> =
        entry.source.mark().map(|mark| format!(" {mark}").chars().map(|c| (c, quiet)).collect()).unwrap_or_default();
    spans_within(cells, tail, width, base)
}

/// Groups styled characters into spans no wider than `width` columns,
/// ending in `…` when cut, keeps `tail` whole at the end when there is room
/// for it, and pads with the row's style to the edge so a selected row is
/// highlighted across.
fn spans_within(cells: Vec<(char, Style)>, tail: Vec<(char, Style)>, width: usize, fill: Style) -> Line<'static> {
    let measure = |cells: &[(char, Style)]| -> usize { cells.iter().map(|(c, _)| c.width().unwrap_or(0)).sum() };
    let tail_width = measure(&tail);
    let (tail, room) = if tail_width < width { (tail, width - tail_width) } else { (Vec::new(), width) };
    let total = measure(&cells);
    let mut budget = if total > room { room.saturating_sub(1) } else { room };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let push = |spans: &mut Vec<Span<'static>>, c: char, style: Style| match spans.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push(c),
        _ => spans.push(Span::styled(c.to_string(), style)),
    };
    for (c, style) in cells {
        let w = c.width().unwrap_or(0);
        if w > budget {
            break;
        }
        budget -= w;
        used += w;
        push(&mut spans, c, style);
    }
    if total > room && room > 0 {
        spans.push(Span::styled("…", fill));
        used += 1;
    }
    for (c, style) in tail {
        used += c.width().unwrap_or(0);
        push(&mut spans, c, style);
    }
    if used < width {
        spans.push(Span::styled(" ".repeat(width - used), fill));
    }
    Line::from(spans)
}

fn pad(text: &str, width: usize, with: char) -> String {
    let mut out: String = text.chars().take(width).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(with, width.saturating_sub(len)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_rows_are_cut_with_an_ellipsis_and_short_ones_padded() {
        let cells: Vec<(char, Style)> = "404 Not Found".chars().map(|c| (c, Style::new())).collect();
        let cut = spans_within(cells.clone(), Vec::new(), 8, Style::new());
        assert_eq!(cut.to_string(), "404 Not…");
        let padded = spans_within(cells.clone(), Vec::new(), 16, Style::new());
        assert_eq!(padded.to_string(), "404 Not Found   ");
        assert_eq!(spans_within(Vec::new(), Vec::new(), 0, Style::new()).to_string(), "");
        let tail: Vec<(char, Style)> = " [yours]".chars().map(|c| (c, Style::new())).collect();
        assert_eq!(spans_within(cells.clone(), tail.clone(), 16, Style::new()).to_string(), "404 Not… [yours]");
        assert_eq!(spans_within(cells, tail, 6, Style::new()).to_string(), "404 N…", "no room: the tail goes");
    }

    #[test]
    fn wide_characters_count_double() {
        let cells: Vec<(char, Style)> = "ab漢字cd".chars().map(|c| (c, Style::new())).collect();
        assert_eq!(spans_within(cells, Vec::new(), 5, Style::new()).width(), 5);
    }
}
