//! The one place state changes: `update(app, message)`. It touches nothing
//! outside the app; what needs the world (the clipboard, quitting,
//! suspending) comes back as an [`Effect`] for the loop to carry out, and
//! how that went comes back in as a [`Message`]. Every update ends with the
//! fit step, which keeps what is scrolled within what the screen shows.

use ratatui::layout::{Position, Size};

use super::action::Action;
use super::app::{App, Focus, Hidden, Mode, Row, ToastKind};
use super::clipboard::{ClipboardError, Outcome};
use super::fit::fit;
use super::layout::Screen;
use super::{choosing, copying, examples, query_edit, related};

/// Work for the loop, outside the pure core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put `text` on the clipboard.
    Copy {
        text: String,
    },
    Quit,
    Suspend,
    /// Draw every cell again: the screen may hold what another program left.
    Redraw,
    /// Open `url` in a browser.
    Open {
        url: String,
    },
}

/// What `update` takes: something the user did, or news of an effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Action(Action),
    /// The copy asked for is on its way; its outcome comes later.
    CopyPending,
    /// The copy asked for has finished.
    CopyFinished(Result<Outcome, ClipboardError>),
    /// The toast with this id has been up long enough.
    ToastExpired(u64),
    /// The reference opened, in this program.
    Opened(String),
    /// Opening the reference failed: why.
    OpenFailed(String),
    /// Nothing here can open a URL: it is copied instead, under this name.
    CopyingInstead,
}

impl From<Action> for Message {
    fn from(action: Action) -> Self {
        Self::Action(action)
    }
}

/// A query longer than this is not a search anyone types; the rest is
/// ignored so a pasted novel cannot stall the UI.
pub const MAX_QUERY_CHARS: usize = 200;

/// Lines the wheel scrolls the detail pane per notch.
const WHEEL_LINES: isize = 3;

pub fn update(app: &mut App, message: impl Into<Message>) -> Option<Effect> {
    let effect = match message.into() {
        Message::Action(action) => act(app, action),
        Message::CopyPending => {
            let what = app.copying.clone().unwrap_or_default();
            app.show_toast(format!("Copying {what}…"), ToastKind::Progress);
            None
        }
        Message::CopyFinished(result) => {
            copying::report(app, result);
            None
        }
        Message::Opened(program) => {
            app.show_toast(format!("Opened the reference with {program}"), ToastKind::Info);
            None
        }
        Message::OpenFailed(why) => {
            app.show_toast(format!("Could not open the reference: {why}"), ToastKind::Error);
            None
        }
        Message::CopyingInstead => {
            app.copying = Some("the reference URL (nothing here opens a browser)".to_owned());
            None
        }
        Message::ToastExpired(id) => {
            if app.toast.as_ref().is_some_and(|toast| toast.id == id) {
                app.toast = None;
            }
            None
        }
    };
    fit(app);
    effect
}

