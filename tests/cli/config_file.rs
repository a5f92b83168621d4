//! The settings file, `config.toml` in statusbrowse's config directory:
//! where it is looked for, the default it ships, every kind of mistake
//! stopping statusbrowse with its line and column, and the settings in
//! force reaching the browser (keys, clipboard).
//!
//! Every run gets a fresh `XDG_CONFIG_HOME`, so the developer's own config
//! never leaks in.

use std::fs;
use std::path::Path;

use base64::Engine;
use statusbrowse::catalog::Catalog;
use statusbrowse::config::{self, Config};
use statusbrowse::tui::action::Action;
use statusbrowse::tui::app::{Focus, Mode};
use statusbrowse::tui::keys::Key;

use crate::common::pty::Session;
use crate::common::run::{Home, run_in, str_of};
use crate::common::{self, press, screen, selected_code};

/// The first example of the first meaning of 418, what `y` copies after
/// `/418<Enter>`.
fn example_418() -> String {
    let catalog = Catalog::builtin();
    let entry = catalog.by_code(418).next().expect("418");
    entry.examples[0].text.to_string()
}

// 1. `config --path`.

#[test]
fn config_path_names_the_directory_and_whether_the_files_are_there() {
    let home = Home::new();
    let dir = home.config_dir();
    let settings = home.config_file();
    let catalog = dir.join("catalog.toml");
    let expect = |settings_state: &str, catalog_state: &str| {
        format!(
            "config directory: {}\nsettings: {} ({settings_state})\nyour catalog: {} ({catalog_state})\n",
            str_of(&dir),
            str_of(&settings),
            str_of(&catalog)
        )
    };
    let path = || {
        let run = home.run(&["config", "--path"]);
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
        run.stdout
    };

    assert!(!dir.exists());
    assert_eq!(path(), expect("not there; optional", "not there; optional"));
    home.write("config.toml", "");
    assert_eq!(path(), expect("found", "not there; optional"));
    home.write("catalog.toml", "");
    assert_eq!(path(), expect("found", "found"));
    fs::remove_file(&settings).expect("remove config.toml");
    assert_eq!(path(), expect("not there; optional", "found"));
}

// 2. `config --default`.

