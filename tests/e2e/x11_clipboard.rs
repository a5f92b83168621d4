//! The system clipboard under a real X server: copy in the browser, quit,
//! and the text must still paste, with no clipboard manager running.
//!
//! Needs Xvfb and xclip (Debian packages `xvfb` and `xclip`), so it is
//! ignored by a plain `cargo test`; `.ci/run` installs both and runs it
//! with `cargo test --test e2e -- --ignored`. Run that way without them,
//! it fails saying what to install.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use statusbrowse::catalog::Catalog;

use crate::common::pty::Session;
use crate::common::{self};

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// An X server on a display of its own, stopped when dropped.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts Xvfb on a display it picks itself and waits until it serves:
    /// with `-displayfd` it writes the display's number only once it
    /// accepts clients. (Waiting for the socket file instead raced a server
    /// still starting up, and guessing a number met stale files left by
    /// servers killed earlier.)
    fn start() -> Self {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "640x480x24"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let stdout = child.stdout.take().expect("Xvfb's stdout");
        let (sender, number) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        let number = number.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
        let number = number.trim();
        assert!(!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()), "Xvfb did not start: {number:?}");
        Self { child, display: format!(":{number}") }
    }

    fn clipboard(&self) -> String {
        let output = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .output()
            .expect("run xclip");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl Drop for Xvfb {
    /// SIGTERM, so the server removes its lock and socket files; a kill
    /// would leave them behind for the next one to trip over.
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGTERM);
        }
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs Xvfb and xclip; .ci/run installs them and runs it"]
fn a_copy_still_pastes_after_statusbrowse_exits() {
    assert!(
        have("Xvfb") && have("xclip"),
        "this test needs Xvfb and xclip: apt-get install xvfb xclip (bash .ci/run installs them)"
    );
    let x = Xvfb::start();
    let catalog = Catalog::builtin();
    let expected = catalog.by_code(429).next().expect("429").examples[0].text.clone();

    let mut session =
        Session::start(&[], &[("DISPLAY", x.display.as_str()), ("STATUSBROWSE_CLIPBOARD", "system")], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    session.send("/429\r");
    session.wait_for_screen("429 selected", |screen| screen.contains("▶429 Too Many Requests"));
    // The same text three times: each new helper retires the one before,
    // though the clipboard holds the same text throughout.
    for _ in 0..3 {
        session.send("y");
        session.wait_for_screen("the copy confirmed", |screen| screen.contains("Copied 429 example"));
        session.wait_for_screen("the toast gone", |screen| !screen.contains("Copied 429"));
    }
    session.send("q");
    assert_eq!(session.wait_exit(), 0);

    assert_eq!(x.clipboard(), expected, "the example pastes after statusbrowse has exited");
    let start = Instant::now();
    while common::clipboard_helpers_on(&x.display) > 1 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "helpers pile up: {}",
            common::clipboard_helpers_on(&x.display)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(common::clipboard_helpers_on(&x.display), 1, "the newest helper serves the copy");

    // Once another program copies, the helper stops serving and exits.
    let mut other = Command::new("xclip")
        .args(["-selection", "clipboard", "-i"])
        .env("DISPLAY", &x.display)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run xclip -i");
    if let Some(mut stdin) = other.stdin.take() {
        use std::io::Write;
        stdin.write_all(b"something else").expect("feed xclip");
    }
    let _ = other.wait();
    let start = Instant::now();
    while common::clipboard_helpers_on(&x.display) > 0 {
        assert!(start.elapsed() < Duration::from_secs(15), "the clipboard helper kept running");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(x.clipboard(), "something else");
}
