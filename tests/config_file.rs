//! The settings file, `config.toml` in statusbrowse's config directory:
//! where it is looked for, the default it ships, every kind of mistake
//! stopping statusbrowse with its line and column, and the settings in
//! force reaching the browser (keys, clipboard).
//!
//! Every run gets a fresh `XDG_CONFIG_HOME`, so the developer's own config
//! never leaks in.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine;
use clap::Parser;
use common::pty::Session;
use common::{press, screen, selected_code};
use statusbrowse::catalog::Catalog;
use statusbrowse::cli::{Args, Settings};
use statusbrowse::config::{self, Config};
use statusbrowse::tui::app::Mode;
use statusbrowse::tui::clipboard::Choice;
use tempfile::TempDir;

/// A fresh config home for one test.
struct Home {
    dir: TempDir,
}

#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Home {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn config_dir(&self) -> PathBuf {
        self.root().join("statusbrowse")
    }

    fn config_file(&self) -> PathBuf {
        self.config_dir().join("config.toml")
    }

    /// Writes `$XDG_CONFIG_HOME/statusbrowse/<name>`.
    fn write(&self, name: &str, text: &str) -> PathBuf {
        fs::create_dir_all(self.config_dir()).expect("config dir");
        let path = self.config_dir().join(name);
        fs::write(&path, text).expect("write");
        path
    }

    fn run(&self, args: &[&str]) -> Run {
        run_with(self.root(), args)
    }
}

fn run_with(config_home: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .env_remove("NO_COLOR")
        .env_remove("STATUSBROWSE_CLIPBOARD")
        .stdin(Stdio::null())
        .output()
        .expect("run statusbrowse");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn str_of(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

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
    use statusbrowse::tui::{
        action::Action,
        app::{Focus, Mode},
        keymap::Key,
    };
    assert_eq!(config.keymap.resolve(Key::char('c'), Mode::Browse, Focus::List), Some(Action::CopyExample));
    assert_eq!(config.keymap.resolve(Key::char('y'), Mode::Browse, Focus::List), Some(Action::CopyStatusLine));
}

// 4. No config directory at all is fine.

#[test]
fn missing_config_directory_is_not_an_error() {
    let home = Home::new();
    let nowhere = home.root().join("does/not/exist");
    let run = run_with(&nowhere, &["404"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
    assert!(run.stdout.starts_with("404 Not Found\n"), "{run:?}");
    assert!(!nowhere.exists(), "statusbrowse creates nothing");

    // A file where the directory would be is no config either.
    let file = home.root().join("plain-file");
    fs::write(&file, "not a directory").expect("write");
    let run = run_with(&file, &["404"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{run:?}");
}

// 5. The keys in force reach the browser.

fn rebound() -> Config {
    config::parse("config.toml", "[keys]\ncopy_example = [\"x\"]\n").expect("a valid config")
}

#[test]
fn a_rebound_key_copies_and_the_old_one_does_nothing() {
    let mut app = common::app(100, 30);
    app.keymap = rebound().keymap;
    press(&mut app, "/418<Enter>");
    assert_eq!(selected_code(&app).as_deref(), Some("418"));
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(press(&mut app, "y"), [], "y is no longer bound");
    assert_eq!(app.toast, None);
    let effects = press(&mut app, "x");
    assert_eq!(common::copied(&effects), [example_418().as_str()]);
}

#[test]
fn help_and_hints_show_the_rebound_key() {
    let mut app = common::app(100, 30);
    app.keymap = rebound().keymap;
    let hints = screen(&app);
    let status = hints.lines().last().expect("a status line");
    assert!(status.contains(" x copy example "), "{status:?}");
    assert!(!status.contains("y copy example"), "{status:?}");

    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Help);
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
fn copy_418(home: &Home, env: &[(&str, &str)]) -> Session {
    let mut all: Vec<(&str, &str)> = vec![("XDG_CONFIG_HOME", str_of(home.root()))];
    all.extend_from_slice(&NO_DISPLAY);
    all.extend_from_slice(env);
    let mut session = Session::start(&[], &all, 100, 30);
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
    let session = copy_418(&home, &[]);
    assert!(session.screen().contains("via OSC 52 (terminal clipboard)"), "{}", session.screen());
    let payload = base64::engine::general_purpose::STANDARD.encode(example_418());
    session.wait_for_output("the OSC 52 sequence", format!("\x1b]52;c;{payload}\x07").as_bytes());
    quit(session);
}

#[test]
fn statusbrowse_clipboard_in_the_environment_overrides_the_config() {
    let home = Home::new();
    home.write("config.toml", "[ui]\nclipboard = \"osc52\"\n");
    let session = copy_418(&home, &[("STATUSBROWSE_CLIPBOARD", "system")]);
    let shown = session.screen();
    assert!(shown.contains("Could not copy 418"), "the system clipboard was tried, with no fallback:\n{shown}");
    let raw = session.raw();
    assert!(!raw.windows(5).any(|window| window == b"\x1b]52;"), "no OSC 52 was sent");
    quit(session);
}

#[test]
fn clipboard_precedence_flag_then_environment_then_file() {
    let catalog = || Catalog::builtin();
    let args = |argv: &[&str]| {
        let mut args = Args::try_parse_from([&["statusbrowse"], argv].concat()).expect("valid arguments");
        if !argv.contains(&"--clipboard") {
            // What clap read from this process's environment is not ours to test.
            args.clipboard = None;
        }
        args
    };
    let file =
        Settings { config: config::parse("config.toml", "[ui]\nclipboard = \"osc52\"\n").unwrap(), catalog: catalog() };
    assert_eq!(file.browser_options(&args(&[])).clipboard, Choice::Osc52, "the file, when nothing else says");
    assert_eq!(file.browser_options(&args(&["--clipboard", "system"])).clipboard, Choice::System, "the flag wins");
    let mut from_env = args(&[]);
    from_env.clipboard = Some(Choice::System); // as clap fills it from STATUSBROWSE_CLIPBOARD
    assert_eq!(file.browser_options(&from_env).clipboard, Choice::System);

    let none = Settings { config: Config::default(), catalog: catalog() };
    assert_eq!(none.browser_options(&args(&[])).clipboard, Choice::Auto, "auto without a setting");
    assert_eq!(none.browser_options(&args(&["--clipboard", "osc52"])).clipboard, Choice::Osc52);

    let keys = Settings { config: rebound(), catalog: catalog() };
    assert_eq!(keys.browser_options(&args(&[])).keymap, rebound().keymap, "the keys in force go to the browser");
}
