//! The command line, and the program's composition root: it reads the
//! arguments and the user's files, then answers a lookup, runs a
//! subcommand, or opens the browser.

mod answer;
mod args;
mod check;
mod commands;
mod compare;
mod failure;
mod guide;
mod json;
mod lookup;
mod manual;
mod pager;
pub mod start;
mod subcommands;
mod text;
mod wire;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use self::args::{Args, ColorWhen};
use self::failure::{Failure, finish};
use crate::config::{self, Loaded, Overrides, Paths};
use crate::present::theme::Theme;
use crate::tui;

/// Runs the program and turns every outcome into an exit status; nothing
/// below here exits the process or panics on bad input. `arguments` is
/// the whole command line, the program's name first; `start` calls this.
pub fn main(arguments: Vec<OsString>, stdout: start::Stdout) -> u8 {
    if stdout == start::Stdout::Closed {
        let closed = io::Error::other("stdout is closed");
        return finish(Err(Failure::Output(closed)));
    }
    if args::is_clipboard_helper(&arguments) {
        return u8::try_from(tui::clipboard::serve()).unwrap_or(1);
    }
    let args = match Args::from_command_line(arguments) {
        Ok(args) => args,
        Err(error) => return clap_answered(&error),
    };
    match &args.command {
        Some(args::Command::Check(check)) => return check::run(check),
        Some(args::Command::Compare(compare)) => return finish(compare::run(compare)),
        Some(args::Command::Guide(guide)) => return finish(guide::run(guide)),
        _ => {}
    }
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
    if let Some(codes) = compare::versus(&args.query) {
        return finish(compare::print(&codes, &loaded.catalog, &loaded.config.theme(), colour_wanted(args.color)));
    }
    let wants_browser =
        args.query.is_empty() && !args.json && !args.list && args.class.is_none() && args.example.is_none();
    if wants_browser && tui::can_run() {
        return finish(browse(&args, loaded).map_err(Failure::from));
    }
    let theme = loaded.config.theme().colored(colour_wanted(args.color));
    // One write at the end, not one per line: stdout is line-buffered even
    // into a pipe, and 70 write calls were a sixth of `statusbrowse 404`.
    // Whole, the answer can also be measured against the screen.
    let mut out = Vec::with_capacity(64 * 1024);
    let mut notes = Vec::new();
    let outcome = answer::answer(&args, &loaded.catalog, &theme, text::width(), &mut out, &mut notes);
    let flushed = deliver(&out, args.paging).map_err(Failure::Output);
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

/// The answer on stdout, or through the pager when it is long and stdout
/// is a terminal. A pager that cannot start is worth a warning, not the
/// answer: it is printed directly instead.
fn deliver(text: &[u8], paging: args::Paging) -> io::Result<()> {
    let screen = if !io::stdout().is_terminal() {
        pager::Screen::Pipe
    } else if std::env::var("TERM").is_ok_and(|term| term == "dumb") {
        pager::Screen::Dumb
    } else {
        pager::Screen::Rows(ratatui::crossterm::terminal::size().ok().map(|(_, rows)| rows))
    };
    // Counted byte by byte, not with memchr: its first call asks the CPU
    // which SIMD it has, and under a hypervisor those CPUID instructions
    // cost a tenth of a millisecond, more than the rest of a lookup.
    let lines = || text.iter().filter(|byte| **byte == b'\n').count();
    if pager::wanted(paging, screen, lines) {
        match pager::Pager::from_env(|name| std::env::var(name).ok()) {
            Ok(Some(pager)) => match pager.show(text) {
                Ok(()) => return Ok(()),
                // Only the default may be missing quietly: a minimal
                // system has no less, and the answer is what was asked.
                Err(error) => {
                    if let Some(variable) = pager.named_by {
                        failure::say(&format!(
                            "warning: cannot start the pager `{}` from ${variable}: {error}; printing directly",
                            pager.command_line()
                        ));
                    }
                }
            },
            Ok(None) => {}
            Err(problem) => failure::say(&format!("warning: {problem}; printing directly")),
        }
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(text)?;
    stdout.flush()
}

/// `--help` and `--version` print and succeed, unless the output cannot be
/// written; a usage error goes to stderr with status 2, as clap words it.
fn clap_answered(error: &clap::Error) -> u8 {
    let printed = error.print().and_then(|()| io::stdout().flush());
    if error.use_stderr() {
        return u8::try_from(error.exit_code()).unwrap_or(2);
    }
    finish(printed.map_err(Failure::Output))
}

/// `--color`: auto means a terminal that has not asked for no colour.
pub(crate) fn colour_wanted(when: ColorWhen) -> bool {
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