fn act(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::MoveUp if app.mode == Mode::Related => related::move_cursor(app, -1),
        Action::MoveDown if app.mode == Mode::Related => related::move_cursor(app, 1),
        Action::Back if app.mode == Mode::Related => app.mode = Mode::Browse,
        Action::OpenRelated => related::open(app),
        Action::FollowRelated => related::follow_chosen(app),
        Action::HistoryBack => related::back(app),
        Action::HistoryForward => related::forward(app),
        Action::MoveUp if app.mode == Mode::Compare => choosing::scroll_compare(app, -1, 0),
        Action::MoveDown if app.mode == Mode::Compare => choosing::scroll_compare(app, 1, 0),
        Action::PageUp if app.mode == Mode::Compare => choosing::scroll_compare(app, 0, -1),
        Action::PageDown if app.mode == Mode::Compare => choosing::scroll_compare(app, 0, 1),
        Action::Back if matches!(app.mode, Mode::Compare | Mode::Guide) => app.mode = Mode::Browse,
        Action::Backspace if app.mode == Mode::Guide => choosing::guide_back(app),
        Action::MoveUp if app.mode == Mode::Guide => choosing::scroll_guide(app, -1),
        Action::MoveDown if app.mode == Mode::Guide => choosing::scroll_guide(app, 1),
        Action::Insert(c) if app.mode == Mode::Guide => choosing::answer(app, c),
        Action::ToggleMark => choosing::toggle_mark(app),
        Action::Compare => choosing::open_compare(app),
        Action::NextPreset => choosing::next_preset(app),
        Action::Guide => choosing::open_guide(app),
        Action::FollowAnswer => choosing::follow_answer(app),
        Action::MoveUp if app.mode == Mode::Help => scroll_help(app, -1),
        Action::MoveDown if app.mode == Mode::Help => scroll_help(app, 1),
        Action::PageUp if app.mode == Mode::Help => scroll_help(app, -help_page(app)),
        Action::PageDown if app.mode == Mode::Help => scroll_help(app, help_page(app)),
        Action::First if app.mode == Mode::Help => app.help_scroll = 0,
        Action::Last if app.mode == Mode::Help => app.help_scroll = usize::MAX,
        Action::MoveUp => move_selection(app, -1),
        Action::MoveDown => move_selection(app, 1),
        Action::PageUp
        | Action::PageDown
        | Action::HalfPageUp
        | Action::HalfPageDown
        | Action::First
        | Action::Last
            if app.focus == Focus::Detail =>
        {
            page_detail(app, action);
        }
        Action::PageUp => move_selection(app, -page(app)),
        Action::PageDown => move_selection(app, page(app)),
        Action::HalfPageUp => move_selection(app, -(page(app) / 2).max(1)),
        Action::HalfPageDown => move_selection(app, (page(app) / 2).max(1)),
        Action::First => move_selection(app, isize::MIN),
        Action::Last => move_selection(app, isize::MAX),
        Action::ToggleFocus => toggle_focus(app),
        Action::FocusDetail => app.focus = Focus::Detail,
        Action::ToggleZoom => toggle_zoom(app),
        Action::ToggleVendors => hide(app, |hidden| hidden.vendors = !hidden.vendors),
        Action::ToggleRetired => hide(app, |hidden| hidden.retired = !hidden.retired),
        Action::ShowExamples => examples::show(app),
        Action::Back => return back(app),
        Action::Redraw => return Some(Effect::Redraw),
        Action::ScrollDetailUp => scroll_detail(app, -1),
        Action::ScrollDetailDown => scroll_detail(app, 1),
        Action::NextExample => examples::step(app, 1),
        Action::PreviousExample => examples::step(app, -1),
        Action::CopyExample => return copying::example(app),
        Action::CopyStatusLine => return copying::status_line(app),
        Action::CopySpecUrl => return copying::spec_url(app),
        Action::OpenReference => return copying::open_reference(app),
        Action::StartSearch => app.mode = Mode::Search,
        Action::AcceptSearch => app.mode = Mode::Browse,
        Action::CancelSearch => cancel_search(app),
        Action::Backspace => edit_query(app, query_edit::delete_before),
        Action::ClearQuery => edit_query(app, query_edit::delete_to_start),
        Action::DeleteWord => edit_query(app, query_edit::delete_word_before),
        Action::CursorLeft => app.cursor_back = (app.cursor_back + 1).min(app.query.chars().count()),
        Action::CursorRight => app.cursor_back = app.cursor_back.saturating_sub(1),
        Action::CursorHome => app.cursor_back = app.query.chars().count(),
        Action::CursorEnd => app.cursor_back = 0,
        // A digit typed while browsing starts a new search for a code.
        Action::Insert(c) if app.mode == Mode::Browse => {
            app.mode = Mode::Search;
            app.set_query(c.to_string());
            app.refilter();
        }
        Action::Insert(c) => edit_query(app, |query, back| {
            let fits = !crate::inert::is_unsafe(c) && query.chars().count() < MAX_QUERY_CHARS;
            if fits {
                query_edit::insert(query, back, c);
            }
            fits
        }),
        Action::ToggleHelp => app.mode = if app.mode == Mode::Help { Mode::Browse } else { Mode::Help },
        Action::Resize(width, height) => app.size = Size::new(width, height),
        Action::Wheel { column, row, down } => wheel(app, Position::new(column, row), down),
        Action::Click { column, row } => click(app, Position::new(column, row)),
    }
    None
}

fn toggle_focus(app: &mut App) {
    app.focus = match app.focus {
        Focus::List => Focus::Detail,
        Focus::Detail => Focus::List,
    };
}

