//! The loop: draw, wait for input, turn it into actions, update, carry out
//! effects and report how they went back to `update`. It is generic over
//! ratatui's `Backend`, over where events come from, over the clipboard and
//! over the process around it, so tests run the real loop against a
//! `TestBackend`, a script and a recording clipboard.

use std::io;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event};
use thiserror::Error;

use super::app::{App, ToastKind};
use super::clipboard::{Clipboard, Started};
use super::input::translate;
use super::update::{Effect, Message, update};
use super::view;
use super::{opener, terminal};
use crate::present::theme::Theme;

/// How long a toast stays up.
const TOAST_FOR: Duration = Duration::from_secs(3);
/// How often a pending clipboard copy is checked on.
const CLIPBOARD_POLL: Duration = Duration::from_millis(50);
/// How long a wait for input goes before it looks whether the terminal is
/// still there: a terminal that went away without a SIGHUP makes every
/// read return nothing at once, and crossterm waits on it by spinning.
const HANGUP_CHECK: Duration = Duration::from_millis(500);

#[derive(Debug, Error)]
pub enum RunError {
    /// Taking the terminal over, handling signals, or suspending failed.
    #[error("cannot set up the terminal: {0}")]
    Terminal(#[source] io::Error),
    #[error("cannot draw to the terminal: {0}")]
    Draw(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("cannot read from the terminal: {0}")]
    Input(#[source] io::Error),
    /// The terminal went away (its window closed) without a SIGHUP.
    #[error("the terminal hung up")]
    HungUp,
}

impl RunError {
    fn from_input(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::UnexpectedEof { Self::HungUp } else { Self::Input(error) }
    }
}

/// Where events come from.
pub trait Events {
    /// The next event; `None` when `timeout` passed first. No timeout waits.
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>>;
}

/// The real terminal's events. End of input is a hangup, reported as
/// `UnexpectedEof`.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        let deadline = timeout.map(|timeout| Instant::now() + timeout);
        loop {
            if terminal::hung_up() {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the terminal hung up"));
            }
            let left = deadline.map(|deadline| deadline.saturating_duration_since(Instant::now()));
            let wait = left.map_or(HANGUP_CHECK, |left| left.min(HANGUP_CHECK));
            // A terminal that goes away while we wait fails the read (EIO)
            // before the next check sees the hangup: it is still a hangup.
            let hangup = |error: io::Error| {
                if terminal::hung_up() { io::Error::new(io::ErrorKind::UnexpectedEof, error) } else { error }
            };
            if event::poll(wait).map_err(hangup)? {
                return event::read().map(Some).map_err(hangup);
            }
            if left.is_some_and(|left| left <= wait) {
                return Ok(None);
            }
        }
    }
}

/// What the loop asks of the process around it.
pub trait Host {
    /// Stop until the user resumes (Ctrl-Z, then `fg`).
    fn suspend(&mut self) -> io::Result<()>;

    /// Open `url` in a browser: the name of what opened it, or `None` when
    /// nothing here can.
    fn open(&mut self, url: &str) -> io::Result<Option<String>>;
}

/// The real process: suspend with SIGTSTP.
pub struct Process;

impl Host for Process {
    fn suspend(&mut self) -> io::Result<()> {
        terminal::suspend()
    }

