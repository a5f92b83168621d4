//! X11 and Wayland: a detached helper serves the selection. On these the
//! process that copies must keep serving the text, or it vanishes when
//! statusbrowse exits; so the copy goes to this same binary, run as
//! `statusbrowse --clipboard-serve`, which serves it until another program
//! takes the clipboard.

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
