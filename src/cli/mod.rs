//! The command line, and the program's composition root: it reads the
//! arguments and the user's files, then answers a lookup, runs a
//! subcommand, or opens the browser.

mod answer;
mod args;
mod commands;
mod failure;
mod json;
mod lookup;
mod text;
mod wire;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use self::args::{Args, ColorWhen};
use self::failure::{Failure, finish};
use crate::config::{self, Loaded, Overrides, Paths};
use crate::present::theme::Theme;
use crate::tui;

/// Runs the program and turns every outcome into an exit status; nothing
/// below here exits the process or panics on bad input.
pub fn main() -> ExitCode {
    if !stdout_is_open() {
        let closed = io::Error::other("stdout is closed");
        return finish(Err(Failure::Output(closed)));
    }
    if args::is_clipboard_helper() {
        return ExitCode::from(u8::try_from(tui::clipboard::serve()).unwrap_or(1));
    }
    let args = match Args::from_command_line() {
        Ok(args) => args,
        Err(error) => return clap_answered(&error),
    };
    if let Some(command) = &args.command {
        return finish(commands::run(command));
    }
    // Only a person watching needs to hear that a large catalog is loading.
    let watching = io::stderr().is_terminal();
    let mut progress = |message: &str| {
        if watching {
            failure::say(message);
        }
    };
    let loaded = match config::load(&Paths::from_env(), &args.catalog, &mut progress) {
        Ok(loaded) => loaded,
        Err(error) => return finish(Err(error.into())),
    };
    for warning in &loaded.warnings {
        failure::say(&format!("warning: {warning}"));
    }
    let wants_browser =
        args.query.is_empty() && !args.json && !args.list && args.class.is_none() && args.example.is_none();
    if wants_browser && tui::can_run() {
        return finish(browse(&args, loaded).map_err(Failure::from));
    }
    let theme = loaded.config.theme().colored(colour_wanted(args.color));
    // One write at the end, not one per line: stdout is line-buffered even
    // into a pipe, and 70 write calls were a sixth of `statusbrowse 404`.
    let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut notes = Vec::new();
    let outcome = answer::answer(&args, &loaded.catalog, &theme, text::width(), &mut out, &mut notes);
    let flushed = out.flush().map_err(Failure::Output);
    for note in &notes {
        failure::say(note);
    }
    // The process ends here: freeing thousands of strings one by one would
    // cost a fifth of a lookup's run time for memory the OS takes back anyway.
    std::mem::forget(loaded);
    finish(outcome.and(flushed))
}

/// The browser, with the settings in force: flags, then the environment,
/// then the config file.
fn browse(args: &Args, loaded: Loaded) -> Result<(), tui::run::RunError> {
    let settings = loaded.config.settings(Overrides { clipboard: args.clipboard, no_mouse: args.no_mouse });
    let options = tui::Options {
        routing: settings.clipboard.routing(|name| std::env::var(name).ok()),
        mouse: settings.mouse,
        keymap: settings.keymap,
        theme: settings.theme.colored(Theme::color_allowed_by_env()),
    };
    tui::launch(loaded.catalog, options)
}

/// `--help` and `--version` print and succeed, unless the output cannot be
/// written; a usage error goes to stderr with status 2, as clap words it.
fn clap_answered(error: &clap::Error) -> ExitCode {
    let printed = error.print().and_then(|()| io::stdout().flush());
    if error.use_stderr() {
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    finish(printed.map_err(Failure::Output))
}

/// Whether what is written to stdout can arrive anywhere. A closed stdout
/// (`statusbrowse 404 >&-`) is no longer closed when `main` runs: Rust's
/// runtime puts /dev/null there, opened read-write, where a shell's
/// `>/dev/null` opens it write-only. That is how the two are told apart.
fn stdout_is_open() -> bool {
    use nix::fcntl::{FcntlArg, OFlag, fcntl};
    use nix::sys::stat::{SFlag, fstat, stat};
    use std::os::fd::AsRawFd;
    let fd = io::stdout().as_raw_fd();
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

/// `--color`: auto means a terminal that has not asked for no colour.
fn colour_wanted(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                && std::env::var("TERM").map_or(true, |term| term != "dumb")
        }
    }
}
