//! The one place state changes: `update(app, action)`. It touches nothing
//! outside the app; what needs the world (the clipboard, quitting,
//! suspending) comes back as an [`Effect`] for the loop to carry out.

use ratatui::layout::{Position, Size};

use super::action::Action;
use super::app::{App, Focus, Mode, Row, ToastKind};
use super::layout::{self, Screen};
use super::view::detail;

/// Work for the loop, outside the pure core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put `text` on the clipboard; `what` names it in the toast.
    Copy {
        text: String,
        what: String,
    },
    Quit,
    Suspend,
}

/// A query longer than this is not a search anyone types; the rest is
/// ignored so a pasted novel cannot stall the UI.
pub const MAX_QUERY_CHARS: usize = 200;

/// Lines the wheel scrolls the detail pane per notch.
const WHEEL_LINES: u16 = 3;

pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::MoveUp if app.mode == Mode::Help => scroll_help(app, -1),
        Action::MoveDown if app.mode == Mode::Help => scroll_help(app, 1),
        Action::MoveUp => move_selection(app, -1),
        Action::MoveDown => move_selection(app, 1),
        Action::PageUp => move_selection(app, -page(app)),
        Action::PageDown => move_selection(app, page(app)),
        Action::HalfPageUp => move_selection(app, -(page(app) / 2).max(1)),
        Action::HalfPageDown => move_selection(app, (page(app) / 2).max(1)),
        Action::First => move_selection(app, isize::MIN),
        Action::Last => move_selection(app, isize::MAX),
        Action::ToggleFocus => {
            app.focus = match app.focus {
                Focus::List => Focus::Detail,
                Focus::Detail => Focus::List,
            }
        }
        Action::ScrollDetailUp => scroll_detail(app, -1),
        Action::ScrollDetailDown => scroll_detail(app, 1),
        Action::NextExample => step_example(app, 1),
        Action::PreviousExample => step_example(app, -1),
        Action::CopyExample => return copy_example(app),
        Action::CopyStatusLine => {
            return match app.selected_entry() {
                Some(entry) => {
                    Some(Effect::Copy { text: entry.status_line(), what: format!("\"{}\"", entry.status_line()) })
                }
                None => nothing_selected(app),
            };
        }
        Action::CopySpecUrl => {
            let Some(entry) = app.selected_entry() else {
                return nothing_selected(app);
            };
            match &entry.spec {
                Some(spec) => {
                    return Some(Effect::Copy {
                        text: spec.url.to_string(),
                        what: format!("the {} spec URL", entry.code_str()),
                    });
                }
                None => {
                    let message = format!("{} has no spec to link to", entry.status_line());
                    app.show_toast(message, ToastKind::Error);
                }
            }
        }
        Action::StartSearch => app.mode = Mode::Search,
        Action::AcceptSearch => app.mode = Mode::Browse,
        Action::CancelSearch => {
            app.mode = Mode::Browse;
            if !app.query.is_empty() {
                let keep = app.selected.and_then(|s| app.hits.get(s)).map(|hit| hit.index);
                app.query.clear();
                app.refilter();
                if let Some(index) = keep {
                    app.selected = app.hits.iter().position(|hit| hit.index == index).or(app.selected);
                }
                keep_selection_visible(app);
            }
        }
        Action::Backspace => {
            if app.query.pop().is_some() {
                app.refilter();
            }
        }
        Action::ClearQuery => {
            if !app.query.is_empty() {
                app.query.clear();
                app.refilter();
            }
        }
        Action::DeleteWord => {
            let trimmed = app.query.trim_end().len();
            let start = app.query[..trimmed].rfind(char::is_whitespace).map_or(0, |i| i + 1);
            if start < app.query.len() {
                app.query.truncate(start);
                app.refilter();
            }
        }
        Action::Insert(c) => {
            if !crate::inert::is_unsafe(c) && app.query.chars().count() < MAX_QUERY_CHARS {
                app.query.push(c);
                app.refilter();
            }
        }
        Action::ToggleHelp => {
            app.mode = if app.mode == Mode::Help { Mode::Browse } else { Mode::Help };
            app.help_scroll = 0;
        }
        Action::Resize(width, height) => {
            app.size = Size::new(width, height);
            keep_selection_visible(app);
            scroll_detail(app, 0);
        }
        Action::Wheel { column, row, down } => wheel(app, Position::new(column, row), down),
        Action::Click { column, row } => click(app, Position::new(column, row)),
    }
    None
}

fn nothing_selected(app: &mut App) -> Option<Effect> {
    app.show_toast("Nothing selected: the filter matches no code", ToastKind::Error);
    None
}

fn copy_example(app: &mut App) -> Option<Effect> {
    let Some(entry) = app.selected_entry() else {
        return nothing_selected(app);
    };
    let Some(example) = entry.examples.get(app.example) else {
        let message = format!("{} has no example to copy", entry.status_line());
        app.show_toast(message, ToastKind::Error);
        return None;
    };
    let what = if entry.examples.len() > 1 {
        format!("{} example {}/{}", entry.code_str(), app.example + 1, entry.examples.len())
    } else {
        format!("{} example", entry.code_str())
    };
    Some(Effect::Copy { text: example.text.to_string(), what })
}

