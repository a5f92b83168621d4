//! The `r` overlay: the selected entry's related codes, one per line with
//! its summary, the cursor's row highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::present::theme::Theme;
use crate::tui::app::App;
use crate::tui::layout;

pub struct RelatedPicker<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for RelatedPicker<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let related = self.app.related_entries();
        let popup = layout::overlay(area.as_size(), related.len());
        Clear.render(popup, buf);
        let width = usize::from(popup.width.saturating_sub(2));
        let visible = usize::from(popup.height.saturating_sub(2)).max(1);
        let cursor = self.app.related_cursor();
        // The cursor's row stays in view in a list longer than the box.
        let first = cursor.saturating_sub(visible - 1);
        let lines: Vec<Line<'static>> = related
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .map(|(position, at)| {
                let entry = &self.app.catalog().entries()[*at];
                let selected = position == cursor;
                let base = if selected { self.theme.selected() } else { ratatui::style::Style::new() };
                let name = format!("{}{} · ", if selected { '▶' } else { ' ' }, entry.status_line());
                let room = width.saturating_sub(name.width());
                let summary: String = truncate(&entry.summary, room);
                let fill = " ".repeat(room.saturating_sub(summary.width()));
                Line::from(vec![
                    Span::styled(name, self.theme.class(entry.class).patch(base)),
                    Span::styled(summary + &fill, self.theme.quiet(selected).patch(base)),
                ])
            })
            .collect();
        let name = self.app.selected_entry().map(|entry| entry.code_str()).unwrap_or_default();
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(self.theme.border(true))
                    .title(format!(" Related to {name} "))
                    .title_bottom(Line::from(" Enter goes, Esc closes ").right_aligned()),
            )
            .render(popup, buf);
    }
}

/// `text` cut to `room` columns, with an ellipsis when cut.
fn truncate(text: &str, room: usize) -> String {
    if text.width() <= room {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > room {
            break;
        }
        out.push(c);
    }
    if room > 0 {
        out.push('…');
    }
    out
}
