//! The `?` overlay: every binding, generated from the key table, plus what
//! the search understands and where copies go.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::tui::keymap::{Keymap, Scope};

const NOTES: &[&str] = &[
    "Search matches codes by prefix (41, 4xx) and words fuzzily against",
    "phrases, former names, keywords and vendors. 'word matches exactly,",
    "^word at the start, word$ at the end, !word excludes.",
    "",
    "Copies go to the system clipboard, or as OSC 52 to the terminal over",
    "SSH and where no display is reachable (tmux: set -g set-clipboard on).",
];

/// The overlay's lines, headed per scope in table order.
pub fn lines(keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut last_title = "";
    for binding in keymap.bindings() {
        let title = binding.scope.title();
        if title != last_title {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(title.to_owned(), theme.heading()));
            last_title = title;
        }
        let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<16}", keys.join(" ")), theme.heading()),
            Span::raw(binding.help),
        ]));
    }
    let in_search = keymap.bindings().iter().any(|binding| binding.scope == Scope::Search);
    if in_search {
        lines.push(Line::styled("  any other key   types into the query", theme.dim()));
    }
    lines.push(Line::default());
    lines.extend(NOTES.iter().map(|note| Line::styled(*note, theme.dim())));
    lines
}

/// Where the overlay goes on a screen of `area`: centred, at most 74 wide.
pub fn popup(area: Rect, line_count: usize) -> Rect {
    let height = u16::try_from(line_count + 2).unwrap_or(u16::MAX).min(area.height);
    let width = 74.min(area.width);
    let [popup] = Layout::vertical([Constraint::Length(height)]).flex(Flex::Center).areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center).areas(popup);
    popup
}

/// How far the overlay can scroll on a screen of `area` before its last
/// line is at the bottom.
pub fn max_scroll(area: Rect, keymap: &Keymap) -> u16 {
    let count = lines(keymap, &Theme::MONOCHROME).len();
    let visible = usize::from(popup(area, count).height.saturating_sub(2));
    u16::try_from(count.saturating_sub(visible)).unwrap_or(u16::MAX)
}

pub struct HelpOverlay<'a> {
    pub scroll: u16,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = lines(self.keymap, self.theme);
        let popup = popup(area, lines.len());
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(self.theme.border(true))
                    .title(" Keys ")
                    .title_bottom(Line::from(" ? or Esc closes ").right_aligned()),
            )
            .render(popup, buf);
    }
}
