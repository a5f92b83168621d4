//! Drawing the state. Nothing here changes the app: every function reads
//! `&App` and writes cells.

pub mod detail;
pub mod help;
pub mod http_highlight;
pub mod list;
pub mod search_bar;
pub mod status_line;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use self::detail::DetailPane;
use self::help::HelpOverlay;
use self::list::ListPane;
use self::status_line::StatusLine;
use self::theme::Theme;
use super::app::{App, Focus, Mode};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH, Screen};
use super::update::show_search_line;

pub fn draw(frame: &mut Frame<'_>, app: &App, theme: &Theme) {
    let area = frame.area();
    let panes = match layout::screen(area.as_size(), show_search_line(app)) {
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
    frame.render_widget(ListPane { app, theme, rows_area: panes.rows }, panes.list);
    if let Some(search) = panes.search {
        search_bar::render(frame, search, app, theme);
    }
    match app.selected_entry() {
        Some(entry) => {
            let text = detail::styled(entry, app.catalog(), panes.detail_inner.width, Some(app.example), theme);
            frame.render_widget(
                DetailPane {
                    text: &text,
                    scroll: app.detail_scroll,
                    focused: app.focus == Focus::Detail && app.mode == Mode::Browse,
                    theme,
                },
                panes.detail,
            );
        }
        None => {
            let empty = detail::DetailText {
                lines: vec![Line::styled("Nothing matches the search.", theme.dim())],
                example_starts: Vec::new(),
            };
            frame.render_widget(DetailPane { text: &empty, scroll: 0, focused: false, theme }, panes.detail);
        }
    }
    frame.render_widget(StatusLine { app, theme }, panes.status);
    if app.mode == Mode::Help {
        frame.render_widget(HelpOverlay { scroll: app.help_scroll, keymap: &app.keymap, theme }, area);
    }
}