#[test]
fn config_default_prints_the_shipped_file_exactly() {
    let shipped = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/config.toml"))
        .expect("assets/config.toml");
    let home = Home::new();
    let run = home.run(&["config", "--default"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
    assert!(run.stdout == shipped, "config --default differs from assets/config.toml:\n{}", run.stdout);

    // What it prints is a config file statusbrowse accepts as is.
    home.write("config.toml", &run.stdout);
    let run = home.run(&["404"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.starts_with("404 Not Found\n"), "{run:?}");
}

// 3. Mistakes: exit 2, `config.toml:LINE:COL: what`, nothing on stdout.

/// Writes `text` as config.toml, runs `statusbrowse 404` and checks it is
/// refused at `line:column` with a message containing `message`.
fn refused_at(text: &str, line: usize, column: usize, message: &str) {
    let home = Home::new();
    let path = home.write("config.toml", text);
    let run = home.run(&["404"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(run.stdout, "", "nothing on stdout: {run:?}");
    let at = format!("statusbrowse: {}:{line}:{column}: ", str_of(&path));
    assert!(run.stderr.starts_with(&at), "expected {at:?}:\n{}", run.stderr);
    assert!(run.stderr[at.len()..].contains(message), "expected {message:?}:\n{}", run.stderr);
    assert!(run.stderr.contains(&format!("config.toml:{line}:{column}:")));
}

#[test]
fn unknown_key_in_ui_is_refused() {
    refused_at("# mine\n[ui]\nmouse = false\ncolour = true\n", 4, 1, "unknown field `colour`");
}

#[test]
fn bad_colour_is_refused() {
    refused_at("[colors]\n2xx = \"green\"\n4xx = \"chartreuse-ish\"\n", 3, 7, "\"chartreuse-ish\" is not a colour");
}

#[test]
fn unknown_action_is_refused() {
    refused_at("[keys]\nquit = [\"q\"]\nteleport = [\"t\"]\n", 3, 12, "unknown action \"teleport\" in [keys]");
}

#[test]
fn key_that_is_not_a_key_is_refused() {
    refused_at("[keys]\nquit = [\"q\", \"hyper-q\"]\n", 2, 14, "\"hyper-q\" is not a key");
}

#[test]
fn clashing_binding_is_refused() {
    refused_at(
        "[keys]\ncopy_example = [\"j\"]\n",
        2,
        16,
        "copy_example: j would both next code and copy the example response",
    );
}

/// Swapping two keys leaves no key doing two things, whatever order the
/// actions are read in, so it is accepted and takes effect.
#[test]
fn swapping_two_keys_is_not_a_clash() {
    let text = "[keys]\ncopy_example = [\"c\"]\ncopy_status_line = [\"y\"]\n";
    let parsed = config::parse("config.toml", text);
    let config = parsed.unwrap_or_else(|error| panic!("a swap is refused: {error}"));
    assert_eq!(config.keymap.resolve(Key::char('c'), Mode::Browse, Focus::List), Some(Action::CopyExample));
    assert_eq!(config.keymap.resolve(Key::char('y'), Mode::Browse, Focus::List), Some(Action::CopyStatusLine));
}

// 4. No config directory at all is fine.

#[test]
fn missing_config_directory_is_not_an_error() {
    let home = Home::new();
    let nowhere = home.root().join("does/not/exist");
    let run = run_in(&nowhere, &["404"], &[]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
    assert!(run.stdout.starts_with("404 Not Found\n"), "{run:?}");
    assert!(!nowhere.exists(), "statusbrowse creates nothing");

    // A file where the directory would be is no config either.
    let file = home.root().join("plain-file");
    fs::write(&file, "not a directory").expect("write");
    let run = run_in(&file, &["404"], &[]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
}

// 5. The keys in force reach the browser.

fn rebound() -> Config {
    config::parse("config.toml", "[keys]\ncopy_example = [\"x\"]\n").expect("a valid config")
}

/// The browser with the keys of [`rebound`].
fn rebound_app() -> statusbrowse::tui::app::App {
    let size = ratatui::layout::Size::new(100, 30);
    statusbrowse::tui::app::App::new(Catalog::builtin(), size, rebound().keymap)
}

#[test]
fn a_rebound_key_copies_and_the_old_one_does_nothing() {
    let mut app = rebound_app();
    press(&mut app, "/418<Enter>");
    assert_eq!(selected_code(&app).as_deref(), Some("418"));
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(press(&mut app, "y"), [], "y is no longer bound");
    assert_eq!(app.toast(), None);
    let effects = press(&mut app, "x");
    assert_eq!(common::copied(&effects), [example_418().as_str()]);
}

#[test]
fn help_and_hints_show_the_rebound_key() {
    let mut app = rebound_app();
    let hints = screen(&app);
    let status = hints.lines().last().expect("a status line");
    assert!(status.contains(" x copy example "), "{status:?}");
    assert!(!status.contains("y copy example"), "{status:?}");

    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Help);
    let shown = screen(&app);
    let line = shown.lines().find(|line| line.contains("copy the example response"));
    let line = line.unwrap_or_else(|| panic!("help lists copying the example:\n{shown}"));
    // The overlay is drawn over the panes: its row starts at its own border.
    let before = &line[..line.find("copy the example response").expect("found above")];
    let keys = before.rsplit('│').next().expect("the overlay's border").trim();
    assert_eq!(keys, "x", "{line:?}");
}

#[test]
fn a_rebound_key_copies_in_a_terminal() {
    let home = Home::new();
    home.write("config.toml", "[keys]\ncopy_example = [\"x\"]\n");
    let env = [("XDG_CONFIG_HOME", str_of(home.root())), ("STATUSBROWSE_CLIPBOARD", "osc52")];
    let mut session = Session::start(&[], &env, 100, 30);
    session.wait_for_screen("the hints", |screen| screen.contains(" x copy example "));
    session.send("/418");
    session.wait_for_screen("418 selected", |screen| screen.contains("▶418"));
    session.send("\r");
    session.send("y");
    session.send("x");
    let payload = base64::engine::general_purpose::STANDARD.encode(example_418());
    session.wait_for_output("the OSC 52 sequence", format!("\x1b]52;c;{payload}\x07").as_bytes());
    let raw = session.raw();
    let sent = raw.windows(5).filter(|window| window == b"\x1b]52;").count();
    assert_eq!(sent, 1, "x copied once, y not at all");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

// 6. The clipboard setting, and what overrides it.

/// A display nobody serves: `auto` would pick the system clipboard (and
/// fail), so only an explicit choice leads to plain OSC 52.
const NO_DISPLAY: [(&str, &str); 2] = [("DISPLAY", ":6789"), ("WAYLAND_DISPLAY", "statusbrowse-test-no-such-display")];

/// Copies 418 in a browser started with `env` and returns the
/// session once the copy's toast is up.
fn copy_418(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Session {
    let mut all: Vec<(&str, &str)> = vec![("XDG_CONFIG_HOME", str_of(home.root()))];
    all.extend_from_slice(&NO_DISPLAY);
    all.extend_from_slice(env);
    let mut session = Session::start(args, &all, 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("Codes"));
    session.send("/418");
    session.wait_for_screen("418 selected", |screen| screen.contains("▶418"));
    session.send("\r");
    session.send("y");
    session.wait_for_screen("the copy's outcome", |screen| {
        screen.contains("Sent 418") || screen.contains("Copied 418") || screen.contains("Could not copy")
    });
    session
}

fn quit(mut session: Session) {
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

#[test]
fn clipboard_osc52_in_the_config_is_used() {
    let home = Home::new();
    home.write("config.toml", "[ui]\nclipboard = \"osc52\"\n");
    let session = copy_418(&home, &[], &[]);
    assert!(session.screen().contains("via OSC 52 (terminal clipboard)"), "{}", session.screen());
    let payload = base64::engine::general_purpose::STANDARD.encode(example_418());
    session.wait_for_output("the OSC 52 sequence", format!("\x1b]52;c;{payload}\x07").as_bytes());
    quit(session);
}

#[test]
fn statusbrowse_clipboard_in_the_environment_overrides_the_config() {
    let home = Home::new();
    home.write("config.toml", "[ui]\nclipboard = \"osc52\"\n");
    let session = copy_418(&home, &[], &[("STATUSBROWSE_CLIPBOARD", "system")]);
    let shown = session.screen();
    assert!(shown.contains("Could not copy 418"), "the system clipboard was tried, with no fallback:\n{shown}");
    let raw = session.raw();
    assert!(!raw.windows(5).any(|window| window == b"\x1b]52;"), "no OSC 52 was sent");
    quit(session);
}

#[test]
fn the_clipboard_flag_overrides_the_environment_and_the_config() {
    let home = Home::new();
    home.write("config.toml", "[ui]\nclipboard = \"system\"\n");
    let session = copy_418(&home, &["--clipboard", "osc52"], &[("STATUSBROWSE_CLIPBOARD", "system")]);
    assert!(session.screen().contains("via OSC 52 (terminal clipboard)"), "{}", session.screen());
    quit(session);
}

// 7. A config directory that cannot be read is named, not ignored.

/// Runs statusbrowse as a user who may not read `home`'s config
/// directory: as `nobody` when the tests run as root (root reads
/// everything), from a copy of the binary anyone may run.
fn run_without_access(home: &Home, args: &[&str]) -> (Option<i32>, String, String) {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let root = nix::unistd::geteuid().is_root();
    fs::set_permissions(home.root(), fs::Permissions::from_mode(0o755)).expect("chmod the home");
    fs::set_permissions(home.config_dir(), fs::Permissions::from_mode(0o000)).expect("chmod the config dir");
    let mut command = if root {
        let binary = home.root().join("statusbrowse-binary");
        fs::copy(env!("CARGO_BIN_EXE_statusbrowse"), &binary).expect("copy the binary");
        let mut command = std::process::Command::new(binary);
        command.uid(65534).gid(65534);
        command
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
    };
    command
        .args(args)
        .env("XDG_CONFIG_HOME", home.root())
        .env_remove("NO_COLOR")
        .env_remove("STATUSBROWSE_CLIPBOARD")
        .stdin(std::process::Stdio::null());
    // A test thread that forks while the copy's write handle is open hands
    // it to its child, and until that child execs the fresh copy is "busy"
    // (ETXTBSY): wait that out rather than fail at random.
    let mut output = command.output();
    for _ in 0..100 {
        match &output {
            Err(error) if error.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20));
                output = command.output();
            }
            _ => break,
        }
    }
    let output = output.expect("run statusbrowse");
    fs::set_permissions(home.config_dir(), fs::Permissions::from_mode(0o755)).expect("chmod back");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (output.status.code(), text(output.stdout), text(output.stderr))
}

#[test]
fn an_unreadable_config_directory_is_named_not_ignored() {
    let home = Home::new();
    home.write("config.toml", "[keys]\ncopy_example = [\"x\"]\n");
    home.write("catalog.toml", "");
    let dir = home.config_dir();
    let (code, stdout, stderr) = run_without_access(&home, &["404"]);
    assert_eq!(code, Some(0), "a warning, not an error: {stderr}");
    assert!(stdout.starts_with("404 Not Found\n"), "{stdout}");
    let warning = format!("statusbrowse: warning: cannot read {} (permission denied)", str_of(&dir));
    assert!(stderr.starts_with(&warning), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "said once for the directory: {stderr}");
    let (code, stdout, _) = run_without_access(&home, &["config", "--path"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("config.toml (cannot be read: permission denied)"), "{stdout}");
    assert!(stdout.contains("catalog.toml (cannot be read: permission denied)"), "{stdout}");
}
