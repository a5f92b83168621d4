//! The loop: draw, wait for input, turn it into actions, update, carry out
//! effects. It is generic over ratatui's `Backend` and over where events come
//! from, so tests run the real loop against a `TestBackend` and a script.

use std::io;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event};
use thiserror::Error;

use super::app::{App, ToastKind};
use super::clipboard::{Clipboard, ClipboardError, Outcome, Started};
use super::input::translate;
use super::terminal;
use super::update::{Effect, update};
use super::view::{self, theme::Theme};

/// How long a toast stays up.
pub const TOAST_FOR: Duration = Duration::from_secs(3);
/// How often a pending clipboard copy is checked on.
const CLIPBOARD_POLL: Duration = Duration::from_millis(50);

#[derive(Debug, Error)]
pub enum RunError {
    #[error("cannot draw to the terminal: {0}")]
    Draw(String),
    #[error("cannot read from the terminal: {0}")]
    Input(#[from] io::Error),
}

/// Where events come from.
pub trait Events {
    /// The next event; `None` when `timeout` passed first. No timeout waits.
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>>;
}

/// The real terminal's events.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        match timeout {
            Some(timeout) if !event::poll(timeout)? => Ok(None),
            _ => event::read().map(Some),
        }
    }
}

/// What the loop asks of the process around it.
pub trait Host {
    /// Stop until the user resumes (Ctrl-Z, then `fg`).
    fn suspend(&mut self) -> io::Result<()>;
}

/// The real process: suspend with SIGTSTP.
pub struct Process;

impl Host for Process {
    fn suspend(&mut self) -> io::Result<()> {
        terminal::suspend()
    }
}

/// Runs until the user quits.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    events: &mut impl Events,
    clipboard: &mut impl Clipboard,
    host: &mut impl Host,
) -> Result<(), RunError> {
    let mut toast_until: Option<Instant> = None;
    let mut toast_seen = app.toast_serial;
    let mut copying: Option<String> = None;
    let mut resized = false;
    loop {
        // After any resize the terminal has reflowed or cleared its screen,
        // even when it ends at the size we last drew: only a full repaint
        // is right then.
        if terminal::take_resumed() || std::mem::take(&mut resized) {
            repaint_all(terminal)?;
        }
        {
            let _frame = terminal::OUTPUT.lock();
            terminal.draw(|frame| view::draw(frame, app, theme)).map_err(|error| RunError::Draw(error.to_string()))?;
        }
        let now = Instant::now();
        let mut timeout = toast_until.map(|until| until.saturating_duration_since(now));
        if clipboard.is_pending() {
            timeout = Some(timeout.map_or(CLIPBOARD_POLL, |t| t.min(CLIPBOARD_POLL)));
        }
        // Take everything already queued before drawing again, so a burst
        // of resizes or fast typing costs one frame.
        let mut next = events.next(timeout)?;
        while let Some(event) = next {
            resized |= matches!(event, Event::Resize(..));
            if let Some(action) = translate(&event, app) {
                match update(app, action) {
                    Some(Effect::Quit) => return Ok(()),
                    Some(Effect::Suspend) => {
                        host.suspend()?;
                        repaint_all(terminal)?;
                    }
                    Some(Effect::Copy { text, what }) => match clipboard.copy(&text) {
                        Started::Done(result) => report(app, &what, result),
                        Started::Pending => {
                            app.show_toast(format!("Copying {what}…"), ToastKind::Info);
                            copying = Some(what);
                        }
                    },
                    None => {}
                }
            }
            next = events.next(Some(Duration::ZERO))?;
        }
        if let Some(result) = clipboard.poll() {
            let what = copying.take().unwrap_or_else(|| "the text".to_owned());
            report(app, &what, result);
        }
        if app.toast_serial != toast_seen {
            toast_seen = app.toast_serial;
            toast_until = Some(Instant::now() + TOAST_FOR);
        } else if toast_until.is_some_and(|until| Instant::now() >= until) && !clipboard.is_pending() {
            app.toast = None;
            toast_until = None;
        }
    }
}

/// Forgets what the screen shows, so the next frame draws every cell: after
/// a stop the terminal's screen is not ours any more. `Terminal::clear`
/// would ask the terminal for the cursor position, a query a bare pty never
/// answers; a resize to the current size clears without asking.
fn repaint_all<B: Backend>(terminal: &mut Terminal<B>) -> Result<(), RunError> {
    let draw_error = |error: B::Error| RunError::Draw(error.to_string());
    let size = terminal.size().map_err(draw_error)?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height)).map_err(draw_error)
}

/// The toast for a finished copy: "copied" only when it is known to be.
fn report(app: &mut App, what: &str, result: Result<Outcome, ClipboardError>) {
    match result {
        Ok(Outcome::Copied) => app.show_toast(format!("Copied {what} to the clipboard"), ToastKind::Info),
        Ok(Outcome::Sent) => app.show_toast(format!("Sent {what} via OSC 52 (terminal clipboard)"), ToastKind::Info),
        Ok(Outcome::SentInstead(reason)) => {
            app.show_toast(format!("Sent {what} via OSC 52 instead: {reason}"), ToastKind::Info)
        }
        Err(error) => app.show_toast(format!("Could not copy {what}: {error}"), ToastKind::Error),
    }
}