/// Rows the list shows at once, for paging.
fn page(app: &App) -> isize {
    match layout::screen(app.size, show_search_line(app)) {
        Screen::Panes(panes) => isize::try_from(panes.rows.height.max(1)).unwrap_or(1),
        Screen::TooSmall(_) => 1,
    }
}

/// The search line shows while typing and while a filter is kept.
pub fn show_search_line(app: &App) -> bool {
    app.mode == Mode::Search || !app.query.is_empty()
}

fn move_selection(app: &mut App, delta: isize) {
    let Some(selected) = app.selected else {
        return;
    };
    let last = app.hits.len().saturating_sub(1);
    let target = selected.saturating_add_signed(delta).min(last);
    if target != selected {
        app.selected = Some(target);
        app.reset_detail();
    }
    keep_selection_visible(app);
}

/// Scrolls the list just enough that the selected row is on screen, with
/// its class header when it is the first of its class.
fn keep_selection_visible(app: &mut App) {
    let height = match layout::screen(app.size, show_search_line(app)) {
        Screen::Panes(panes) => usize::from(panes.rows.height),
        Screen::TooSmall(_) => return,
    };
    let rows = app.rows();
    let Some(row) = app.selected.and_then(|s| rows.iter().position(|r| *r == Row::Hit(s))) else {
        app.list_offset = 0;
        return;
    };
    let top = if row > 0 && matches!(rows[row - 1], Row::Header(_)) { row - 1 } else { row };
    if top < app.list_offset {
        app.list_offset = top;
    } else if height > 0 && row >= app.list_offset + height {
        app.list_offset = row + 1 - height;
    }
    app.list_offset = app.list_offset.min(rows.len().saturating_sub(height.max(1)));
}

fn detail_height_and_lines(app: &App) -> Option<(u16, usize)> {
    let Screen::Panes(panes) = layout::screen(app.size, show_search_line(app)) else {
        return None;
    };
    let entry = app.selected_entry()?;
    let text = detail::layout(entry, app.catalog(), panes.detail_inner.width, app.example);
    Some((panes.detail_inner.height, text.lines.len()))
}

fn scroll_detail(app: &mut App, delta: i32) {
    let Some((height, lines)) = detail_height_and_lines(app) else {
        app.detail_scroll = 0;
        return;
    };
    let max = u16::try_from(lines.saturating_sub(usize::from(height))).unwrap_or(u16::MAX);
    let wanted = i32::from(app.detail_scroll) + delta;
    app.detail_scroll = u16::try_from(wanted.max(0)).unwrap_or(u16::MAX).min(max);
}

fn scroll_help(app: &mut App, delta: i32) {
    let wanted = i32::from(app.help_scroll) + delta;
    let screen = ratatui::layout::Rect::new(0, 0, app.size.width, app.size.height);
    let max = super::view::help::max_scroll(screen, &app.keymap);
    app.help_scroll = u16::try_from(wanted.max(0)).unwrap_or(0).min(max);
}

/// Picks another example and scrolls the detail so its heading is in view.
fn step_example(app: &mut App, delta: isize) {
    let Some(count) = app.selected_entry().map(|entry| entry.examples.len()) else {
        return;
    };
    if count < 2 {
        let message = "This code has only one example";
        app.show_toast(message, ToastKind::Info);
        return;
    }
    app.example = (app.example.saturating_add_signed(delta + count as isize)) % count;
    let Screen::Panes(panes) = layout::screen(app.size, show_search_line(app)) else {
        return;
    };
    let Some(entry) = app.selected_entry() else {
        return;
    };
    // One layout: the example's heading, but never past the last line.
    let text = detail::layout(entry, app.catalog(), panes.detail_inner.width, app.example);
    let bottom = text.lines.len().saturating_sub(usize::from(panes.detail_inner.height));
    let start = text.example_starts.get(app.example).copied().unwrap_or(0);
    app.detail_scroll = u16::try_from(start.min(bottom)).unwrap_or(u16::MAX);
}

fn wheel(app: &mut App, at: Position, down: bool) {
    if app.mode == Mode::Help {
        return scroll_help(app, if down { WHEEL_LINES.into() } else { -i32::from(WHEEL_LINES) });
    }
    let Screen::Panes(panes) = layout::screen(app.size, show_search_line(app)) else {
        return;
    };
    if panes.list.contains(at) {
        move_selection(app, if down { 1 } else { -1 });
    } else if panes.detail.contains(at) {
        scroll_detail(app, if down { WHEEL_LINES.into() } else { -i32::from(WHEEL_LINES) });
    }
}

fn click(app: &mut App, at: Position) {
    let Screen::Panes(panes) = layout::screen(app.size, show_search_line(app)) else {
        return;
    };
    if app.mode == Mode::Help {
        return;
    }
    if panes.rows.contains(at) {
        app.focus = Focus::List;
        let row = app.list_offset + usize::from(at.y - panes.rows.y);
        if let Some(Row::Hit(position)) = app.rows().get(row).copied()
            && app.selected != Some(position)
        {
            app.selected = Some(position);
            app.reset_detail();
        }
    } else if panes.detail.contains(at) {
        app.focus = Focus::Detail;
    }
}