    fn open(&mut self, url: &str) -> io::Result<Option<String>> {
        let opener = opener::choose(url, std::env::consts::OS, |name| std::env::var(name).ok());
        if opener == opener::Opener::Nowhere {
            return Ok(None);
        }
        opener::run(&opener, terminal::hand_over).map(Some)
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
) -> Result<(), RunError>
where
    B::Error: Send + Sync + 'static,
{
    // The toast on screen and when it goes: time is the loop's business,
    // clearing it is `update`'s.
    let mut toast_due: Option<(u64, Instant)> = None;
    let mut resized = false;
    // A frame is drawn only when something may have changed: the first
    // one, after an update, after the screen was lost. Waiting on a copy or
    // a toast draws nothing.
    let mut changed = true;
    loop {
        // After any resize the terminal has reflowed or cleared its screen,
        // even when it ends at the size we last drew: only a full repaint
        // is right then.
        if terminal::take_resumed() || std::mem::take(&mut resized) {
            repaint_all(terminal)?;
            changed = true;
        }
        if std::mem::take(&mut changed) {
            let _frame = terminal::OUTPUT.lock();
            terminal.draw(|frame| view::draw(frame, app, theme)).map_err(draw_error::<B>)?;
        }
        let mut timeout = toast_due.map(|(_, due)| due.saturating_duration_since(Instant::now()));
        if clipboard.is_pending() {
            timeout = Some(timeout.map_or(CLIPBOARD_POLL, |t| t.min(CLIPBOARD_POLL)));
        }
        // Take everything already queued before drawing again, so a burst
        // of resizes or fast typing costs one frame.
        let mut next = events.next(timeout).map_err(RunError::from_input)?;
        while let Some(event) = next {
            resized |= matches!(event, Event::Resize(..));
            if let Some(action) = translate(&event, app) {
                changed = true;
                match update(app, action) {
                    Some(Effect::Quit) => return Ok(()),
                    Some(Effect::Suspend) => {
                        host.suspend().map_err(RunError::Terminal)?;
                        repaint_all(terminal)?;
                    }
                    Some(Effect::Redraw) => repaint_all(terminal)?,
                    Some(Effect::Copy { text }) => start_copy(app, clipboard, &text),
                    Some(Effect::Open { url }) => {
                        match host.open(&url) {
                            Ok(Some(program)) => update(app, Message::Opened(program)),
                            Ok(None) => {
                                update(app, Message::CopyingInstead);
                                start_copy(app, clipboard, &url);
                                None
                            }
                            Err(error) => update(app, Message::OpenFailed(error.to_string())),
                        };
                        repaint_all(terminal)?;
                    }
                    None => {}
                }
            }
            next = events.next(Some(Duration::ZERO)).map_err(RunError::from_input)?;
        }
        if let Some(result) = clipboard.poll() {
            update(app, Message::CopyFinished(result));
            changed = true;
        }
        let expired;
        (toast_due, expired) = time_toast(app, toast_due);
        changed |= expired;
    }
}

/// Hands `text` to the clipboard and tells the core how that is going.
fn start_copy(app: &mut App, clipboard: &mut impl Clipboard, text: &str) {
    let news = match clipboard.copy(text) {
        Started::Done(result) => Message::CopyFinished(result),
        Started::Pending => Message::CopyPending,
    };
    update(app, news);
}

/// When the toast on screen goes: each toast gets its own time from when
/// it first shows; one that reports progress stays until it is replaced.
/// Once its time is up, `update` is told and clears it; the second value
/// says whether that happened.
fn time_toast(app: &mut App, due: Option<(u64, Instant)>) -> (Option<(u64, Instant)>, bool) {
    let Some(toast) = app.toast().filter(|toast| toast.kind != ToastKind::Progress) else {
        return (None, false);
    };
    let now = Instant::now();
    match due {
        Some((id, at)) if id == toast.id && now >= at => {
            update(app, Message::ToastExpired(id));
            (None, true)
        }
        Some((id, at)) if id == toast.id => (Some((id, at)), false),
        _ => (Some((toast.id, now + TOAST_FOR)), false),
    }
}

/// A frame that cannot be written. When the terminal has gone away (the
/// write failed with EIO), that is the hangup, not a drawing error.
fn draw_error<B: Backend>(error: B::Error) -> RunError
where
    B::Error: Send + Sync + 'static,
{
    if terminal::hung_up() { RunError::HungUp } else { RunError::Draw(Box::new(error)) }
}

/// Forgets what the screen shows, so the next frame draws every cell: after
/// a stop the terminal's screen is not ours any more. `Terminal::clear`
/// would ask the terminal for the cursor position, a query a bare pty never
/// answers; a resize to the current size clears without asking.
fn repaint_all<B: Backend>(terminal: &mut Terminal<B>) -> Result<(), RunError>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(draw_error::<B>)?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height)).map_err(draw_error::<B>)
}
