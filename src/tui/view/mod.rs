//! Drawing the state, one pane per file. Nothing here changes the app:
//! every function reads `&App` and writes cells.

mod choosing_overlay;
mod detail;
mod help_overlay;
mod list;
mod related_picker;
mod search_bar;
mod status_line;

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use self::choosing_overlay::{CompareOverlay, GuideOverlay};
use self::detail::DetailPane;
use self::help_overlay::HelpOverlay;
use self::list::ListPane;
use self::related_picker::RelatedPicker;
use self::status_line::StatusLine;
use super::app::{App, Focus, Mode};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH, Screen};
use crate::present::theme::Theme;

pub fn draw(frame: &mut Frame<'_>, app: &App, theme: &Theme) {
    let area = frame.area();
    // The frame's own size: the same as the app's once the loop has taken
    // the resize event, and right even in the moment before it has.
    let panes = match layout::screen(area.as_size(), app.shows_search_line(), app.zoomed()) {
        Screen::TooSmall(area) => {
            let text = format!(
                "Terminal too small ({}x{}): statusbrowse needs {MIN_WIDTH}x{MIN_HEIGHT}",
                area.width, area.height
            );
            frame.render_widget(
                Paragraph::new(Line::from(text)).alignment(Alignment::Center).wrap(Wrap { trim: true }),
                area,
            );
            return;
        }
        Screen::Panes(panes) => panes,
    };
    if panes.list.area() > 0 {
        frame.render_widget(ListPane { app, theme, rows_area: panes.rows }, panes.list);
    }
    if let Some(search) = panes.search {
        search_bar::render(frame, search, app, theme);
    }
    let focused = app.focus() == Focus::Detail && app.mode() == Mode::Browse;
    match app.detail_lines(panes.detail_inner.width, theme) {
        _ if panes.detail.area() == 0 => {}
        Some(laid_out) => {
            let pane = DetailPane { lines: &laid_out.lines, scroll: app.detail_scroll(), focused, theme };
            frame.render_widget(pane, panes.detail);
        }
        None => {
            let empty = [Line::styled("Nothing matches the search.", theme.dim())];
            frame.render_widget(DetailPane { lines: &empty, scroll: 0, focused: false, theme }, panes.detail);
        }
    }
    frame.render_widget(StatusLine { app, theme }, panes.status);
    match app.mode() {
        Mode::Help => frame.render_widget(HelpOverlay { app, theme }, area),
        Mode::Related => frame.render_widget(RelatedPicker { app, theme }, area),
        Mode::Compare => frame.render_widget(CompareOverlay { app, theme }, area),
        Mode::Guide => frame.render_widget(GuideOverlay { app, theme }, area),
        Mode::Browse | Mode::Search => {}
    }
}
