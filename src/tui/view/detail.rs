//! The detail pane: a border, the selected entry's lines from the scroll
//! position on, and where in them the reader is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::present::theme::Theme;

pub struct DetailPane<'a> {
    pub lines: &'a [Line<'static>],
    pub scroll: usize,
    pub focused: bool,
    pub theme: &'a Theme,
}

impl Widget for DetailPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block =
            Block::default().borders(Borders::ALL).border_style(self.theme.border(self.focused)).title(" Detail ");
        let inner = block.inner(area);
        block.render(area, buf);
        let total = self.lines.len();
        let visible = usize::from(inner.height);
        // No position when no line fits: "1-0/124" would be nonsense.
        if total > visible && visible > 0 && inner.width > 0 {
            let first = self.scroll + 1;
            let last = (self.scroll + visible).min(total);
            let position = format!(" {first}-{last}/{total} ");
            let x = area.right().saturating_sub(u16::try_from(position.len()).unwrap_or(0) + 1);
            buf.set_string(x.max(area.x), area.bottom().saturating_sub(1), position, self.theme.dim());
        }
        let start = self.scroll.min(total);
        let lines: Vec<Line<'_>> = self.lines[start..].iter().take(visible).cloned().collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
