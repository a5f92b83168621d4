//! The browser as a shell job: stopped with Ctrl-Z or a signal, brought
//! back with `fg`, sent to the background with `bg`, left behind by a
//! shell that exits, and continued after a SIGSTOP it never saw. A real
//! bash runs it, in a pseudo-terminal.

use std::time::{Duration, Instant};

use nix::sys::signal::Signal;

use super::terminal::{assert_restored, running};
use crate::common::pty::{Session, process_state, send, statusbrowse_children};

fn wait_until(what: &str, condition: impl Fn() -> bool) {
    let start = Instant::now();
    while !condition() {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// An interactive bash in a pty, with job control, running statusbrowse
/// with 429 selected. Returns the shell's session and the browser's pid.
fn browser_in_a_shell() -> (Session, u32) {
    let env = [("PS1", "$ "), ("HISTFILE", "/dev/null"), ("STATUSBROWSE_CLIPBOARD", "osc52")];
    let mut shell = Session::start_program("bash", &["--norc", "--noprofile", "-i"], &env, 100, 30);
    shell.wait_for_screen("the prompt", |screen| screen.contains("$ "));
    shell.send(&format!("{}\r", env!("CARGO_BIN_EXE_statusbrowse")));
    shell.wait_for_screen("the browser", |screen| screen.contains("┌ Codes"));
    shell.send("/429\r");
    shell.wait_for_screen("429 selected", |screen| screen.contains("▶429 Too Many Requests"));
    let bash = shell.pid().expect("the shell's pid");
    let pid = match statusbrowse_children(bash).as_slice() {
        [pid] => *pid,
        other => panic!("expected one statusbrowse under the shell, found {other:?}"),
    };
    (shell, pid)
}

/// Stops the browser with `stop`, checks the shell has the terminal back,
/// then brings it back with `fg` as it was.
fn stop_and_fg(stop: impl FnOnce(&mut Session, u32)) {
    let (mut shell, pid) = browser_in_a_shell();
    stop(&mut shell, pid);
    wait_until("the process to stop", || process_state(pid) == Some('T'));
    shell.wait_for_screen("the shell's report", |screen| screen.contains("Stopped"));
    assert!(!shell.alternate_screen(), "the main screen is back while stopped");
    shell.send("fg\r");
    shell.wait_for_screen("the browser back, as it was", |screen| screen.contains("▶429 Too Many Requests"));
    assert!(shell.alternate_screen());
    shell.send("q");
    wait_until("statusbrowse to end", || process_state(pid).is_none_or(|state| state == 'Z'));
    wait_until("the prompt again", || !shell.alternate_screen());
}

#[test]
fn ctrl_z_suspends_and_fg_brings_the_screen_back() {
    stop_and_fg(|shell, _| shell.send("\x1a"));
}

#[test]
fn a_stop_from_outside_gives_the_terminal_back_too() {
    stop_and_fg(|_, pid| send(pid, Signal::SIGTSTP));
}

#[test]
fn bg_waits_stopped_until_fg() {
    let (mut shell, pid) = browser_in_a_shell();
    shell.send("\x1a");
    wait_until("the process to stop", || process_state(pid) == Some('T'));
    shell.send("bg\r");
    // Continued in the background it must not touch the terminal: it stops
    // again and waits for fg.
    std::thread::sleep(Duration::from_millis(300));
    wait_until("the process to stop again", || process_state(pid) == Some('T'));
    assert!(!shell.alternate_screen(), "the background job left the screen to the shell");
    shell.send("fg\r");
    shell.wait_for_screen("the browser back", |screen| screen.contains("▶429 Too Many Requests"));
    shell.send("q");
    wait_until("statusbrowse to end", || process_state(pid).is_none_or(|state| state == 'Z'));
}

#[test]
fn a_stopped_browser_ends_with_its_shell() {
    // Ctrl-Z, then the shell exits: nobody is left to run fg, and the
    // browser must not stay stopped for ever. A race, so tried many times.
    for round in 0..15 {
        let (mut shell, pid) = browser_in_a_shell();
        shell.send("\x1a");
        wait_until("the process to stop", || process_state(pid) == Some('T'));
        shell.send("exit\r");
        shell.wait_for_screen("the warning", |screen| screen.contains("stopped jobs"));
        shell.send("exit\r");
        let start = Instant::now();
        while process_state(pid).is_some_and(|state| state != 'Z') {
            if start.elapsed() > Duration::from_secs(10) {
                let state = process_state(pid);
                send(pid, Signal::SIGKILL);
                panic!("round {round}: statusbrowse left behind in state {state:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        drop(shell);
    }
}

#[test]
fn a_sigstop_then_fg_takes_the_terminal_back() {
    // SIGSTOP cannot be caught: the shell that runs fg has meanwhile put the
    // terminal back in cooked mode. On SIGCONT the browser takes it again,
    // so keys act at once instead of echoing until Enter.
    let mut session = running();
    let pid = session.pid().expect("pid");
    session.signal(Signal::SIGSTOP);
    wait_until("the process to stop", || process_state(pid) == Some('T'));
    session.make_cooked();
    assert!(session.cooked());
    session.signal(Signal::SIGCONT);
    wait_until("raw mode again", || !session.cooked());
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_restored(&session);
}
