//! The command line: lookups for scripts and quick looks, the subcommands,
//! and the decision to open the browser instead.

mod ansi;
mod args;
mod commands;
mod json;
mod lookup;
mod settings;
mod text;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

pub use args::{Args, ColorWhen, Command};
pub use lookup::{Query, read as read_query};
pub use settings::{Settings, load as load_settings};

use crate::catalog::{Catalog, Entry};
use crate::tui;
use crate::tui::view::theme::Theme;

/// Exit status when a lookup found nothing.
pub const NOT_FOUND: u8 = 1;
/// Exit status for a usage or configuration error (clap uses it too).
pub const USAGE: u8 = 2;

/// Why a lookup did not simply succeed.
#[derive(Debug)]
pub enum Failure {
    /// Nothing matched; the message helps find what was meant.
    NotFound(String),
    /// The arguments do not make sense together.
    Usage(String),
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Self::Output(error)
    }
}

/// Runs the program and turns every outcome into an exit status; nothing
/// below here exits the process or panics on bad input.
pub fn main() -> ExitCode {
    let args = Args::parse();
    if args.clipboard_serve {
        return ExitCode::from(u8::try_from(tui::clipboard::serve()).unwrap_or(1));
    }
    if let Some(command) = &args.command {
        return finish(commands::run(command));
    }
    let settings = match settings::load(&args) {
        Ok(settings) => settings,
        Err(message) => {
            say(&message);
            return ExitCode::from(USAGE);
        }
    };
    let wants_browser =
        args.query.is_empty() && !args.json && !args.list && args.class.is_none() && args.example.is_none();
    if wants_browser && tui::can_run() {
        let options = settings.browser_options(&args);
        return match tui::launch(settings.catalog, options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                say(&error.to_string());
                ExitCode::FAILURE
            }
        };
    }
    let theme = settings.theme(colour_wanted(args.color));
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let outcome = run(&args, &settings.catalog, &theme, text::width(), &mut out);
    let flushed = out.flush().map_err(Failure::Output);
    // The process ends here: freeing thousands of strings one by one would
    // cost a fifth of a lookup's run time for memory the OS takes back anyway.
    std::mem::forget(settings);
    finish(outcome.and(flushed))
}

/// The exit status for an outcome, with its message on stderr.
fn finish(outcome: Result<(), Failure>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::NotFound(message)) => {
            say(&message);
            ExitCode::from(NOT_FOUND)
        }
        Err(Failure::Usage(message)) => {
            say(&message);
            ExitCode::from(USAGE)
        }
        // A reader that went away (`| head`) is not an error worth a message.
        Err(Failure::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(error)) => {
            eprintln!("statusbrowse: cannot write output: {error}");
            ExitCode::from(USAGE)
        }
    }
}

/// A message on stderr. It may quote a file name or a query, so it is made
/// inert: a hostile name cannot reach the terminal as a control sequence.
fn say(message: &str) {
    eprintln!("statusbrowse: {}", crate::inert::text(message));
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

/// Answers a lookup on `out`; the caller decides where that goes.
pub fn run(args: &Args, catalog: &Catalog, theme: &Theme, width: u16, out: &mut impl Write) -> Result<(), Failure> {
    let class = match &args.class {
        Some(text) => Some(
            lookup::class_prefix(text)
                .ok_or_else(|| Failure::Usage(format!("--class takes 1 to 5 or 1xx to 5xx, not {text:?}")))?,
        ),
        None => None,
    };
    let in_class = |entry: &&Entry| class.as_ref().is_none_or(|prefix| entry.code_str().starts_with(prefix.as_str()));
    let query = lookup::read(&args.query);
    if let Some(number) = args.example {
        return example(&query, number, catalog, out);
    }
    let (entries, whole): (Vec<&Entry>, bool) = match &query {
        Query::All => (catalog.entries().iter().collect(), false),
        Query::Codes(codes) => {
            let mut found = Vec::new();
            let mut missing = Vec::new();
            for code in codes {
                let before = found.len();
                found.extend(catalog.by_code(*code));
                if found.len() == before {
                    missing.push(*code);
                }
            }
            found.retain(in_class);
            print(args, catalog, theme, width, out, &found, true)?;
            return match missing.as_slice() {
                [] if found.is_empty() => Err(Failure::NotFound(format!(
                    "none of those codes is in class {}",
                    lookup::class_name(class.as_deref().unwrap_or_default())
                ))),
                [] => Ok(()),
                missing => Err(Failure::NotFound(missing_codes(catalog, missing))),
            };
        }
        Query::Prefix(prefix) => (lookup::by_prefix(catalog, prefix), false),
        Query::Words(words) => (lookup::by_words(catalog, words), false),
        Query::NotACode(word) => {
            return Err(Failure::NotFound(format!(
                "{word} is not a status code: codes have three digits (100-599; vendors also use 000-999)"
            )));
        }
    };
    let entries: Vec<&Entry> = entries.into_iter().filter(in_class).collect();
    if entries.is_empty() {
        return Err(Failure::NotFound(nothing_matched(&query, class.as_deref())));
    }
    Ok(print(args, catalog, theme, width, out, &entries, whole)?)
}

/// JSON, a list, or whole entries, as asked.
fn print(
    args: &Args,
    catalog: &Catalog,
    theme: &Theme,
    width: u16,
    out: &mut impl Write,
    entries: &[&Entry],
    whole: bool,
) -> io::Result<()> {
    if args.json {
        json::write_entries(out, entries.iter().copied())
    } else if whole && !args.list {
        text::write_entries(out, catalog, entries, width, theme)
    } else {
        text::write_list(out, entries.iter().copied(), theme)
    }
}

fn example(query: &Query, number: usize, catalog: &Catalog, out: &mut impl Write) -> Result<(), Failure> {
    let Query::Codes(codes) = query else {
        return Err(Failure::Usage("--example takes exactly one code, as in `statusbrowse 429 --example`".into()));
    };
    let [code] = codes.as_slice() else {
        return Err(Failure::Usage("--example takes exactly one code, as in `statusbrowse 429 --example`".into()));
    };
    let Some(entry) = catalog.by_code(*code).next() else {
        return Err(Failure::NotFound(missing_codes(catalog, &[*code])));
    };
    let count = entry.examples.len();
    let Some(chosen) = number.checked_sub(1).and_then(|index| entry.examples.get(index)) else {
        return Err(Failure::Usage(format!(
            "--example {number}: {} has {count} example{}",
            entry.status_line(),
            if count == 1 { "" } else { "s" }
        )));
    };
    // Only the example, byte for byte, for pipes.
    out.write_all(chosen.text.as_bytes())?;
    Ok(())
}

fn missing_codes(catalog: &Catalog, missing: &[u16]) -> String {
    let lines: Vec<String> = missing
        .iter()
        .map(|code| {
            let near: Vec<String> = lookup::nearest(catalog, *code, 3).iter().map(|e| e.status_line()).collect();
            format!("no status code {code:03} in the catalog; nearest: {}", near.join(", "))
        })
        .collect();
    lines.join("\nstatusbrowse: ")
}

fn nothing_matched(query: &Query, class: Option<&str>) -> String {
    let within = class.map(|prefix| format!(" in class {}", lookup::class_name(prefix))).unwrap_or_default();
    match query {
        Query::Prefix(prefix) => format!("no code in the catalog matches {}{within}", lookup::class_name(prefix)),
        Query::Words(words) => {
            format!("nothing matches {words:?}{within}; try fewer or other words, or `statusbrowse --list`")
        }
        _ => format!("nothing matches{within}"),
    }
}
