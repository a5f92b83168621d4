//! What real users throw at statusbrowse: pipes that close early, odd
//! terminals, clipboards that fail or hang, and files that are not what
//! they should be. Each case ends in a clear answer, never a panic, a hang
//! or a broken terminal.

use std::io::Read;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::net::UnixListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use statusbrowse::present::theme::Theme;

use crate::common::pty::Session;
use crate::common::run::{Run, statusbrowse};
use crate::common::{self};

fn stderr(run: &Run) -> String {
    run.stderr.clone()
}

/// Like `statusbrowse ARGS | head -c 100`: the reader takes a little and
/// goes away.
fn read_then_close(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).expect("some output first");
    drop(stdout);
    let output = child.wait_with_output().expect("wait");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    for args in [&["--json"][..], &["--list"], &["404"], &["4xx"], &["completions", "bash"], &["man"]] {
        let (code, errors) = read_then_close(args);
        assert_eq!(code, Some(0), "{args:?}: {errors}");
        assert_eq!(errors, "", "{args:?}: no panic, no 'broken pipe' noise");
    }
}

#[test]
fn a_dumb_terminal_gets_the_list_not_the_browser() {
    let mut session = Session::start(&[], &[("TERM", "dumb")], 80, 24);
    assert_eq!(session.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&session.raw()).into_owned();
    assert!(raw.contains("404  Not Found"), "{raw:.300}");
    assert!(!raw.contains("\x1b[?1049h"), "never entered the alternate screen");
}

#[test]
fn invalid_utf8_in_an_argument_is_a_clear_usage_error() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .arg(std::ffi::OsString::from_vec(vec![b'4', 0xff, b'4']))
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("run");
    let errors = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(errors.contains("invalid UTF-8"), "{errors}");
}

