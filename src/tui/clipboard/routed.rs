//! The browser's clipboard: each copy goes where the routing says, system
//! copies on a worker thread with a deadline, and a failing system
//! clipboard falls back to OSC 52 when the user left the choice to us.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use super::{Clipboard, ClipboardError, Outcome, Route, Routing, Started, osc52, system};

/// How long a system copy may take before the UI gives up on it.
const SYSTEM_TIMEOUT: Duration = Duration::from_secs(5);

/// A result from the worker thread, tagged with the copy it belongs to.
type Report = (u64, Result<(), String>);

/// A route, a terminal to send OSC 52 to, and the channel that brings back
/// system results.
pub struct RoutedClipboard<W: Write> {
    routing: Routing,
    terminal: W,
    results: Receiver<Report>,
    sender: Sender<Report>,
    /// The copy we wait for, its text (for a fallback) and its deadline;
    /// results of older copies are ignored.
    pending: Option<(u64, String, Instant)>,
    serial: u64,
}

impl<W: Write> RoutedClipboard<W> {
    pub fn new(routing: Routing, terminal: W) -> Self {
        let (sender, results) = mpsc::channel();
        Self { routing, terminal, results, sender, pending: None, serial: 0 }
    }

    fn send_osc52(&mut self, text: &str) -> Result<(), ClipboardError> {
        let bytes = osc52::sequence_len(text);
        if bytes > osc52::MAX_SEQUENCE_BYTES {
            return Err(ClipboardError::TooLargeForOsc52 { bytes, limit: osc52::MAX_SEQUENCE_BYTES });
        }
        osc52::write(&mut self.terminal, text).map_err(|error| ClipboardError::Terminal(error.to_string()))
    }

    fn fall_back(&mut self, text: &str, error: ClipboardError) -> Result<Outcome, ClipboardError> {
        if !self.routing.fallback {
            return Err(error);
        }
        self.send_osc52(text)?;
        Ok(Outcome::SentInstead(error))
    }
}

impl<W: Write> Clipboard for RoutedClipboard<W> {
    fn copy(&mut self, text: &str) -> Started {
        match self.routing.route {
            Route::Osc52 => Started::Done(self.send_osc52(text).map(|()| Outcome::Sent)),
            Route::System => {
                self.serial += 1;
                let serial = self.serial;
                let sender = self.sender.clone();
                let owned = text.to_owned();
                let spawned = std::thread::Builder::new().name("clipboard".into()).spawn(move || {
                    system::copy(&owned, |result| {
                        // The UI may have quit already; nobody to tell then.
                        let _ = sender.send((serial, result));
                    });
                });
                match spawned {
                    Ok(_) => {
                        self.pending = Some((serial, text.to_owned(), Instant::now() + SYSTEM_TIMEOUT));
                        Started::Pending
                    }
                    Err(error) => Started::Done(self.fall_back(text, ClipboardError::System(error.to_string()))),
                }
            }
        }
    }

    fn poll(&mut self) -> Option<Result<Outcome, ClipboardError>> {
        let (serial, _, deadline) = self.pending.as_ref()?;
        let (serial, deadline) = (*serial, *deadline);
        while let Ok((done, result)) = self.results.try_recv() {
            if done != serial {
                continue;
            }
            let (_, text, _) = self.pending.take()?;
            return Some(match result {
                Ok(()) => Ok(Outcome::Copied),
                Err(reason) => self.fall_back(&text, ClipboardError::System(reason)),
            });
        }
        if Instant::now() >= deadline {
            let (_, text, _) = self.pending.take()?;
            return Some(self.fall_back(&text, ClipboardError::Timeout(SYSTEM_TIMEOUT)));
        }
        None
    }

    fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_route_reports_sent_not_copied() {
        let mut clipboard = RoutedClipboard::new(Routing { route: Route::Osc52, fallback: false }, Vec::new());
        assert_eq!(clipboard.copy("x"), Started::Done(Ok(Outcome::Sent)));
        assert_eq!(clipboard.terminal, b"\x1b]52;c;eA==\x07");
        assert!(!clipboard.is_pending());
    }

    #[test]
    fn a_text_terminals_would_drop_is_refused_not_sent() {
        let mut clipboard = RoutedClipboard::new(Routing { route: Route::Osc52, fallback: false }, Vec::new());
        let fits = "x".repeat(74_000);
        assert_eq!(clipboard.copy(&fits), Started::Done(Ok(Outcome::Sent)));
        clipboard.terminal.clear();
        let large = "x".repeat(80_000);
        let Started::Done(Err(error)) = clipboard.copy(&large) else { panic!("a 107 KB sequence was sent") };
        assert_eq!(error, ClipboardError::TooLargeForOsc52 { bytes: 106_676, limit: 100_000 });
        assert_eq!(error.to_string(), "106 KB is too much for OSC 52, which terminals cap near 100 KB");
        assert!(clipboard.terminal.is_empty(), "nothing reached the terminal");
    }
}
