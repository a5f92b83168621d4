//! The `=` grid and the `w` guide, each in a box over the browser: lines
//! laid out by `compare::render` and `guide::text`, the grid scrolled.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::compare::render;
use crate::guide;
use crate::inert;
use crate::present::theme::Theme;
use crate::tui::app::App;
use crate::tui::{choosing, layout};

/// Headings in the grid and the guide: the lines that end a block's title.
fn styled(line: &str, theme: &Theme) -> Line<'static> {
    let heading = render::is_heading(line) || guide::text::is_heading(line);
    let style = if heading { theme.heading() } else { Style::new() };
    Line::styled(inert::line(line).into_owned(), style)
}

/// `lines` from `scroll` on, in a box at `popup` with `title` on top and
/// the keys it takes along its bottom edge.
struct Boxed<'a> {
    lines: &'a [String],
    scroll: usize,
    title: &'a str,
    keys: &'static str,
    theme: &'a Theme,
}

impl Widget for Boxed<'_> {
    fn render(self, popup: Rect, buf: &mut Buffer) {
        Clear.render(popup, buf);
        let shown: Vec<Line<'static>> =
            self.lines.iter().skip(self.scroll).map(|line| styled(line, self.theme)).collect();
        Paragraph::new(shown)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(self.theme.border(true))
                    .title(self.title)
                    .title_bottom(Line::from(self.keys).right_aligned()),
            )
            .render(popup, buf);
    }
}

pub struct CompareOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for CompareOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = choosing::compare_lines(self.app, area.as_size());
        let title = match choosing::preset_name(self.app) {
            Some(name) => format!(" Compare: {name} "),
            None => " Compare ".to_owned(),
        };
        Boxed {
            lines: &lines,
            scroll: self.app.compare_scroll(),
            title: &title,
            keys: " ↓↑ scroll, p next preset, Esc closes ",
            theme: self.theme,
        }
        .render(layout::wide_overlay(area.as_size(), lines.len()), buf);
    }
}

pub struct GuideOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for GuideOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = choosing::guide_box_lines(self.app, area.as_size());
        Boxed {
            lines: &lines,
            scroll: self.app.guide_scroll(),
            title: " Which code should I return? ",
            keys: " digits answer, ↓↑ scroll, Backspace back, Enter goes ",
            theme: self.theme,
        }
        .render(layout::guide_overlay(area.as_size(), lines.len()), buf);
    }
}
