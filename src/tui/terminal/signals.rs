//! Signals and job control. The signals that end a program (SIGTERM,
//! SIGHUP, SIGINT, SIGQUIT) restore the terminal and exit with 128 + the
//! signal, as shells expect. SIGTSTP (Ctrl-Z, or `kill -TSTP`) gives the
//! terminal back and stops; the browser takes it again only once it is in
//! the foreground. SIGCONT after a stop we did not see (SIGSTOP) takes the
//! terminal back too, since the shell has reset it meanwhile.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, sigaction};
use nix::unistd::{getpgid, getpgrp, getppid, getsid, tcgetpgrp};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;

use super::{OUTPUT, OWNED, give_back, hung_up, lock, take_over};

/// Set when the process comes back from a stop, until the loop repaints.
static RESUMED: AtomicBool = AtomicBool::new(false);

/// Starts the thread that handles signals for the rest of the run.
pub fn handle_signals() -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        loop {
            let arrived: Vec<i32> = signals.wait().collect();
            for signal in arrived {
                match signal {
                    SIGTSTP => stop(&mut signals),
                    SIGCONT => continued(),
                    ending => quit(ending),
                }
            }
        }
    })?;
    Ok(())
}

/// Restores the terminal and exits, holding both locks to the end: a path
/// that is restoring finishes first, and none can start after.
fn quit(signal: i32) -> ! {
    let _frame = lock(&OUTPUT);
    give_back(&mut lock(&OWNED));
    std::process::exit(128 + signal)
}

/// Ctrl-Z: give the terminal back, stop, and once continued take it back
/// only in the foreground; a program continued in the background (`bg`)
/// stops again until `fg`. A program nobody can bring back to the
/// foreground (its shell has gone) ends instead of waiting for ever.
fn stop(signals: &mut Signals) {
    let modes = {
        let _frame = lock(&OUTPUT);
        give_back(&mut lock(&OWNED))
    };
    loop {
        stop_process();
        // Signals sent with the SIGCONT (a shell's SIGTERM, the kernel's
        // SIGHUP) may reach their handler a moment after we run again.
        std::thread::sleep(Duration::from_millis(20));
        if let Some(ending) = signals.pending().find(|signal| ![SIGCONT, SIGTSTP, SIGWINCH].contains(signal)) {
            quit(ending);
        }
        if hung_up() {
            quit(SIGHUP);
        }
        // In the foreground again: `fg`, or a stop the kernel dropped
        // because no shell could have continued us (then Ctrl-Z does
        // nothing, as in any program run without a shell).
        if in_foreground() {
            break;
        }
        // In the background: `bg` waits for `fg`, stopped; with no shell
        // left to run `fg`, there is nothing to wait for.
        if orphaned() {
            quit(SIGHUP);
        }
    }
    if let Some(modes) = modes {
        let _frame = lock(&OUTPUT);
        let _ = take_over(&mut lock(&OWNED), modes);
    }
    repaint();
}

/// SIGCONT outside our own stop: after a SIGSTOP, the shell that ran `fg`
/// has put the terminal back in cooked mode; raw mode and the screen are
/// taken again.
fn continued() {
    let _frame = lock(&OUTPUT);
    let mut owned = lock(&OWNED);
    if let Some(modes) = *owned
        && in_foreground()
    {
        // crossterm thinks raw mode is still on and would do nothing: turn
        // it off (back to the mode we found) and on again.
        let _ = ratatui::crossterm::terminal::disable_raw_mode();
        let _ = take_over(&mut owned, modes);
        drop(owned);
        repaint();
    }
}

/// Stops the whole process the way a stop key does: the default action of
/// SIGTSTP, which the kernel drops when no shell could continue us (an
/// orphaned process group), where a SIGSTOP would stop us for ever.
fn stop_process() {
    let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    // SAFETY: the default disposition is installed for the moment of the
    // raise and signal-hook's own handler put back right after.
    let Ok(ours) = (unsafe { sigaction(Signal::SIGTSTP, &default) }) else {
        return;
    };
    let _ = nix::sys::signal::raise(Signal::SIGTSTP);
    // SAFETY: as above; this is the action signal-hook installed.
    let _ = unsafe { sigaction(Signal::SIGTSTP, &ours) };
}

/// Whether the terminal's foreground process group is ours.
fn in_foreground() -> bool {
    tcgetpgrp(io::stdin()).is_ok_and(|foreground| foreground == getpgrp())
}

/// Whether no process could bring us back to the foreground: job control
/// needs a parent in our session but outside our process group.
fn orphaned() -> bool {
    let parent = getppid();
    let same_session = matches!((getsid(Some(parent)), getsid(None)), (Ok(theirs), Ok(ours)) if theirs == ours);
    let other_group = getpgid(Some(parent)).is_ok_and(|group| group != getpgrp());
    !(same_session && other_group)
}

/// Tells the loop the screen is not ours any more: a SIGWINCH wakes it as a
/// resize, and it repaints everything.
fn repaint() {
    RESUMED.store(true, Ordering::SeqCst);
    let _ = signal_hook::low_level::raise(SIGWINCH);
}

/// Ctrl-Z from the keyboard (raw mode turns it into a key): the same stop
/// as a SIGTSTP from outside. Returns once the user has resumed.
pub fn suspend() -> io::Result<()> {
    RESUMED.store(false, Ordering::SeqCst);
    signal_hook::low_level::raise(SIGTSTP)?;
    while !RESUMED.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(())
}

/// Whether the process was stopped and resumed since the last call: the
/// screen then needs a full repaint.
pub fn take_resumed() -> bool {
    RESUMED.swap(false, Ordering::SeqCst)
}
