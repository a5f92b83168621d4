//! Taking the terminal over and giving it back, on every way out: normal
//! quit, error, panic, SIGTERM, SIGHUP, SIGINT and SIGQUIT, and around
//! Ctrl-Z suspend. Leaving is idempotent, so every path may call it.

use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::crossterm::{cursor, execute};

/// Whether we currently own the terminal (raw mode, alternate screen).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether we turned mouse capture on, so leaving turns it off.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// Held while a frame is written, so a signal never restores the terminal
/// half-way through a frame (which would leave its tail on the main screen).
pub static OUTPUT: Mutex<()> = Mutex::new(());

/// Raw mode, the alternate screen and, if asked, mouse capture.
pub fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    MOUSE.store(mouse, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Undoes exactly what `enter` did. Safe to call twice or from a signal
/// thread; errors are ignored because there is nothing better to do on the
/// way out than to try every step.
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal before the default panic message prints, so the
/// message lands on a usable screen.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

/// Set when the process comes back from a stop, until the loop repaints.
static RESUMED: AtomicBool = AtomicBool::new(false);

/// On SIGTERM, SIGHUP, SIGINT or SIGQUIT: wait for the frame being written,
/// restore the terminal and exit with 128 + the signal number, as shells
/// expect. On SIGTSTP (Ctrl-Z, or `kill -TSTP` from outside): restore the
/// terminal, stop, and after `fg` take it back and wake the loop (with a
/// SIGWINCH, which crossterm reports as a resize) so it repaints.
pub fn handle_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP])?;
    std::thread::Builder::new().name("signals".into()).spawn(move || {
        for signal in signals.forever() {
            if signal == SIGTSTP {
                let mouse = MOUSE.load(Ordering::SeqCst);
                let was_active = {
                    let _frame = OUTPUT.lock();
                    let active = ACTIVE.load(Ordering::SeqCst);
                    leave();
                    active
                };
                // Stops the process here until SIGCONT.
                let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                if was_active {
                    let _ = enter(mouse);
                }
                RESUMED.store(true, Ordering::SeqCst);
                let _ = signal_hook::low_level::raise(SIGWINCH);
                continue;
            }
            let _frame = OUTPUT.lock();
            leave();
            std::process::exit(128 + signal);
        }
    })?;
    Ok(())
}

/// Ctrl-Z from the keyboard (raw mode turns it into a key): the same stop
/// as a SIGTSTP from outside. Returns once the user has resumed.
pub fn suspend() -> io::Result<()> {
    RESUMED.store(false, Ordering::SeqCst);
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    while !RESUMED.load(Ordering::SeqCst) {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    Ok(())
}

/// Whether the process was stopped and resumed since the last call: the
/// screen then needs a full repaint.
pub fn take_resumed() -> bool {
    RESUMED.swap(false, Ordering::SeqCst)
}
