//! The browser in a real pseudo-terminal: typed at, signalled, stopped,
//! and the terminal read back after every way out.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use base64::Engine;
use nix::sys::signal::Signal;
use statusbrowse::catalog::Catalog;

use crate::common::pty::Session;

fn teapot_example() -> String {
    let catalog = Catalog::builtin();
    let entry = catalog.by_code(418).find(|entry| entry.phrase == "I'm a teapot").expect("the teapot entry");
    entry.examples[0].text.to_string()
}

#[test]
fn find_the_teapot_copy_it_over_osc52_and_quit_cleanly() {
    let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("Codes") && screen.contains("100 Continue"));
    assert!(session.alternate_screen());
    session.send("/teapot");
    session.wait_for_screen("the teapot selected", |screen| screen.contains("▶418 I'm a teapot"));
    session.send("\r");
    session.send("y");
    let payload = base64::engine::general_purpose::STANDARD.encode(teapot_example());
    session.wait_for_output("the OSC 52 sequence", format!("\x1b]52;c;{payload}\x07").as_bytes());
    session.wait_for_screen("the toast", |screen| screen.contains("Sent 418 example"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert!(!session.alternate_screen(), "left the alternate screen");
    let raw = session.raw();
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(64)..]).into_owned();
    assert!(tail.contains("\x1b[?1049l"), "leaves the alternate screen last: {tail:?}");
    assert!(tail.contains("\x1b[?25h"), "shows the cursor again: {tail:?}");
}

#[test]
fn at_80x24_429_enter_e_y_sends_the_429_example() {
    let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 80, 24);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    session.send("429");
    session.wait_for_screen("429 selected", |screen| screen.contains("▶429 Too Many Requests"));
    session.send("\r");
    session.send("e");
    session.wait_for_screen("the example shown", |screen| screen.contains("Example 1/3"));
    session.send("y");
    let catalog = Catalog::builtin();
    let example = catalog.by_code(429).next().expect("429").examples[0].text.to_string();
    let payload = base64::engine::general_purpose::STANDARD.encode(example);
    session.wait_for_output("the OSC 52 sequence", format!("\x1b]52;c;{payload}\x07").as_bytes());
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

#[test]
fn related_codes_are_followed_and_ctrl_i_from_a_kitty_terminal_goes_forward() {
    let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 80, 24);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    assert!(session.raw().windows(5).any(|window| window == b"\x1b[>1u"), "asked for the kitty keyboard level");
    session.send("404\r");
    session.send("r");
    session.wait_for_screen("the picker", |screen| screen.contains("Related to 404"));
    session.send("\r");
    session.wait_for_screen("410 followed", |screen| screen.contains("▶410 Gone"));
    session.send("\x7f");
    session.wait_for_screen("back at 404", |screen| screen.contains("▶404 Not Found"));
    // Ctrl-i as a terminal with the kitty keyboard protocol sends it.
    session.send("\x1b[105;5u");
    session.wait_for_screen("forward at 410", |screen| screen.contains("▶410 Gone"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

/// Starts the browser, checks it took the terminal over, and returns it.
pub fn running() -> Session {
    let session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 80, 24);
    session.wait_for_screen("the list", |screen| screen.contains("Codes"));
    assert!(!session.cooked(), "raw mode while running");
    session
}

/// The terminal is as the shell left it: cooked, main screen, cursor shown,
/// mouse reporting off, the kitty keyboard level it had.
pub fn assert_restored(session: &Session) {
    assert!(session.cooked(), "cooked mode restored");
    assert!(!session.alternate_screen(), "main screen restored");
    let raw = String::from_utf8_lossy(&session.raw()).into_owned();
    let leave = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    let mouse_off = raw.rfind("\x1b[?1000l").expect("turned mouse reporting off");
    assert!(raw.rfind("\x1b[?1000h") < Some(mouse_off), "mouse off after on");
    assert!(raw.rfind("\x1b[?1049h") < Some(leave), "left after entering");
    assert!(raw[leave..].contains("\x1b[?25h"), "cursor shown again");
    let keys_back = raw.rfind("\x1b[<1u").expect("the kitty keyboard level popped");
    assert!(raw.rfind("\x1b[>1u") < Some(keys_back) && keys_back < leave, "popped after pushing, before leaving");
}

#[test]
fn quitting_with_q_restores_the_terminal() {
    let mut session = running();
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_restored(&session);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let mut session = running();
        session.signal(signal);
        assert_eq!(session.wait_exit(), 128 + signal as u32, "{signal}");
        assert_restored(&session);
    }
}

