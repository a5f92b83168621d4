//! Getting text to the user's clipboard, honestly.
//!
//! Two ways: the system clipboard (arboard), and OSC 52, which asks the
//! terminal to set it and is the only way over SSH. OSC 52 cannot be
//! confirmed, so it is reported as "sent", never "copied".
//!
//! On X11 and Wayland the process that copies must keep serving the text,
//! or it vanishes when statusbrowse exits. So on Linux the copy is handed to
//! a detached helper (this same binary, `--clipboard-serve`) that serves the
//! selection until another program takes it. The UI never waits on it: the
//! result arrives later through [`Clipboard::poll`].

use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use thiserror::Error;

/// Which clipboard to use, as the user asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    /// The system clipboard where a display is reachable, OSC 52 otherwise.
    #[default]
    Auto,
    System,
    Osc52,
}

/// Where copies actually go, decided once at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    System,
    Osc52,
}

/// Picks the route from the user's choice and the environment: over SSH,
/// or on Linux with neither `DISPLAY` nor `WAYLAND_DISPLAY`, only the
/// terminal can reach the user's clipboard.
pub fn route(choice: Choice, env: impl Fn(&str) -> Option<String>) -> Route {
    let set = |name: &str| env(name).is_some_and(|value| !value.is_empty());
    match choice {
        Choice::System => Route::System,
        Choice::Osc52 => Route::Osc52,
        Choice::Auto if set("SSH_CONNECTION") || set("SSH_TTY") => Route::Osc52,
        Choice::Auto if cfg!(target_os = "linux") && !set("DISPLAY") && !set("WAYLAND_DISPLAY") => Route::Osc52,
        Choice::Auto => Route::System,
    }
}