/// Esc while typing: the filter goes, the selected entry stays selected.
fn cancel_search(app: &mut App) {
    app.mode = Mode::Browse;
    if app.query.is_empty() {
        return;
    }
    refilter_keeping_selection(app, |app| app.set_query(String::new()));
}

/// `v` and `d`: hide or show a kind of entry; the selection stays on its
/// entry while that is still listed.
fn hide(app: &mut App, toggle: impl FnOnce(&mut Hidden)) {
    refilter_keeping_selection(app, |app| toggle(&mut app.hidden));
}

/// Changes what is listed with `change`, keeping the selected entry
/// selected if it is still listed.
fn refilter_keeping_selection(app: &mut App, change: impl FnOnce(&mut App)) {
    let keep = app.selected.and_then(|selected| app.hits.get(selected)).map(|hit| hit.entry);
    change(app);
    app.refilter();
    if let Some(entry) = keep {
        app.selected = app.hits.iter().position(|hit| hit.entry == entry).or(app.selected);
    }
}

/// Changes the query with `edit` at the cursor (given as the characters
/// after it), which says whether it changed anything; only a change runs
/// the search again.
fn edit_query(app: &mut App, edit: impl FnOnce(&mut String, usize) -> bool) {
    if edit(&mut app.query, app.cursor_back) {
        app.refilter();
    }
}

/// Rows the list shows at once, for paging.
fn page(app: &App) -> isize {
    match app.screen() {
        Screen::Panes(panes) => isize::try_from(panes.rows.height.max(1)).unwrap_or(1),
        Screen::TooSmall(_) => 1,
    }
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
}

/// Scrolls the detail; the fit step stops it at the last screenful.
fn scroll_detail(app: &mut App, delta: isize) {
    app.detail_scroll = app.detail_scroll.saturating_add_signed(delta);
}

/// Lines the help box shows at once, for paging it.
fn help_page(app: &App) -> isize {
    let (_, visible) = super::help::extent(&app.keymap, app.size);
    isize::try_from(visible.max(1)).unwrap_or(1)
}

/// Scrolls the help; the fit step stops it at its last screenful.
fn scroll_help(app: &mut App, delta: isize) {
    app.help_scroll = app.help_scroll.saturating_add_signed(delta);
}

/// `z`: the focused pane gets the whole screen, or gives it back. The
/// detail's lines rewrap at the new width; an example on screen before
/// stays on screen after.
fn toggle_zoom(app: &mut App) {
    let showing_example = examples::example_in_view(app);
    app.zoomed = !app.zoomed;
    app.reveal_example |= showing_example;
}

/// Esc while browsing goes back one level: the focused detail gives focus
/// back to the list, a kept filter is cleared (the selected entry stays
/// selected), and only with neither does the browser quit.
fn back(app: &mut App) -> Option<Effect> {
    if app.focus == Focus::Detail {
        app.focus = Focus::List;
    } else if !app.query.is_empty() {
        cancel_search(app);
    } else {
        return Some(Effect::Quit);
    }
    None
}

/// Paging and jumps while the detail has focus: they move the detail.
fn page_detail(app: &mut App, action: Action) {
    let height = match app.screen() {
        Screen::Panes(panes) => isize::try_from(panes.detail_inner.height.max(1)).unwrap_or(1),
        Screen::TooSmall(_) => 1,
    };
    match action {
        Action::PageDown => scroll_detail(app, height),
        Action::PageUp => scroll_detail(app, -height),
        Action::HalfPageDown => scroll_detail(app, (height / 2).max(1)),
        Action::HalfPageUp => scroll_detail(app, -(height / 2).max(1)),
        Action::First => app.detail_scroll = 0,
        _ => app.detail_scroll = usize::MAX,
    }
}

fn wheel(app: &mut App, at: Position, down: bool) {
    let lines = if down { WHEEL_LINES } else { -WHEEL_LINES };
    if app.mode == Mode::Help {
        return scroll_help(app, lines);
    }
    let Screen::Panes(panes) = app.screen() else {
        return;
    };
    if panes.list.contains(at) {
        move_selection(app, if down { 1 } else { -1 });
    } else if panes.detail.contains(at) {
        scroll_detail(app, lines);
    }
}

fn click(app: &mut App, at: Position) {
    let Screen::Panes(panes) = app.screen() else {
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
        if let Some(target) = related::clicked(app, at) {
            related::follow(app, target);
        }
    }
}
