//! Fitting the state to the screen, in one step after every update: the
//! list scrolls so the selection is in view, and the detail and help stop at
//! their last line. `update` says what the user asked for (one line down, the
//! next example) and leaves the bounds to this step, so no action can forget
//! them and no layout is computed twice a different way.

use ratatui::layout::Rect;

use super::app::{App, Mode};
use super::help;
use super::layout::Screen;

pub(super) fn fit(app: &mut App) {
    fit_help(app);
    match app.screen() {
        Screen::Panes(panes) => {
            fit_list(app, usize::from(panes.rows.height));
            fit_detail(app, panes.detail_inner);
        }
        // Nothing is drawn but a notice; the list keeps its place for when
        // the terminal grows again.
        Screen::TooSmall(_) => {
            app.detail_scroll = 0;
            app.reveal_example = false;
        }
    }
}

/// Scrolls the list just enough that the selected row is on screen, with
/// its class header when it is the first of its class.
fn fit_list(app: &mut App, height: usize) {
    let (Some(top), Some(row)) = (app.selected_top_row(), app.selected_row()) else {
        app.list_offset = 0;
        return;
    };
    if top < app.list_offset {
        app.list_offset = top;
    } else if height > 0 && row >= app.list_offset + height {
        app.list_offset = row + 1 - height;
    }
    app.list_offset = app.list_offset.min(app.row_count().saturating_sub(height.max(1)));
}

/// Keeps the detail between its first line and the last screenful, and
/// carries out a request to show the chosen example's heading.
fn fit_detail(app: &mut App, inner: Rect) {
    // Line 0 always fits: the common case costs no layout. A hidden detail
    // (the list zoomed) keeps its place for when it shows again.
    if (app.detail_scroll == 0 && !app.reveal_example) || inner.width == 0 || inner.height == 0 {
        return;
    }
    let reveal = std::mem::take(&mut app.reveal_example);
    let Some(laid_out) = app.detail_shape(inner.width) else {
        app.detail_scroll = 0;
        return;
    };
    let bottom = laid_out.lines.len().saturating_sub(usize::from(inner.height));
    let wanted = match laid_out.example_starts.get(app.example_index) {
        Some(start) if reveal => *start,
        _ => app.detail_scroll,
    };
    app.detail_scroll = wanted.min(bottom);
}

/// Keeps the help between its first line and its last screenful, counting
/// the lines as they are drawn: wrapped to the overlay's width.
fn fit_help(app: &mut App) {
    if app.mode != Mode::Help {
        app.help_scroll = 0;
        return;
    }
    if app.help_scroll == 0 {
        return;
    }
    let (count, visible) = help::extent(&app.keymap, app.size);
    app.help_scroll = app.help_scroll.min(count.saturating_sub(visible));
}
