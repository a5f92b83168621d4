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

/// Starts the browser, checks it took the terminal over, and returns it.
fn running() -> Session {
    let session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 80, 24);
    session.wait_for_screen("the list", |screen| screen.contains("Codes"));
    assert!(!session.cooked(), "raw mode while running");
    session
}

/// The terminal is as the shell left it: cooked, main screen, cursor shown,
/// mouse reporting off.
fn assert_restored(session: &Session) {
    assert!(session.cooked(), "cooked mode restored");
    assert!(!session.alternate_screen(), "main screen restored");
    let raw = String::from_utf8_lossy(&session.raw()).into_owned();
    let leave = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
    let mouse_off = raw.rfind("\x1b[?1000l").expect("turned mouse reporting off");
    assert!(raw.rfind("\x1b[?1000h") < Some(mouse_off), "mouse off after on");
    assert!(raw.rfind("\x1b[?1049h") < Some(leave), "left after entering");
    assert!(raw[leave..].contains("\x1b[?25h"), "cursor shown again");
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

/// The scheduler state of a process: 'T' when stopped.
fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("process stat");
    let after_name = &stat[stat.rfind(')').expect("comm") + 2..];
    after_name.chars().next().expect("state")
}

fn wait_until(what: &str, condition: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !condition() {
        assert!(start.elapsed() < std::time::Duration::from_secs(20), "timed out waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn stop_and_resume(stop: impl FnOnce(&mut Session)) {
    let mut session = running();
    let pid = session.pid().expect("pid");
    session.send("/429\r");
    session.wait_for_screen("429 selected", |screen| screen.contains("▶429 Too Many Requests"));
    stop(&mut session);
    wait_until("the process to stop", || process_state(pid) == 'T');
    assert!(session.cooked(), "the terminal is cooked while stopped");
    wait_until("the main screen", || !session.alternate_screen());
    session.signal(Signal::SIGCONT);
    session.wait_for_screen("the browser back, as it was", |screen| screen.contains("▶429 Too Many Requests"));
    assert!(session.alternate_screen());
    wait_until("raw mode again", || !session.cooked());
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_restored(&session);
}

#[test]
fn ctrl_z_suspends_and_sigcont_brings_the_screen_back() {
    stop_and_resume(|session| session.send("\x1a"));
}

#[test]
fn a_stop_from_outside_restores_the_terminal_too() {
    stop_and_resume(|session| session.signal(Signal::SIGTSTP));
}

#[test]
fn a_browser_that_cannot_start_exits_2_saying_why() {
    // A terminal on both ends, but no file descriptor left for the signal
    // handling the browser sets up first: a failure of the browser, which
    // is an error (2), not "nothing matched" (1).
    let pty = nix::pty::openpty(None, None).expect("a pty");
    for fd in [&pty.master, &pty.slave] {
        nix::fcntl::fcntl(
            std::os::fd::AsRawFd::as_raw_fd(fd),
            nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
        )
        .expect("close on exec");
    }
    let terminal = std::fs::File::from(pty.slave);
    let home = tempfile::tempdir().expect("temp dir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command
        .env("TERM", "xterm-256color")
        .env("XDG_CONFIG_HOME", home.path())
        .stdin(terminal.try_clone().expect("dup"))
        .stdout(terminal)
        .stderr(Stdio::piped());
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