#[test]
fn no_mouse_leaves_the_mouse_alone() {
    let mut session = Session::start(&["--no-mouse"], &[], 80, 24);
    session.wait_for_screen("the list", |screen| screen.contains("Codes"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&session.raw()).into_owned();
    assert!(!raw.contains("\x1b[?1000h"), "mouse capture never turned on");
    assert!(session.cooked());
}

#[test]
fn a_panic_restores_the_terminal_before_reporting() {
    // The trigger exists only in debug builds, which is what tests run.
    let mut session = Session::start(&[], &[("STATUSBROWSE_TEST_PANIC", "1")], 80, 24);
    assert_eq!(session.wait_exit(), 101, "Rust's panic exit status");
    assert_restored(&session);
    let screen = session.screen();
    assert!(screen.contains("test panic requested"), "the message is readable on the main screen:\n{screen}");
}

#[test]
fn a_browser_that_cannot_start_exits_2_saying_why() {
    // A terminal on both ends, but no file descriptor left for the signal
    // handling the browser sets up first: a failure of the browser, which
    // is an error (2), not "nothing matched" (1).
    let (mut command, _master, _home) = on_a_bare_pty(&[]);
    command.stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe, and nothing else runs
    // between fork and exec. Four descriptors: the three standard ones and
    // one for the loader to open libraries with, none for a socket pair.
    unsafe {
        command.pre_exec(|| {
            nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE, 4, 4)
                .map_err(std::io::Error::from)
        });
    }
    let output = command.output().expect("run statusbrowse");
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(message.starts_with("statusbrowse: cannot set up the terminal: "), "{message}");
    assert!(message.contains("Too many open files"), "{message}");
}

#[test]
fn mouse_tracking_is_buttons_and_the_wheel_only() {
    // Any-motion tracking (1003) would wake the browser for every move of
    // the mouse; it uses only presses and the wheel.
    let mut session = running();
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&session.raw()).into_owned();
    assert!(raw.contains("\x1b[?1000h") && raw.contains("\x1b[?1006h"), "buttons, in SGR encoding");
    for mode in ["\x1b[?1002h", "\x1b[?1003h", "\x1b[?1015h"] {
        assert!(!raw.contains(mode), "{mode:?} turned on");
    }
}

#[test]
fn quitting_while_a_sigterm_arrives_always_restores_the_terminal() {
    // q and a SIGTERM a moment later: both ways out restore, and neither
    // may exit while the other is half-way through.
    for round in 0..200u64 {
        let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 80, 24);
        session.wait_for_output("the first frame", b" search ");
        let pid = session.pid().expect("pid");
        session.send("q");
        std::thread::sleep(std::time::Duration::from_micros(round % 5 * 400));
        crate::common::pty::send(pid, Signal::SIGTERM);
        let code = session.wait_exit();
        assert!(code == 0 || code == 128 + 15, "round {round}: exit {code}");
        assert!(session.cooked(), "round {round}: the terminal was left raw (exit {code})");
        assert!(!session.alternate_screen(), "round {round}: left on the alternate screen (exit {code})");
    }
}

#[test]
fn a_terminal_that_goes_away_without_a_sighup_ends_the_browser() {
    // A terminal window closed under a program that is not its session's
    // (started with setsid, as some launchers and IDEs do): no SIGHUP comes,
    // reads return nothing for ever. The browser must notice and end, not
    // spin.
    use std::os::fd::{AsFd, AsRawFd};
    let (mut command, master, _home) = on_a_bare_pty(&[("STATUSBROWSE_CLIPBOARD", "osc52")]);
    // SAFETY: setsid is async-signal-safe; nothing else runs before exec.
    unsafe {
        command.pre_exec(|| nix::unistd::setsid().map(drop).map_err(std::io::Error::from));
    }
    let mut child = command.spawn().expect("spawn statusbrowse");
    drop(command);
    // Read the first frame, then close the terminal's other end.
    let mut seen = Vec::new();
    let start = std::time::Instant::now();
    while !seen.windows(8).any(|window| window == b" search ") {
        assert!(start.elapsed() < std::time::Duration::from_secs(20), "no first frame");
        let mut fds = [nix::poll::PollFd::new(master.as_fd(), nix::poll::PollFlags::POLLIN)];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(100u16)).expect("poll the pty") == 0 {
            continue;
        }
        let mut buffer = [0u8; 4096];
        let read = nix::unistd::read(master.as_raw_fd(), &mut buffer).expect("read the pty");
        seen.extend_from_slice(&buffer[..read]);
    }
    drop(master);
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("child status") {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(10) {
            let _ = child.kill();
            panic!("statusbrowse kept running after its terminal went away");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(129), "ends as a hangup ends it");
}

/// statusbrowse with a fresh 80x24 pty as its terminal (stdin, stdout and
/// stderr), set up by hand rather than by a pty library, so a test can
/// choose the session and limits; the pty's other end; and the empty
/// config home, which lives as long as it is held. Neither pty end
/// leaks into the child beyond its standard descriptors.
fn on_a_bare_pty(env: &[(&str, &str)]) -> (Command, std::fs::File, tempfile::TempDir) {
    use std::os::fd::AsRawFd;
    let size = nix::pty::Winsize { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
    let pty = nix::pty::openpty(Some(&size), None).expect("a pty");
    for fd in [pty.master.as_raw_fd(), pty.slave.as_raw_fd()] {
        nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC)).expect("close on exec");
    }
    let terminal = std::fs::File::from(pty.slave);
    let home = tempfile::tempdir().expect("temp dir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command
        .env("TERM", "xterm-256color")
        .env("XDG_CONFIG_HOME", home.path())
        .envs(env.iter().copied())
        .stdin(terminal.try_clone().expect("dup"))
        .stdout(terminal.try_clone().expect("dup"))
        .stderr(terminal);
    (command, std::fs::File::from(pty.master), home)
}
