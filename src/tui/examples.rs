//! An entry's examples in the browser: `e` goes to them, `[` and `]` pick
//! one. Where an example's heading is depends on the detail's width, so
//! these ask the layout; the fit step does the scrolling.

use super::app::{App, Focus, ToastKind};
use super::layout::Screen;

/// Picks another example and asks for its heading to be scrolled into
/// view. While the chosen example is out of sight, the first press shows
/// it instead: from the top, `]` shows example 1, not 2.
pub(super) fn step(app: &mut App, delta: isize) {
    let Some(count) = app.selected_entry().map(|entry| entry.examples.len()) else {
        return;
    };
    if count > 0 && !example_in_view(app) {
        app.reveal_example = true;
        return;
    }
    if count < 2 {
        app.show_toast("This code has only one example", ToastKind::Info);
        return;
    }
    let count = isize::try_from(count).unwrap_or(isize::MAX);
    let index = isize::try_from(app.example_index).unwrap_or(0);
    app.example_index = usize::try_from((index + delta).rem_euclid(count)).unwrap_or(0);
    app.reveal_example = true;
}

/// Whether the chosen example's heading is on screen in the detail pane.
pub(super) fn example_in_view(app: &App) -> bool {
    let Screen::Panes(panes) = app.screen() else {
        return false;
    };
    let inner = panes.detail_inner;
    let Some(start) =
        app.detail_shape(inner.width).and_then(|shape| shape.example_starts.get(app.example_index).copied())
    else {
        return false;
    };
    (app.detail_scroll..app.detail_scroll + usize::from(inner.height)).contains(&start)
}

/// `e`: the detail, focused, at the chosen example.
pub(super) fn show(app: &mut App) {
    let Some(entry) = app.selected_entry() else {
        return;
    };
    if entry.examples.is_empty() {
        let message = format!("{} has no example", entry.status_line());
        app.show_toast(message, ToastKind::Info);
        return;
    }
    app.focus = Focus::Detail;
    app.reveal_example = true;
}
