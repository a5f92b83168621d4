//! The `?` overlay: the help's lines in a bordered box over the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::present::theme::Theme;
use crate::tui::app::App;
use crate::tui::{help, layout};

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = help::lines(self.app.keymap(), self.theme, layout::help_text_width(area.as_size()));
        let popup = layout::overlay(area.as_size(), lines.len());
        Clear.render(popup, buf);
        // Where the reader is, when the help is longer than the box: that
        // there is more below is otherwise invisible.
        let visible = usize::from(popup.height.saturating_sub(2));
        let scroll = self.app.help_scroll();
        let footer = if lines.len() > visible && visible > 0 {
            let last = (scroll + visible).min(lines.len());
            let more = if last < lines.len() { "↓ more, " } else { "" };
            format!(" {}-{last}/{} · {more}? or Esc closes ", scroll + 1, lines.len())
        } else {
            " ? or Esc closes ".to_owned()
        };
        // Already wrapped to the box: drawn as they are, so the fit step's
        // count of lines is the count on screen.
        Paragraph::new(lines)
            .scroll((u16::try_from(self.app.help_scroll()).unwrap_or(u16::MAX), 0))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(self.theme.border(true))
                    .title(" Keys ")
                    .title_bottom(Line::from(footer).right_aligned()),
            )
            .render(popup, buf);
    }
}