#[test]
fn a_resize_storm_ends_on_a_correct_screen() {
    let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    for round in 0..60u16 {
        let (cols, rows) = match round % 6 {
            0 => (1, 1),
            1 => (500, 200),
            2 => (20, 5),
            3 => (37, 9),
            4 => (240, 3),
            _ => (90 + round, 20 + round / 3),
        };
        session.resize(cols, rows);
    }
    session.resize(100, 30);
    session.send("/418\r");
    session.wait_for_screen("the browser at 100x30", |screen| {
        screen.lines().next().is_some_and(|top| top.starts_with("┌ Codes") && top.trim_end().ends_with('┐'))
            && screen.contains("▶418 I'm a teapot")
    });
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

#[test]
fn the_largest_and_smallest_terminals_render() {
    for (width, height) in [(500, 200), (1, 1), (0, 0), (500, 1), (1, 200)] {
        let mut app = common::app(width, height);
        common::press(&mut app, "G?");
        let _ = common::render(&app, &Theme::COLOR);
        common::press(&mut app, "?/4");
        let _ = common::render(&app, &Theme::MONOCHROME);
    }
}

#[test]
fn no_display_and_no_osc52_says_so() {
    let mut session = Session::start(&["--clipboard", "system"], &[], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    session.send("/404\ry");
    session.wait_for_screen("a clear toast", |screen| screen.contains("Could not copy 404 example"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

/// An X server that accepts connections and never says a word.
struct SilentDisplay {
    display: String,
    socket: std::path::PathBuf,
}

impl SilentDisplay {
    fn start() -> Self {
        std::fs::create_dir_all("/tmp/.X11-unix").expect("X socket dir");
        let number = 600 + std::process::id() % 300;
        let socket = Path::new("/tmp/.X11-unix").join(format!("X{number}"));
        let _ = std::fs::remove_file(&socket);
        let listener = UnixListener::bind(&socket).expect("bind a silent display");
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for stream in listener.incoming().flatten() {
                held.push(stream);
            }
        });
        Self { display: format!(":{number}"), socket }
    }
}

impl Drop for SilentDisplay {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// statusbrowse copying the 400 example to `display`, once the copy is
/// under way.
fn copying_400_to(display: &SilentDisplay) -> Session {
    let mut session = Session::start(&["--clipboard", "system"], &[("DISPLAY", display.display.as_str())], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("100 Continue"));
    session.send("/40\r");
    session.wait_for_screen("400 selected", |screen| screen.contains("▶400 Bad Request"));
    session.send("y");
    session.wait_for_screen("the copy under way", |screen| screen.contains("Copying 400 example"));
    session
}

/// Waits until no clipboard helper serves `display`, or fails saying why.
fn wait_for_no_helpers(display: &SilentDisplay, why: &str) {
    let start = Instant::now();
    while common::clipboard_helpers_on(&display.display) > 0 {
        assert!(start.elapsed() < Duration::from_secs(15), "{why}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_hanging_clipboard_never_freezes_the_browser() {
    let display = SilentDisplay::start();
    let mut session = copying_400_to(&display);
    // The browser answers keys while the clipboard hangs.
    session.send("j");
    session.wait_for_screen("401 selected during the copy", |screen| screen.contains("▶401 Unauthorized"));
    session.wait_for_screen("the timeout", |screen| {
        screen.contains("Could not copy 400 example") && screen.contains("did not answer")
    });
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    wait_for_no_helpers(&display, "a hung clipboard helper was left running");
}

#[test]
fn quitting_during_a_hanging_copy_leaves_no_helper_behind() {
    // The parent's time limit ends with the parent: the helper must keep
    // its own, or it waits on the silent display for ever.
    let display = SilentDisplay::start();
    let mut session = copying_400_to(&display);
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    wait_for_no_helpers(&display, "the helper outlived statusbrowse, waiting on the display");
}

#[test]
fn odd_catalog_files_get_clear_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name);

    std::fs::write(path("empty.toml"), "").expect("write");
    let empty = statusbrowse(&["--catalog", path("empty.toml").to_str().unwrap(), "404"]);
    assert_eq!(empty.code, Some(0), "an empty catalog adds nothing: {}", stderr(&empty));

    std::fs::write(path("binary.toml"), [0x7f, b'E', b'L', b'F', 0xff, 0x00, 0x12]).expect("write");
    let binary = statusbrowse(&["--catalog", path("binary.toml").to_str().unwrap(), "404"]);
    assert_eq!(binary.code, Some(2));
    assert!(stderr(&binary).contains("binary.toml: is not UTF-8 text"), "{}", stderr(&binary));

    nix::unistd::mkfifo(&path("fifo.toml"), nix::sys::stat::Mode::S_IRWXU).expect("mkfifo");
    let fifo = statusbrowse(&["--catalog", path("fifo.toml").to_str().unwrap(), "404"]);
    assert_eq!(fifo.code, Some(2), "a FIFO is refused, not read forever");
    assert!(stderr(&fifo).contains("fifo.toml: is not a regular file"), "{}", stderr(&fifo));

    std::os::unix::fs::symlink(path("loop-b.toml"), path("loop-a.toml")).expect("symlink");
    std::os::unix::fs::symlink(path("loop-a.toml"), path("loop-b.toml")).expect("symlink");
    let looped = statusbrowse(&["--catalog", path("loop-a.toml").to_str().unwrap(), "404"]);
    assert_eq!(looped.code, Some(2));
    assert!(stderr(&looped).contains("loop-a.toml: a loop of symbolic links"), "{}", stderr(&looped));

    let directory = statusbrowse(&["--catalog", dir.path().to_str().unwrap(), "404"]);
    assert_eq!(directory.code, Some(2));
    assert!(stderr(&directory).contains("is a directory"));

    // Past the documented limit, refused before it is read.
    let huge = std::fs::File::create(path("huge.toml")).expect("create");
    huge.set_len(17 << 20).expect("a sparse 17 MiB file");
    let huge = statusbrowse(&["--catalog", path("huge.toml").to_str().unwrap(), "404"]);
    assert_eq!(huge.code, Some(2));
    assert!(
        stderr(&huge).contains("huge.toml: is 17 MiB; statusbrowse reads files of up to 16 MiB"),
        "{}",
        stderr(&huge)
    );
}

#[test]
fn a_large_catalog_says_it_is_loading_on_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("large.toml");
    let text: String = (0..20_000)
        .map(|index| {
            format!(
                "[[entry]]\ncode = {}\nvendor = \"Team {index}\"\nphrase = \"Budget {index}\"\n\n",
                600 + index % 300
            )
        })
        .collect();
    std::fs::write(&file, &text).expect("write");
    let megabytes = format!("{:.1} MB", text.len() as f64 / 1e6);
    let mut session = Session::start(&["--catalog", file.to_str().unwrap(), "404", "--paging", "never"], &[], 100, 60);
    assert_eq!(session.wait_exit(), 0);
    let shown = String::from_utf8_lossy(&session.raw()).into_owned();
    let said = format!("statusbrowse: loading {} ({megabytes})…", file.display());
    assert!(shown.contains(&said), "{said:?} not in {:?}", &shown[..shown.len().min(300)]);
    // Not where nobody watches: a script's stderr stays quiet.
    let quiet = statusbrowse(&["--catalog", file.to_str().unwrap(), "404"]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (Some(0), ""));
}

#[test]
fn a_file_whose_read_would_wait_is_refused_at_once() {
    // /proc/kmsg is a regular file of size 0 whose read waits for the next
    // kernel message: opened without waiting, it is refused, not hung on.
    // (Where it cannot be opened at all, that is refused too.)
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(["--catalog", "/proc/kmsg", "404"])
        .env("XDG_CONFIG_HOME", tempfile::tempdir().expect("temp dir").path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("status") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("statusbrowse waited on /proc/kmsg");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut errors = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut errors).expect("read stderr");
    assert_eq!(status.code(), Some(2), "{errors}");
    assert!(errors.starts_with("statusbrowse: /proc/kmsg: "), "{errors}");
}

#[test]
fn a_catalog_of_100000_entries_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.toml");
    let mut text = String::with_capacity(12 << 20);
    for index in 0..100_000u32 {
        let code = 600 + index % 400;
        text.push_str(&format!(
            "[[entry]]\ncode = {code}\nvendor = \"Vendor {index}\"\nphrase = \"Generated {index}\"\nkeywords = [\"bulk\"]\n\n"
        ));
    }
    std::fs::write(&file, &text).expect("write");
    let output = statusbrowse(&["--catalog", file.to_str().unwrap(), "--json", "999"]);
    assert_eq!(output.code, Some(0), "{}", stderr(&output));
    let entries: serde_json::Value = serde_json::from_str(&output.stdout).expect("json");
    // 999 holds LinkedIn's code and the 250 generated entries with it.
    assert_eq!(entries.as_array().map(Vec::len), Some(251));
}

/// Runs statusbrowse with `args`, its stdout and stderr opened on `stdout`
/// and `stderr` (a path, or `None` for a closed descriptor).
fn with_outputs(args: &[&str], stdout: Option<&str>, stderr: Option<&str>) -> (Option<i32>, String) {
    use std::os::unix::process::CommandExt;
    let home = tempfile::tempdir().expect("temp dir");
    let open = |path: Option<&str>| match path {
        Some(path) => Stdio::from(std::fs::OpenOptions::new().write(true).open(path).expect("open")),
        None => Stdio::null(),
    };
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command.args(args).env("XDG_CONFIG_HOME", home.path()).stdin(Stdio::null());
    command.stdout(if stdout.is_some() { open(stdout) } else { Stdio::null() });
    command.stderr(if stderr == Some("capture") { Stdio::piped() } else { open(stderr) });
    let closed_stdout = stdout.is_none();
    // SAFETY: close is async-signal-safe; nothing else runs before exec.
    unsafe {
        command.pre_exec(move || {
            if closed_stdout {
                nix::unistd::close(1).map_err(std::io::Error::from)?;
            }
            Ok(())
        });
    }
    let output = command.output().expect("run statusbrowse");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn output_that_cannot_be_written_is_an_error_with_a_message() {
    for args in [&["--help"][..], &["--version"], &["404"], &["--json"], &["config", "--path"]] {
        let (code, errors) = with_outputs(args, Some("/dev/full"), Some("capture"));
        assert_eq!(code, Some(2), "{args:?} > /dev/full: {errors}");
        assert!(errors.contains("cannot write output"), "{args:?}: {errors}");
        let (code, errors) = with_outputs(args, None, Some("capture"));
        assert_eq!(code, Some(2), "{args:?} >&-: {errors}");
        assert!(errors.contains("cannot write output"), "{args:?}: {errors}");
    }
}

#[test]
fn a_stdout_on_dev_null_opened_read_write_is_open() {
    // Python's subprocess.DEVNULL, libuv's "ignore" and many supervisors
    // open /dev/null read-write, as statusbrowse itself does for a closed
    // descriptor at start; only the closed one is an error.
    let home = tempfile::tempdir().expect("temp dir");
    let null = std::fs::OpenOptions::new().read(true).write(true).open("/dev/null").expect("open /dev/null");
    let output = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(["404"])
        .env("XDG_CONFIG_HOME", home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::from(null))
        .output()
        .expect("run statusbrowse");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_stderr_that_cannot_be_written_changes_no_exit_status() {
    for (args, expected) in [
        (&["nosuchwordatall"][..], 1),
        (&["--catalog", "/nonexistent/catalog.toml", "404"], 2),
        (&["--no-such-option"], 2),
        (&["404"], 0),
    ] {
        let (code, _) = with_outputs(args, Some("/dev/null"), Some("/dev/full"));
        assert_eq!(code, Some(expected), "{args:?} 2>/dev/full");
    }
    let (code, _) = with_outputs(&["404"], Some("/dev/full"), Some("/dev/full"));
    assert_eq!(code, Some(2), "404 >/dev/full 2>/dev/full: an error, not a panic");
}

#[test]
fn config_path_shows_hostile_paths_inert() {
    let home = tempfile::tempdir().expect("temp dir");
    let hostile = format!("{}/x\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[31m\u{9b}1m", home.path().display());
    let output = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(["config", "--path"])
        .env("XDG_CONFIG_HOME", &hostile)
        .output()
        .expect("run statusbrowse");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(!text.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{text:?}");
    assert!(text.contains("x␛]52;c;cHduZWQ=␇"), "{text:?}");
}

#[test]
fn closed_stdin_and_stderr_leave_a_lookup_whole() {
    // A daemon's or a cron job's descriptors: the answer is whole and the
    // user's file, opened while 0 and 2 are closed, is left alone.
    // (statusbrowse puts /dev/null on them at start, as Rust's runtime did
    // before the binary started without it.)
    use std::os::unix::process::CommandExt;
    let home = tempfile::tempdir().expect("temp dir");
    let catalog = home.path().join("team.toml");
    std::fs::write(&catalog, "[[entry]]\ncode = 590\nphrase = \"Team Rule\"\nsummary = \"Ours.\"\n")
        .expect("write catalog");
    let mut command = Command::new(env!("CARGO_BIN_EXE_statusbrowse"));
    command.args(["--catalog", catalog.to_str().expect("utf-8 path"), "590", "404"]);
    command.env("XDG_CONFIG_HOME", home.path()).stdout(Stdio::piped());
    // SAFETY: close is async-signal-safe; nothing else runs before exec.
    unsafe {
        command.pre_exec(|| {
            nix::unistd::close(0).map_err(std::io::Error::from)?;
            nix::unistd::close(2).map_err(std::io::Error::from)?;
            Ok(())
        });
    }
    let output = command.output().expect("run statusbrowse");
    assert_eq!(output.status.code(), Some(0));
    let answer = String::from_utf8_lossy(&output.stdout);
    assert!(answer.starts_with("590 Team Rule") && answer.contains("404 Not Found"), "{answer:.300}");
    assert_eq!(std::fs::read_to_string(&catalog).expect("read catalog").lines().count(), 4, "untouched");
}
