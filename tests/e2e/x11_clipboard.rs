//! The system clipboard under a real X server: copy in the browser, quit,
//! and the text must still paste, with no clipboard manager running.
//!
//! Needs Xvfb and xclip (Debian packages `xvfb` and `xclip`), so it is
//! ignored by a plain `cargo test`; `.ci/run` installs both and runs it
//! with `cargo test --test e2e -- --ignored`. Run that way without them,
//! it fails saying what to install.

use std::path::Path;
use std::process::{Child, Command, Stdio};
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
    fn start() -> Self {
        let number = 90 + std::process::id() % 500;
        let display = format!(":{number}");
        let child = Command::new("Xvfb")
            .args([display.as_str(), "-nolisten", "tcp", "-screen", "0", "640x480x24"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let socket = format!("/tmp/.X11-unix/X{number}");
        let start = Instant::now();
        while !Path::new(&socket).exists() {
            assert!(start.elapsed() < Duration::from_secs(20), "Xvfb did not come up on {display}");
            std::thread::sleep(Duration::from_millis(20));
        }
        Self { child, display }
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
    fn drop(&mut self) {
        let _ = self.child.kill();
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
    session.send("y");
    session.wait_for_screen("the copy confirmed", |screen| screen.contains("Copied 429 example"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);

    assert_eq!(x.clipboard(), expected, "the example pastes after statusbrowse has exited");

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
