//! Choosing a code in the browser: `m` marks codes and `=` lays them side
//! by side (or the preset group the selected code is in; `p` steps through
//! the presets), `w` asks the guide's questions one at a time, and Enter
//! on its answer goes to that code.

use std::rc::Rc;

use ratatui::layout::Size;

use super::app::{App, Mode, ToastKind};
use super::layout;
use crate::compare::{self, Compare, render};
use crate::guide::{Step, Tree};

/// `m`: marks the selected code for comparing, or unmarks it.
pub(super) fn toggle_mark(app: &mut App) {
    let Some(code) = app.selected_entry().map(|entry| entry.code) else { return };
    if let Some(at) = app.marked.iter().position(|marked| *marked == code) {
        app.marked.remove(at);
        app.show_toast(format!("Unmarked {code:03}; {} marked", app.marked.len()), ToastKind::Info);
    } else {
        app.marked.push(code);
        let hint = if app.marked.len() >= 2 { "= compares them" } else { "mark another, then =" };
        app.show_toast(format!("Marked {code:03}: {} marked, {hint}", app.marked.len()), ToastKind::Info);
    }
}

fn data(app: &mut App) -> Option<Rc<Compare>> {
    if app.compare_data.is_none() {
        match compare::data::all() {
            Ok(data) => app.compare_data = Some(Rc::new(data)),
            Err(error) => app.show_toast(error.to_string(), ToastKind::Error),
        }
    }
    app.compare_data.clone()
}

/// `=`: the marked codes side by side; with fewer than two marked, the
/// preset the selected code belongs to.
pub(super) fn open_compare(app: &mut App) {
    let Some(data) = data(app) else { return };
    let codes = if app.marked.len() >= 2 {
        app.marked.clone()
    } else {
        let code = app.selected_entry().map(|entry| entry.code);
        match data.preset.values().find(|codes| code.is_some_and(|code| codes.contains(&code))) {
            Some(codes) => codes.clone(),
            None => {
                app.show_toast("Mark two codes or more with m, then = compares them", ToastKind::Info);
                return;
            }
        }
    };
    app.comparing = codes;
    app.compare_scroll = 0;
    app.mode = Mode::Compare;
}

/// `p` in the grid: the next preset group.
pub(super) fn next_preset(app: &mut App) {
    let Some(data) = data(app) else { return };
    let presets: Vec<&Vec<u16>> = data.preset.values().collect();
    let at = presets.iter().position(|codes| **codes == app.comparing).map_or(0, |at| (at + 1) % presets.len());
    if let Some(codes) = presets.get(at) {
        app.comparing = (*codes).clone();
        app.compare_scroll = 0;
    }
}

/// The grid's lines for the overlay at this screen size.
pub fn compare_lines(app: &App, size: Size) -> Vec<String> {
    let Some(data) = &app.compare_data else { return Vec::new() };
    let grid = compare::build(&app.comparing, app.catalog(), data);
    render::lines(&grid, usize::from(layout::wide_overlay_text_width(size)))
}

/// The name of the preset being shown, if it is one.
pub fn preset_name(app: &App) -> Option<&str> {
    let data = app.compare_data.as_ref()?;
    data.preset.iter().find(|(_, codes)| **codes == app.comparing).map(|(name, _)| name.as_str())
}

/// Scrolls the grid by `lines` and `pages` (a page: what the box shows),
/// as far as its last screenful; the grid is laid out once for both.
pub(super) fn scroll_compare(app: &mut App, lines: isize, pages: isize) {
    let count = compare_lines(app, app.size).len();
    let visible = usize::from(layout::wide_overlay(app.size, count).height.saturating_sub(2));
    let page = isize::try_from(visible.max(1)).unwrap_or(1);
    let delta = lines.saturating_add(pages.saturating_mul(page));
    app.compare_scroll = app.compare_scroll.saturating_add_signed(delta).min(count.saturating_sub(visible));
}

fn tree(app: &mut App) -> Option<Rc<Tree>> {
    if app.guide_tree.is_none() {
        match Tree::builtin() {
            Ok(tree) => app.guide_tree = Some(Rc::new(tree)),
            Err(error) => app.show_toast(error.to_string(), ToastKind::Error),
        }
    }
    app.guide_tree.clone()
}

/// `w`: the guide, from its first question.
pub(super) fn open_guide(app: &mut App) {
    if tree(app).is_some() {
        app.guide.chosen.clear();
        app.guide_scroll = 0;
        app.mode = Mode::Guide;
    }
}

/// A digit in the guide: that answer.
pub(super) fn answer(app: &mut App, digit: char) {
    let Some(tree) = tree(app) else { return };
    let Some(number) = digit.to_digit(10) else { return };
    match app.guide.answer(&tree, number as usize) {
        Ok(()) => app.guide_scroll = 0,
        Err(why) => app.show_toast(why.to_string(), ToastKind::Info),
    }
}

/// ↓ ↑ in the guide: an answer longer than the box scrolls, as far as
/// its last screenful.
pub(super) fn scroll_guide(app: &mut App, delta: isize) {
    let count = guide_box_lines(app, app.size).len();
    let visible = usize::from(layout::guide_overlay(app.size, count).height.saturating_sub(2));
    app.guide_scroll = app.guide_scroll.saturating_add_signed(delta).min(count.saturating_sub(visible));
}

/// The guide's lines wrapped for its box, continuations indented.
pub fn guide_box_lines(app: &App, size: Size) -> Vec<String> {
    crate::guide::text::wrap(&guide_lines(app), usize::from(layout::guide_text_width(size)))
}

/// Backspace in the guide: one question back; at the first, close it.
pub(super) fn guide_back(app: &mut App) {
    if app.guide.chosen.is_empty() {
        app.mode = Mode::Browse;
    } else {
        app.guide.back();
        app.guide_scroll = 0;
    }
}

/// Enter on the guide's answer: close it and go to that code.
pub(super) fn follow_answer(app: &mut App) {
    let Some(tree) = tree(app) else { return };
    let Ok(Step::Answered(answer)) = app.guide.step(&tree) else { return };
    let Some(code) = answer.code else { return };
    let Some(target) = app.catalog().entries().iter().position(|entry| entry.code == code) else { return };
    app.mode = Mode::Browse;
    // Clears a filter or a hidden kind that leaves the code out.
    super::related::follow(app, target);
}

/// The guide's lines as the overlay shows them.
pub fn guide_lines(app: &App) -> Vec<String> {
    let Some(tree) = &app.guide_tree else { return Vec::new() };
    let mut lines = Vec::new();
    match app.guide.step(tree) {
        Ok(Step::Asking(question)) => {
            // The way so far, while there is room for it; the answer needs
            // the whole box.
            for (asked, answered) in app.guide.trail(tree) {
                lines.push(format!("{} → {}", asked.text, answered.text));
            }
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(crate::guide::text::question(question, app.guide.chosen.len() + 1));
        }
        Ok(Step::Answered(answer)) => lines.extend(crate::guide::text::answer(answer, app.catalog())),
        Err(error) => lines.push(error.to_string()),
    }
    lines
}
