//! What `y`, `c` and `Y` copy and `o` opens, and the toast that says how a
//! copy went. The copy and the opening are the loop's: these return them
//! as an [`Effect`].

use super::app::{App, ToastKind};
use super::clipboard::{ClipboardError, Outcome};
use super::update::Effect;

fn nothing_selected(app: &mut App) -> Option<Effect> {
    app.show_toast("Nothing selected: the filter matches no code", ToastKind::Error);
    None
}

/// Asks the loop to copy `text`; `what` names it in the toast that says
/// how the copy went.
fn copy(app: &mut App, text: String, what: String) -> Option<Effect> {
    app.copying = Some(what);
    Some(Effect::Copy { text })
}

pub(super) fn example(app: &mut App) -> Option<Effect> {
    let Some(entry) = app.selected_entry() else {
        return nothing_selected(app);
    };
    let Some(example) = entry.examples.get(app.example_index) else {
        let message = format!("{} has no example to copy", entry.status_line());
        app.show_toast(message, ToastKind::Error);
        return None;
    };
    let count = entry.examples.len();
    let what = if count > 1 {
        format!("{} example {}/{count}", entry.code_str(), app.example_index + 1)
    } else {
        format!("{} example", entry.code_str())
    };
    let text = example.text.to_string();
    copy(app, text, what)
}

pub(super) fn status_line(app: &mut App) -> Option<Effect> {
    let Some(line) = app.selected_entry().map(|entry| entry.status_line()) else {
        return nothing_selected(app);
    };
    let what = format!("\"{line}\"");
    copy(app, line, what)
}

pub(super) fn spec_url(app: &mut App) -> Option<Effect> {
    let (url, code) = selected_spec_url(app, "spec to link to")?;
    copy(app, url, format!("the {code} spec URL"))
}

/// `o`: the entry's reference, for the loop to open.
pub(super) fn open_reference(app: &mut App) -> Option<Effect> {
    let (url, _) = selected_spec_url(app, "reference to open yet")?;
    Some(Effect::Open { url })
}

/// The selected entry's spec URL and its code; with none, a toast saying
/// the entry has no `missing` (or that nothing is selected).
fn selected_spec_url(app: &mut App, missing: &str) -> Option<(String, String)> {
    let Some(entry) = app.selected_entry() else {
        nothing_selected(app);
        return None;
    };
    match &entry.spec {
        Some(spec) => Some((spec.url.to_string(), entry.code_str())),
        None => {
            let message = format!("{} has no {missing}", entry.status_line());
            app.show_toast(message, ToastKind::Error);
            None
        }
    }
}

/// The toast for a finished copy: "copied" only when it is known to be.
pub(super) fn report(app: &mut App, result: Result<Outcome, ClipboardError>) {
    let what = app.copying.take().unwrap_or_else(|| "the text".to_owned());
    match result {
        Ok(Outcome::Copied) => app.show_toast(format!("Copied {what} to the clipboard"), ToastKind::Info),
        Ok(Outcome::Sent) => app.show_toast(format!("Sent {what} via OSC 52 (terminal clipboard)"), ToastKind::Info),
        Ok(Outcome::SentInstead(reason)) => {
            app.show_toast(format!("Sent {what} via OSC 52 instead: {reason}"), ToastKind::Info)
        }
        Err(error) => app.show_toast(format!("Could not copy {what}: {error}"), ToastKind::Error),
    }
}
