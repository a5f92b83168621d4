//! Whether stdout was open when the process started. A closed stdout
//! (`statusbrowse 404 >&-`) is not closed by the time `main` runs: Rust's
//! runtime puts /dev/null there, and the answer would vanish with exit 0.
//! Nor can /dev/null tell afterwards: Python's `subprocess.DEVNULL`,
//! libuv's "ignore" and many supervisors open it read-write exactly as the
//! runtime does. So on Linux the descriptor is looked at before the
//! runtime starts, from the program's initialisers.

#[cfg(target_os = "linux")]
mod before_main {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    /// Run by the C runtime with the program's other initialisers, before
    /// `main` and so before Rust's runtime opens /dev/null on a closed
    /// descriptor. It makes one system call and stores its answer: nothing
    /// here can panic or needs the Rust runtime.
    extern "C" fn record() {
        let closed = nix::fcntl::fcntl(1, nix::fcntl::FcntlArg::F_GETFD) == Err(nix::errno::Errno::EBADF);
        CLOSED.store(closed, Ordering::Relaxed);
    }

    #[used]
    #[unsafe(link_section = ".init_array")]
    static RECORD: extern "C" fn() = record;

    pub fn closed() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }
}

/// Whether what is written to stdout can arrive anywhere.
#[cfg(target_os = "linux")]
pub fn is_open() -> bool {
    !before_main::closed()
}

/// Elsewhere, the next best guess: /dev/null opened read-write is the
/// runtime's, where a shell's `>/dev/null` opens it write-only.
#[cfg(not(target_os = "linux"))]
pub fn is_open() -> bool {
    use nix::fcntl::{FcntlArg, OFlag, fcntl};
    use nix::sys::stat::{SFlag, fstat, stat};
    use std::os::fd::AsRawFd;
    let fd = std::io::stdout().as_raw_fd();
    let Ok(flags) = fcntl(fd, FcntlArg::F_GETFL) else {
        return false;
    };
    if OFlag::from_bits_truncate(flags) & OFlag::O_ACCMODE != OFlag::O_RDWR {
        return true;
    }
    let (Ok(out), Ok(null)) = (fstat(fd), stat("/dev/null")) else {
        return true;
    };
    let device = SFlag::from_bits_truncate(out.st_mode) & SFlag::S_IFMT == SFlag::S_IFCHR;
    !(device && out.st_rdev == null.st_rdev)
}
