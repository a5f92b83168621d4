//! The search line at the top of the list: `/` and the query, with the
//! cursor while typing.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::present::theme::Theme;
use crate::tui::app::{App, Mode};

/// A function rather than a widget: only a `Frame` can place the cursor.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let typing = app.mode() == Mode::Search;
    let prompt_style = if typing { theme.heading() } else { theme.dim() };
    let room = usize::from(area.width.saturating_sub(2));
    // A long query scrolls so the cursor stays in view: from the end while
    // typing there, from where the cursor is once it moves back.
    let (query, cursor) = (app.query(), app.cursor());
    let mut start = 0;
    while query[start..cursor].width() > room {
        start += query[start..].chars().next().map_or(1, char::len_utf8);
    }
    let mut shown = &query[start..];
    while shown.width() > room {
        let mut chars = shown.chars();
        chars.next_back();
        shown = chars.as_str();
    }
    let before_cursor = query[start..cursor].width();
    let mut spans = vec![Span::styled("/", prompt_style), Span::raw(shown.to_owned())];
    if !typing {
        spans.push(Span::styled("  (/ edits)", theme.dim()));
    }
    frame.render_widget(Line::from(spans), area);
    if typing {
        let x = area.x + 1 + u16::try_from(before_cursor).unwrap_or(0);
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}
