//! Getting text to the user's clipboard, honestly.
//!
//! Two ways: the system clipboard (arboard), and OSC 52, which asks the
//! terminal to set it and is the only way over SSH. OSC 52 cannot be
//! confirmed, so it is reported as "sent", never "copied". The UI never
//! waits on a system copy: its result arrives later through
//! [`Clipboard::poll`].

#[cfg(target_os = "linux")]
mod helper;
#[cfg(not(target_os = "linux"))]
mod in_process;
pub mod osc52;
#[cfg(any(test, feature = "test-support"))]
mod recording;
mod routed;

use std::time::Duration;

use thiserror::Error;

#[cfg(target_os = "linux")]
use helper as system;
#[cfg(not(target_os = "linux"))]
use in_process as system;
#[cfg(any(test, feature = "test-support"))]
pub use recording::Recording;
pub use routed::RoutedClipboard;

/// Where copies actually go, decided once at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    System,
    Osc52,
}

/// Where copies go, and whether a failing system clipboard may fall back
/// to OSC 52 (only when the user left the choice to statusbrowse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routing {
    pub route: Route,
    pub fallback: bool,
}

/// What became of a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The system clipboard holds the text.
    Copied,
    /// The terminal was asked to set its clipboard (OSC 52).
    Sent,
    /// The system clipboard failed with this; OSC 52 was sent instead.
    SentInstead(ClipboardError),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ClipboardError {
    /// The worker thread or the helper process said what went wrong; the
    /// message crosses a process boundary, so it travels as text.
    #[error("the system clipboard failed: {0}")]
    System(String),
    #[error("the system clipboard did not answer within {} s", .0.as_secs())]
    Timeout(Duration),
    #[error("could not write to the terminal: {0}")]
    Terminal(String),
    /// Terminals drop an OSC 52 sequence this long without a word.
    #[error("{} KB is too much for OSC 52, which terminals cap near {} KB", .bytes / 1000, .limit / 1000)]
    TooLargeForOsc52 { bytes: usize, limit: usize },
}

/// A copy that is either finished or still on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    Done(Result<Outcome, ClipboardError>),
    Pending,
}

/// Anything the browser can copy to; the loop only knows this.
pub trait Clipboard {
    fn copy(&mut self, text: &str) -> Started;
    /// The result of a pending copy, once it is known.
    fn poll(&mut self) -> Option<Result<Outcome, ClipboardError>>;
    fn is_pending(&self) -> bool;
}

/// The argument statusbrowse is started with to be the clipboard helper.
pub const SERVE_ARG: &str = "--clipboard-serve";

/// Entry point of the helper process (`statusbrowse --clipboard-serve`).
pub fn serve() -> i32 {
    system::serve()
}
