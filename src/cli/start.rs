//! The process's start and end, done here instead of by Rust's runtime.
//!
//! The binary is `#![no_main]`: the C runtime calls `main.rs`, which calls
//! [`super::main`] with the arguments. Rust's own start-up costs a lookup
//! a tenth of a millisecond, most of it to learn where the main thread's
//! stack ends (glibc opens /proc/self/maps and scans it with sscanf) so
//! that a stack overflow can be named. What the program relies on from
//! that start-up is done here, and nothing else:
//!
//! - A closed descriptor 0, 1 or 2 gets /dev/null, so no file opened later
//!   lands on it; whether stdout was the closed one is kept, since an
//!   answer written to /dev/null would vanish with exit 0.
//! - SIGPIPE is ignored: a reader that goes away (`| head`) is an EPIPE
//!   the program handles, not a kill. Children still start with the
//!   default (std's spawn resets it).
//! - A panic prints its message and ends with status 101, as before.
//! - Buffered stdout is flushed at the end.
//!
//! Given up: a stack overflow is a plain SIGSEGV without Rust's one-line
//! note, and a panic message calls the main thread `<unnamed>`.

use std::ffi::{CStr, OsStr, OsString, c_char, c_int};
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::panic::{self, AssertUnwindSafe};

use nix::errno::Errno;
use nix::fcntl::{FcntlArg, OFlag, fcntl, open};
use nix::sys::signal::{SigHandler, Signal, signal};
use nix::sys::stat::Mode;

/// The exit status of a run that panicked, as Rust's runtime gives it.
const PANICKED: u8 = 101;

/// Whether stdout could be written to when the process started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stdout {
    Open,
    Closed,
}

/// Prepares the process, runs `program` with the command line, and turns
/// its exit status (or its panic) into the C runtime's return value.
pub fn run(arguments: Vec<OsString>, program: impl FnOnce(Vec<OsString>, Stdout) -> u8) -> c_int {
    let stdout = standard_descriptors();
    // SAFETY: ignoring a signal installs no handler code, and nothing else
    // is running yet to race on the signal disposition.
    let _ = unsafe { signal(Signal::SIGPIPE, SigHandler::SigIgn) };
    let run = || __rust_begin_short_backtrace(|| program(arguments, stdout));
    let status = panic::catch_unwind(AssertUnwindSafe(run)).unwrap_or(PANICKED);
    // An unwritable stdout was already reported, or is a reader gone away.
    let _ = io::stdout().flush();
    c_int::from(status)
}

/// Runs the program, in a frame named as the one Rust's runtime starts
/// `main` from: a panic's short backtrace (`RUST_BACKTRACE=1`) stops at a
/// frame of this name. Without it, the backtrace runs down to the C
/// runtime and pushes the panic's message off the screen.
#[inline(never)]
fn __rust_begin_short_backtrace<T>(program: impl FnOnce() -> T) -> T {
    let result = program();
    // Not a tail call, so the frame is still there to be found.
    std::hint::black_box(());
    result
}

/// The command line the C runtime passed to `main`.
///
/// # Safety
/// `argv` must hold `argc` pointers to NUL-terminated strings that live for
/// the whole run: what the C runtime passes to `main`.
pub unsafe fn arguments(argc: c_int, argv: *const *const c_char) -> Vec<OsString> {
    let count = usize::try_from(argc).unwrap_or(0);
    (0..count)
        .map(|index| {
            // SAFETY: index < argc, and each pointer is a C string (above).
            let word = unsafe { CStr::from_ptr(*argv.add(index)) };
            OsStr::from_bytes(word.to_bytes()).to_os_string()
        })
        .collect()
}

/// Puts /dev/null on whichever of descriptors 0-2 is closed, in order, so
/// each open lands on the lowest free number: the one that was closed.
/// Says whether stdout was. Without /dev/null (a bare chroot) the
/// descriptor stays closed, and writes to it fail and are reported.
fn standard_descriptors() -> Stdout {
    let mut stdout = Stdout::Open;
    for descriptor in 0..=2 {
        if fcntl(descriptor, FcntlArg::F_GETFD) != Err(Errno::EBADF) {
            continue;
        }
        if descriptor == 1 {
            stdout = Stdout::Closed;
        }
        // Not close-on-exec: a pager or browser started later inherits it
        // as its own standard descriptor, as it would have.
        let _ = open("/dev/null", OFlag::O_RDWR, Mode::empty());
    }
    stdout
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_programs_status_is_the_processs_and_a_panic_is_101() {
        let seen = run(vec![OsString::from("statusbrowse"), OsString::from("404")], |arguments, stdout| {
            assert_eq!(arguments, ["statusbrowse", "404"]);
            assert_eq!(stdout, Stdout::Open, "the test harness keeps stdout open");
            3
        });
        assert_eq!(seen, 3);
        assert_eq!(run(Vec::new(), |_, _| panic!("a panic on purpose")), 101);
    }

    #[test]
    fn arguments_are_argvs_bytes_whatever_their_encoding() {
        let words = [c"statusbrowse", c"rate limit", c"caf\xc3\xa9", c"\xff"];
        let argv: Vec<*const c_char> = words.iter().map(|word| word.as_ptr()).collect();
        // SAFETY: four pointers to C strings that outlive the call.
        let read = unsafe { arguments(4, argv.as_ptr()) };
        let expected = ["statusbrowse", "rate limit", "café"].map(OsString::from);
        assert_eq!(read[..3], expected);
        assert_eq!(read[3].as_bytes(), b"\xff", "not valid UTF-8, and kept as it came");
        // SAFETY: no pointer is read when there are none.
        assert!(unsafe { arguments(0, std::ptr::null()) }.is_empty());
    }
}
