//! X11 and Wayland: a detached helper serves the selection. On these the
//! process that copies must keep serving the text, or it vanishes when
//! statusbrowse exits; so the copy goes to this same binary, run as
//! `statusbrowse --clipboard-serve`, which serves it until another program
//! takes the clipboard.

use std::io::{BufRead, BufReader, Read, Write};

use arboard::SetExtLinux;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
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
        .arg(super::SERVE_ARG)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        // Not the user's directory: a helper outliving statusbrowse would
        // keep its mount busy.
        .current_dir("/")
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
/// serve it for as long as it is ours. Ownership is the X server's word
/// (the selection-clear event arboard waits on), not a comparison of
/// contents: a newer helper copying the same text retires this one, so at
/// most one helper lives. A display that dies ends it too.
pub fn serve() -> i32 {
    // Its own deadline: the parent's dies with the parent, and a display
    // that accepts the connection and never answers would hold this
    // process for ever after statusbrowse quit.
    let owned = Arc::new(AtomicBool::new(false));
    let watched = Arc::clone(&owned);
    std::thread::spawn(move || {
        std::thread::sleep(OWN_WITHIN);
        if !watched.load(Ordering::SeqCst) {
            std::process::exit(1);
        }
    });
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        return answer(&format!("error: cannot read the text to copy: {error}"), 1);
    }
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(clipboard) => clipboard,
        Err(error) => return answer(&format!("error: {error}"), 1),
    };
    if let Err(error) = clipboard.set_text(text.clone()) {
        return answer(&format!("error: {error}"), 1);
    }
    owned.store(true, Ordering::SeqCst);
    answer("ok", 0);
    // Set once more, waiting: arboard returns once another program (or a
    // newer helper) owns the selection. Done within a moment of the first
    // set, long before the user could ask for another copy.
    let (lost, ended) = mpsc::channel();
    std::thread::spawn(move || {
        if let Ok(mut waiting) = arboard::Clipboard::new() {
            let _ = waiting.set().wait().text(text);
        }
        let _ = lost.send(());
    });
    let on_x11 = std::env::var_os("WAYLAND_DISPLAY").is_none_or(|display| display.is_empty());
    loop {
        match ended.recv_timeout(LIVENESS_CHECK) {
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => return 0,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        // On X11 a dead server never wakes the waiting thread. Asking it
        // for the clipboard, which is ours, is one round trip and no copy
        // through the server; the answer fails once the server is gone.
        if on_x11 && clipboard.get_text().is_err() {
            return 0;
        }
    }
}

/// One line to the parent, which may be gone: nothing to do about that.
fn answer(line: &str, status: i32) -> i32 {
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
    status
}

/// How long the helper may take to own the clipboard before it gives up
/// on its own.
const OWN_WITHIN: Duration = Duration::from_secs(5);

/// How often the helper checks that the X server is still there.
const LIVENESS_CHECK: Duration = Duration::from_secs(2);