/// What became of a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The system clipboard holds the text.
    Copied,
    /// The terminal was asked to set its clipboard (OSC 52).
    Sent,
    /// The system clipboard failed for this reason; OSC 52 was sent instead.
    SentInstead(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ClipboardError {
    #[error("the system clipboard failed: {0}")]
    System(String),
    #[error("the system clipboard did not answer within {} s", .0.as_secs())]
    Timeout(Duration),
    #[error("could not write to the terminal: {0}")]
    Terminal(String),
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

/// `ESC ] 52 ; c ; <base64> BEL`: set the clipboard selection. BEL rather
/// than ST because more terminals (and tmux) accept it.
pub fn write_osc52(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "\x1b]52;c;{}\x07", STANDARD.encode(text))?;
    out.flush()
}

/// How long a system copy may take before the UI gives up on it.
const SYSTEM_TIMEOUT: Duration = Duration::from_secs(5);

/// The real clipboard: a route, a terminal to send OSC 52 to, and the
/// channel that brings back system results.
pub struct Live<W: Write> {
    route: Route,
    /// Whether a failing system clipboard may fall back to OSC 52.
    fallback: bool,
    terminal: W,
    results: Receiver<(u64, Result<(), String>)>,
    sender: Sender<(u64, Result<(), String>)>,
    /// The copy we wait for, its text (for a fallback) and its deadline;
    /// results of older copies are ignored.
    pending: Option<(u64, String, Instant)>,
    serial: u64,
}

impl<W: Write> Live<W> {
    pub fn new(choice: Choice, route: Route, terminal: W) -> Self {
        let (sender, results) = mpsc::channel();
        Self { route, fallback: choice == Choice::Auto, terminal, results, sender, pending: None, serial: 0 }
    }

    fn send_osc52(&mut self, text: &str) -> Result<(), ClipboardError> {
        write_osc52(&mut self.terminal, text).map_err(|error| ClipboardError::Terminal(error.to_string()))
    }

    fn fall_back(&mut self, text: &str, error: ClipboardError) -> Result<Outcome, ClipboardError> {
        if !self.fallback {
            return Err(error);
        }
        self.send_osc52(text)?;
        Ok(Outcome::SentInstead(error.to_string()))
    }
}

impl<W: Write> Clipboard for Live<W> {
    fn copy(&mut self, text: &str) -> Started {
        match self.route {
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

/// Keeps every copy, for tests: the text that would have reached the user.
#[derive(Debug, Default)]
pub struct Recording {
    pub copies: Vec<String>,
}

impl Clipboard for Recording {
    fn copy(&mut self, text: &str) -> Started {
        self.copies.push(text.to_owned());
        Started::Done(Ok(Outcome::Copied))
    }

    fn poll(&mut self) -> Option<Result<Outcome, ClipboardError>> {
        None
    }

    fn is_pending(&self) -> bool {
        false
    }
}

#[cfg(target_os = "linux")]
mod system {
    //! X11 and Wayland: a detached helper serves the selection.

    use std::io::{BufRead, BufReader, Read, Write};
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    /// How long the helper may take to own the clipboard; the UI's own
    /// limit is longer, so this message is the one users see.
    const HELPER_TIMEOUT: Duration = Duration::from_secs(4);

    /// Hands `text` to a new helper process, reports once it owns the
    /// clipboard, then (still on this worker thread) reaps the helper when
    /// it stops serving, so no zombie is left behind.
    pub fn copy(text: &str, report: impl FnOnce(Result<(), String>)) {
        let exe = match std::env::current_exe() {
            Ok(exe) => exe,
            Err(error) => return report(Err(format!("cannot find statusbrowse itself: {error}"))),
        };
        let spawned = Command::new(exe)
            .arg("--clipboard-serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            // Its own process group: Ctrl-C and the terminal's hangup are
            // for statusbrowse, not for the helper serving the selection.
            .process_group(0)
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(error) => {
                return report(Err(format!("cannot start the clipboard helper: {error}")));
            }
        };
        let written = child.stdin.take().map(|mut stdin| stdin.write_all(text.as_bytes()));
        let Some(stdout) = child.stdout.take() else {
            let _ = child.kill();
            return report(Err("the clipboard helper has no output".to_owned()));
        };
        // The answer is read on a thread of its own, so a display that
        // accepts the connection and never answers costs a timeout, not a
        // helper waiting forever.
        let (sender, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(read.map(|_| line));
        });
        let result = match (written, answer.recv_timeout(HELPER_TIMEOUT)) {
            (_, Err(_)) => {
                let _ = child.kill();
                Err(format!("the display did not answer within {} s", HELPER_TIMEOUT.as_secs()))
            }
            (Some(Ok(())), Ok(Ok(line))) if line.trim_end() == "ok" => Ok(()),
            (_, Ok(Ok(line))) if line.starts_with("error: ") => Err(line.trim_end()["error: ".len()..].to_owned()),
            _ => Err("the clipboard helper stopped without an answer".to_owned()),
        };
        report(result);
        let _ = child.wait();
    }

    /// The helper's side: read the text, take the clipboard, say so, then
    /// serve it while it is still ours. arboard serves from a thread of its
    /// own; every two seconds the helper asks the display what the clipboard
    /// holds, and stops once that is someone else's text or the display is
    /// gone (a plain `wait()` would outlive a dead X server forever).
    pub fn serve() -> i32 {
        let mut text = String::new();
        if let Err(error) = std::io::stdin().read_to_string(&mut text) {
            println!("error: cannot read the text to copy: {error}");
            return 1;
        }
        let mut clipboard = match arboard::Clipboard::new() {
            Ok(clipboard) => clipboard,
            Err(error) => {
                println!("error: {error}");
                return 1;
            }
        };
        if let Err(error) = clipboard.set_text(text.clone()) {
            println!("error: {error}");
            return 1;
        }
        println!("ok");
        let _ = std::io::stdout().flush();
        loop {
            std::thread::sleep(OWNERSHIP_CHECK);
            match clipboard.get_text() {
                Ok(current) if current == text => {}
                _ => return 0,
            }
        }
    }

    const OWNERSHIP_CHECK: std::time::Duration = std::time::Duration::from_secs(2);
}

#[cfg(not(target_os = "linux"))]
mod system {
    //! macOS and Windows keep the clipboard after the process exits, so
    //! one handle for the session is enough.

    use std::sync::Mutex;

    static CLIPBOARD: Mutex<Option<arboard::Clipboard>> = Mutex::new(None);

    pub fn copy(text: &str, report: impl FnOnce(Result<(), String>)) {
        report(set(text));
    }

    fn set(text: &str) -> Result<(), String> {
        let mut slot = CLIPBOARD.lock().map_err(|_| "the clipboard lock is poisoned".to_owned())?;
        if slot.is_none() {
            *slot = Some(arboard::Clipboard::new().map_err(|error| error.to_string())?);
        }
        let clipboard = slot.as_mut().ok_or("no clipboard")?;
        clipboard.set_text(text.to_owned()).map_err(|error| error.to_string())
    }

    pub fn serve() -> i32 {
        1
    }
}

/// Entry point of the helper process (`statusbrowse --clipboard-serve`).
pub fn serve() -> i32 {
    system::serve()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_bytes_are_exact() {
        let mut out = Vec::new();
        write_osc52(&mut out, "HTTP/1.1 418 I'm a teapot\n").unwrap();
        assert_eq!(out, b"\x1b]52;c;SFRUUC8xLjEgNDE4IEknbSBhIHRlYXBvdAo=\x07");
    }

    #[test]
    fn auto_route_follows_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
        };
        assert_eq!(route(Choice::Auto, env(&[("SSH_CONNECTION", "1 2 3 4"), ("DISPLAY", ":0")])), Route::Osc52);
        assert_eq!(route(Choice::Auto, env(&[("DISPLAY", ":0")])), Route::System);
        assert_eq!(route(Choice::Auto, env(&[("WAYLAND_DISPLAY", "wayland-0")])), Route::System);
        if cfg!(target_os = "linux") {
            assert_eq!(route(Choice::Auto, env(&[("DISPLAY", "")])), Route::Osc52);
        }
        assert_eq!(route(Choice::Osc52, env(&[("DISPLAY", ":0")])), Route::Osc52);
        assert_eq!(route(Choice::System, env(&[])), Route::System);
    }

    #[test]
    fn osc52_route_reports_sent_not_copied() {
        let mut clipboard = Live::new(Choice::Osc52, Route::Osc52, Vec::new());
        assert_eq!(clipboard.copy("x"), Started::Done(Ok(Outcome::Sent)));
        assert_eq!(clipboard.terminal, b"\x1b]52;c;eA==\x07");
        assert!(!clipboard.is_pending());
    }
}
