//! Taking the terminal over and giving it back, on every way out: normal
//! quit, error, panic, hangup, the signals that end a program, and around
//! a stop. Giving back is one critical section that every path waits for,
//! so no two paths can each do half of it.

mod signals;

use std::io::{self, Write};
use std::os::fd::AsFd;
use std::sync::{Mutex, MutexGuard, PoisonError};

use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::crossterm::{cursor, execute};

pub use signals::{handle_signals, suspend, take_resumed};

/// Held while a frame is written, so a signal never restores the terminal
/// half-way through a frame (which would leave its tail on the main screen).
/// Taken before [`OWNED`] wherever both are held.
pub static OUTPUT: Mutex<()> = Mutex::new(());

/// What statusbrowse turned on, while the terminal is ours; `None` while
/// it is the user's. Taking it over and giving it back happen under this
/// lock, whole.
static OWNED: Mutex<Option<Modes>> = Mutex::new(None);

/// What to undo when giving the terminal back (raw mode, the alternate
/// screen and the hidden cursor always).
#[derive(Debug, Clone, Copy)]
struct Modes {
    mouse: bool,
}

/// Button presses and the wheel, in SGR encoding: the browser uses nothing
/// else, and any-motion tracking (1003) would wake it for every move.
const MOUSE_ON: &[u8] = b"\x1b[?1000h\x1b[?1006h";
const MOUSE_OFF: &[u8] = b"\x1b[?1006l\x1b[?1000l";
/// The kitty keyboard protocol's "disambiguate" level, pushed and popped:
/// terminals that have it (kitty, foot, WezTerm, Ghostty) then tell Ctrl-i
/// from Tab, so Ctrl-i can go forward in the history; others ignore it.
/// Written as bytes, not through crossterm's command, which refuses on a
/// Windows console without ANSI support instead of doing nothing.
const KEYS_DISAMBIGUATED: &[u8] = b"\x1b[>1u";
const KEYS_AS_BEFORE: &[u8] = b"\x1b[<1u";

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not stop the terminal from being restored.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Raw mode, the alternate screen and, if asked, mouse buttons.
pub fn enter(mouse: bool) -> io::Result<()> {
    take_over(&mut lock(&OWNED), Modes { mouse })
}

fn take_over(owned: &mut Option<Modes>, modes: Modes) -> io::Result<()> {
    enable_raw_mode()?;
    // Owned from here on, so a failure below still restores raw mode.
    *owned = Some(modes);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    out.write_all(KEYS_DISAMBIGUATED)?;
    if modes.mouse {
        out.write_all(MOUSE_ON)?;
    }
    out.flush()
}

/// Runs `program` with the terminal given back (cooked mode, the main
/// screen, the cursor shown), then takes it over again: for a program that
/// needs the terminal itself, such as a terminal web browser.
pub fn hand_over(program: &mut dyn FnMut() -> io::Result<()>) -> io::Result<()> {
    let modes = {
        let _frame = lock(&OUTPUT);
        give_back(&mut lock(&OWNED))
    };
    let ran = program();
    if let Some(modes) = modes {
        let _frame = lock(&OUTPUT);
        take_over(&mut lock(&OWNED), modes)?;
    }
    ran
}

/// Undoes exactly what `enter` did, once: safe to call again, from any
/// thread, and while another path is restoring (it waits for that one).
/// Errors are ignored: on the way out the best to do is try every step.
pub fn leave() {
    give_back(&mut lock(&OWNED));
}

fn give_back(owned: &mut Option<Modes>) -> Option<Modes> {
    let modes = owned.take()?;
    let mut out = io::stdout();
    if modes.mouse {
        let _ = out.write_all(MOUSE_OFF);
    }
    let _ = out.write_all(KEYS_AS_BEFORE);
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
    Some(modes)
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

/// Whether the terminal has gone away: its other end closed (a terminal
/// window closed without a SIGHUP reaching us, as under `setsid`). Reads
/// then return nothing for ever, and waiting on them would spin.
pub fn hung_up() -> bool {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(stdin.as_fd(), PollFlags::POLLIN)];
    match poll(&mut fds, PollTimeout::ZERO) {
        Ok(_) => fds[0].revents().is_some_and(|events| events.contains(PollFlags::POLLHUP)),
        Err(_) => false,
    }
}
