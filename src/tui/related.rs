//! Following related codes: `r` opens a picker of the selected entry's
//! related codes, Enter goes to one, and Backspace / Ctrl-o and Ctrl-i go
//! back and forward through what was followed, as a browser's history
//! does. A click on a related code in the detail follows it too.

use super::app::{App, Mode, ToastKind};
use super::hidden::Hidden;
use super::layout::Screen;
use ratatui::layout::Position;

/// `r`: the picker, when there is something to pick.
pub(super) fn open(app: &mut App) {
    if app.related_entries().is_empty() {
        let name = app.selected_entry().map_or_else(|| "Nothing".to_owned(), |entry| entry.status_line());
        app.show_toast(format!("{name} names no related code"), ToastKind::Info);
        return;
    }
    app.related_cursor = 0;
    app.mode = Mode::Related;
}

/// Moves the picker's cursor, stopping at both ends.
pub(super) fn move_cursor(app: &mut App, delta: isize) {
    let last = app.related_entries().len().saturating_sub(1);
    app.related_cursor = app.related_cursor.saturating_add_signed(delta).min(last);
}

/// Enter in the picker: go to the entry under the cursor.
pub(super) fn follow_chosen(app: &mut App) {
    app.mode = Mode::Browse;
    if let Some(target) = app.related_entries().get(app.related_cursor).copied() {
        follow(app, target);
    }
}

/// Goes to the catalog entry at `target`, remembering where it came from.
pub(super) fn follow(app: &mut App, target: usize) {
    if let Some(current) = current(app) {
        app.back.push(current);
    }
    app.forward.clear();
    go_to(app, target);
}

/// Backspace or Ctrl-o: the entry followed from last.
pub(super) fn back(app: &mut App) {
    step(app, true);
}

/// Ctrl-i: the entry gone back from last.
pub(super) fn forward(app: &mut App) {
    step(app, false);
}

fn step(app: &mut App, backwards: bool) {
    let current = current(app);
    let (from, to) = if backwards { (&mut app.back, &mut app.forward) } else { (&mut app.forward, &mut app.back) };
    let Some(target) = from.pop() else {
        let word = if backwards { "back to" } else { "forward to" };
        app.show_toast(format!("Nothing to go {word}: r follows a related code"), ToastKind::Info);
        return;
    };
    to.extend(current);
    go_to(app, target);
}

fn current(app: &App) -> Option<usize> {
    app.selected.and_then(|selected| app.hits.get(selected)).map(|hit| hit.entry)
}

/// Selects the catalog entry at `target`; a filter that hides it is
/// cleared first, so a related code is never out of reach.
fn go_to(app: &mut App, target: usize) {
    if !app.hits.iter().any(|hit| hit.entry == target) {
        app.set_query(String::new());
        app.hidden = Hidden::default();
        app.refilter();
    }
    if let Some(position) = app.hits.iter().position(|hit| hit.entry == target) {
        app.selected = Some(position);
        app.reset_detail();
    }
}

/// The related code a click at `at` landed on in the detail pane, as a
/// catalog position: a three-digit number under the pointer that the
/// entry names as related.
pub(super) fn clicked(app: &App, at: Position) -> Option<usize> {
    let Screen::Panes(panes) = app.screen() else {
        return None;
    };
    let inner = panes.detail_inner;
    if !inner.contains(at) {
        return None;
    }
    let shape = app.detail_shape(inner.width)?;
    let line = shape.lines.get(app.detail_scroll + usize::from(at.y - inner.y))?.to_string();
    let column = usize::from(at.x - inner.x);
    let chars: Vec<char> = line.chars().collect();
    let digit = |index: usize| chars.get(index).is_some_and(char::is_ascii_digit);
    if !digit(column) {
        return None;
    }
    let start = (0..=column).rev().take_while(|index| digit(*index)).last()?;
    let end = (column..chars.len()).take_while(|index| digit(*index)).last()? + 1;
    let code: u16 = chars[start..end].iter().collect::<String>().parse().ok().filter(|_| end - start == 3)?;
    let entry = app.selected_entry()?;
    if !entry.related_codes.contains(&code) {
        return None;
    }
    app.related_entries().into_iter().find(|at| app.catalog().entries()[*at].code == code)
}
