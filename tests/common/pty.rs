//! The built binary in a pseudo-terminal: bytes in, a parsed screen and the
//! raw output back, waiting on conditions rather than sleeping.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Arc<Mutex<(vt100::Parser, Vec<u8>)>>,
}

/// How long any one condition may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

impl Session {
    /// statusbrowse with `args`, the session leader of a new pty.
    pub fn start(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        Self::start_program(env!("CARGO_BIN_EXE_statusbrowse"), args, env, cols, rows)
    }

    /// Any program in a new pty: a shell, to run statusbrowse as a job.
    pub fn start_program(program: &str, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        let pty =
            native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("open a pty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        for name in ["STATUSBROWSE_CLIPBOARD", "NO_COLOR", "SSH_CONNECTION", "SSH_TTY", "STATUSBROWSE_PAGER", "PAGER"] {
            command.env_remove(name);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pty.slave.spawn_command(command).expect("spawn statusbrowse");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let output = Arc::new(Mutex::new((vt100::Parser::new(nonzero(rows), nonzero(cols), 0), Vec::new())));
        let sink = Arc::clone(&output);
        // Drain continuously: a full pty buffer would block the child.
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut guard = sink.lock().expect("output lock");
                guard.0.process(&buf[..n]);
                guard.1.extend_from_slice(&buf[..n]);
            }
        });
        Self { master: pty.master, writer, child, output }
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    pub fn screen(&self) -> String {
        self.output.lock().expect("output lock").0.screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().expect("output lock").1.clone()
    }

    pub fn alternate_screen(&self) -> bool {
        self.output.lock().expect("output lock").0.screen().alternate_screen()
    }

    /// Waits until `condition` holds for the screen, or fails with it.
    pub fn wait_for_screen(&self, what: &str, condition: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if condition(&screen) {
                return;
            }
            assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_for_output(&self, what: &str, needle: &[u8]) {
        let start = Instant::now();
        while !self.raw().windows(needle.len()).any(|window| window == needle) {
            assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}; screen:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the child to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                // Let the reader take the last bytes.
                std::thread::sleep(Duration::from_millis(50));
                return status.exit_code();
            }
            assert!(start.elapsed() < PATIENCE, "statusbrowse did not exit; screen:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the program has not exited yet.
    pub fn still_running(&mut self) -> bool {
        self.child.try_wait().expect("child status").is_none()
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Sends `signal` to the program.
    pub fn signal(&self, signal: nix::sys::signal::Signal) {
        let pid = self.pid().expect("child pid");
        send(pid, signal);
    }

    /// Sets the pty's modes to what a shell leaves for a program it runs:
    /// line editing and echo on.
    pub fn make_cooked(&self) {
        use nix::sys::termios::{LocalFlags, SetArg, tcsetattr};
        let mut termios = self.master.get_termios().expect("termios of the pty");
        termios.local_flags |= LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG;
        let fd = self.master.as_raw_fd().expect("the pty's descriptor");
        // SAFETY: the descriptor is the master's, open for the session's life.
        let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
        tcsetattr(fd, SetArg::TCSANOW, &termios).expect("set termios");
    }

    /// Whether the terminal is back in cooked mode: line editing and echo
    /// on, as the shell left it. Read from the pty itself, not the screen.
    pub fn cooked(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        let termios = self.master.get_termios().expect("termios of the pty");
        termios.local_flags.contains(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG)
    }

    /// Resizes the pty. The screen model takes the new size first, under
    /// the lock the reader holds while parsing, so no frame drawn for the
    /// new size is ever parsed at the old one.
    pub fn resize(&self, cols: u16, rows: u16) {
        let mut output = self.output.lock().expect("output lock");
        output.0.screen_mut().set_size(nonzero(rows), nonzero(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize pty");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a pty has at least one row and column")
}

/// Sends `signal` to process `pid`; one that has already gone is no error.
pub fn send(pid: u32, signal: nix::sys::signal::Signal) {
    let pid = nix::unistd::Pid::from_raw(i32::try_from(pid).expect("pid fits"));
    match nix::sys::signal::kill(pid, signal) {
        Ok(()) | Err(nix::errno::Errno::ESRCH) => {}
        Err(error) => panic!("cannot send {signal}: {error}"),
    }
}

/// The scheduler state of a process ('T' stopped, 'Z' a zombie), or `None`
/// once it is gone.
pub fn process_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    after_name.chars().next()
}

/// The statusbrowse processes whose parent is `parent`.
pub fn statusbrowse_children(parent: u32) -> Vec<u32> {
    let ours = std::fs::canonicalize(env!("CARGO_BIN_EXE_statusbrowse")).expect("the binary");
    std::fs::read_dir("/proc")
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
                .filter(|pid| {
                    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
                    let ppid = stat.rfind(')').and_then(|end| stat[end + 2..].split(' ').nth(1)?.parse::<u32>().ok());
                    ppid == Some(parent) && std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == ours)
                })
                .collect()
        })
        .unwrap_or_default()
}
