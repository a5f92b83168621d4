//! Where each pane goes for a given terminal size. The view, `update`
//! (paging, mouse clicks) and the fit step all use it, so they never
//! disagree.

use ratatui::layout::{Constraint, Flex, Layout, Rect, Size};

use super::app::Focus;

/// Smaller than this, nothing useful fits: a notice is shown instead.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width on the panes stand side by side: 80 columns, the
/// default terminal, shows 20 codes next to a readable detail.
const SIDE_BY_SIDE_WIDTH: u16 = 80;
/// Prose is wrapped no wider than this however wide the detail pane, so
/// lines stay readable on a very wide terminal.
pub const MEASURE: u16 = 100;
/// The help overlay is never wider than this, so its lines stay readable.
const HELP_WIDTH: u16 = 74;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    TooSmall(Rect),
    Panes(Panes),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The list pane, border included.
    pub list: Rect,
    /// Inside the list border: the search line (when shown) and the rows.
    pub search: Option<Rect>,
    pub rows: Rect,
    /// The detail pane, border included, and its inside.
    pub detail: Rect,
    pub detail_inner: Rect,
    pub status: Rect,
    pub side_by_side: bool,
}

/// The panes for a screen of `size`; `zoomed` gives one pane the whole
/// body, the other an empty area.
pub fn screen(size: Size, with_search_line: bool, zoomed: Option<Focus>) -> Screen {
    let area = Rect::new(0, 0, size.width, size.height);
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let side_by_side = size.width >= SIDE_BY_SIDE_WIDTH;
    let hidden = Rect::new(body.x, body.y, 0, 0);
    let [list, detail] = if let Some(zoomed) = zoomed {
        if zoomed == Focus::List { [body, hidden] } else { [hidden, body] }
    } else if side_by_side {
        // The list widens with the terminal, so vendor names are not cut.
        let list_width = (size.width * 3 / 8).clamp(34, 64);
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(body)
    } else {
        let list_height = (body.height * 2 / 5).max(5);
        Layout::vertical([Constraint::Length(list_height), Constraint::Min(1)]).areas(body)
    };
    let list_inner = inner(list);
    let (search, rows) = if with_search_line && list_inner.height > 1 {
        let [search, rows] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(list_inner);
        (Some(search), rows)
    } else {
        (None, list_inner)
    };
    Screen::Panes(Panes { list, search, rows, detail, detail_inner: inner(detail), status, side_by_side })
}

/// How wide the help's text may be on a screen of `size`: the overlay's
/// width inside its border.
pub fn help_text_width(size: Size) -> u16 {
    HELP_WIDTH.min(size.width).saturating_sub(2)
}

/// An overlay (the help, the related-code picker) on a screen of `size`,
/// for `line_count` lines of text (the help's wrapped to
/// [`help_text_width`]): centred, as tall as its lines and border need and
/// the screen allows.
pub fn overlay(size: Size, line_count: usize) -> Rect {
    centred(size, line_count, HELP_WIDTH)
}

/// A bordered box for `line_count` lines, at most `widest` columns,
/// centred on the screen.
fn centred(size: Size, line_count: usize, widest: u16) -> Rect {
    let area = Rect::new(0, 0, size.width, size.height);
    let height = u16::try_from(line_count + 2).unwrap_or(u16::MAX).min(area.height);
    let width = widest.min(area.width);
    let [popup] = Layout::vertical([Constraint::Length(height)]).flex(Flex::Center).areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center).areas(popup);
    popup
}

/// The widest the comparison grid's box gets: room for five columns.
const WIDE_WIDTH: u16 = 130;

/// The widest the guide's text gets: prose, read at a measure.
const GUIDE_WIDTH: u16 = 90;

/// A box for the comparison grid and the guide: as wide as the screen
/// allows up to [`WIDE_WIDTH`], as tall as its lines, centred.
pub fn wide_overlay(size: Size, line_count: usize) -> Rect {
    centred(size, line_count, WIDE_WIDTH)
}

/// The guide's box: a reading measure of [`GUIDE_WIDTH`] columns of text
/// at most, as tall as its lines, centred.
pub fn guide_overlay(size: Size, line_count: usize) -> Rect {
    centred(size, line_count, GUIDE_WIDTH + 2)
}

/// The guide's text width on a screen of `size`.
pub fn guide_text_width(size: Size) -> u16 {
    (GUIDE_WIDTH + 2).min(size.width).saturating_sub(2)
}

/// The text width inside [`wide_overlay`]'s border.
pub fn wide_overlay_text_width(size: Size) -> u16 {
    WIDE_WIDTH.min(size.width).saturating_sub(2)
}

/// The area inside a one-cell border.
fn inner(area: Rect) -> Rect {
    Rect::new(
        area.x.saturating_add(1),
        area.y.saturating_add(1),
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_get_panes_side_by_side() {
        let Screen::Panes(panes) = screen(Size::new(120, 40), true, None) else { panic!("too small") };
        assert!(panes.side_by_side);
        assert_eq!(panes.list.height, 39);
        assert_eq!(panes.list.width + panes.detail.width, 120);
        assert_eq!(panes.search.map(|s| s.y), Some(1));
        assert_eq!(panes.status, Rect::new(0, 39, 120, 1));
    }

    #[test]
    fn narrow_terminals_stack_the_panes() {
        let Screen::Panes(panes) = screen(Size::new(60, 20), false, None) else { panic!("too small") };
        assert!(!panes.side_by_side);
        assert_eq!(panes.list.width, 60);
        assert!(panes.detail.y >= panes.list.bottom());
    }

    #[test]
    fn a_zoomed_pane_takes_the_whole_body() {
        for (size, zoomed) in [(Size::new(120, 40), Focus::Detail), (Size::new(60, 20), Focus::List)] {
            let Screen::Panes(panes) = screen(size, false, Some(zoomed)) else { panic!("too small") };
            let (shown, hidden) =
                if zoomed == Focus::List { (panes.list, panes.detail) } else { (panes.detail, panes.list) };
            assert_eq!(shown, Rect::new(0, 0, size.width, size.height - 1));
            assert_eq!(hidden.area(), 0);
        }
    }

    #[test]
    fn tiny_terminals_get_a_notice() {
        for (w, h) in [(0, 0), (1, 1), (29, 40), (120, 7)] {
            assert!(matches!(screen(Size::new(w, h), true, None), Screen::TooSmall(_)), "{w}x{h}");
        }
    }
}
