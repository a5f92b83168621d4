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
    // Keep the end of a long query in view, where the cursor is.
    let mut shown: &str = app.query();
    while shown.width() > room {
        let mut chars = shown.chars();
        chars.next();
        shown = chars.as_str();
    }
    let mut spans = vec![Span::styled("/", prompt_style), Span::raw(shown.to_owned())];
    if !typing {
        spans.push(Span::styled("  (/ edits)", theme.dim()));
    }
    frame.render_widget(Line::from(spans), area);
    if typing {
        let x = area.x + 1 + u16::try_from(shown.width()).unwrap_or(0);
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    }
}
