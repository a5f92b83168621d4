//! The command line: `statusbrowse 404`, `statusbrowse --json`.

mod args;
mod json;
mod text;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

pub use args::Args;

use crate::catalog::{Catalog, Entry};
use crate::tui;

/// Exit status when a lookup found nothing.
const NOT_FOUND: u8 = 1;
/// Exit status for a usage or configuration error (clap uses it too).
const USAGE: u8 = 2;

/// Runs the program and turns every outcome into an exit status; nothing
/// below here exits the process or panics on bad input.
pub fn main() -> ExitCode {
    let args = Args::parse();
    if args.clipboard_serve {
        return ExitCode::from(u8::try_from(crate::tui::clipboard::serve()).unwrap_or(1));
    }
    let catalog = match Catalog::builtin() {
        Ok(catalog) => catalog,
        Err(error) => {
            eprintln!("statusbrowse: the built-in catalog is broken: {error}");
            return ExitCode::from(USAGE);
        }
    };
    if args.query.is_empty() && !args.json && tui::can_run() {
        let options = tui::Options {
            clipboard: args.clipboard,
            mouse: !args.no_mouse,
        };
        return match tui::launch(catalog, options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("statusbrowse: {error}");
                ExitCode::FAILURE
            }
        };
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let status = run(&args, &catalog, &mut out);
    match status.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        // A reader that went away (`| head`) is not an error worth a message.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("statusbrowse: cannot write output: {error}");
            ExitCode::from(USAGE)
        }
    }
}

/// Writes the answer for `args` to `out`; the caller decides where that goes.
pub fn run(args: &Args, catalog: &Catalog, out: &mut impl Write) -> io::Result<ExitCode> {
    if args.query.is_empty() {
        if args.json {
            json::write_entries(out, catalog.entries())?;
        } else {
            text::write_list(out, catalog.entries())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut found: Vec<&Entry> = Vec::new();
    let mut missing = Vec::new();
    for word in &args.query {
        match word.parse::<u16>() {
            Ok(code) if word.len() == 3 => {
                let before = found.len();
                found.extend(catalog.by_code(code));
                if found.len() == before {
                    missing.push(word.as_str());
                }
            }
            _ => missing.push(word.as_str()),
        }
    }
    for word in &missing {
        eprintln!("statusbrowse: no status code {word:?} in the catalog");
    }
    if found.is_empty() {
        return Ok(ExitCode::from(NOT_FOUND));
    }
    if args.json {
        json::write_entries(out, found.iter().copied())?;
    } else {
        text::write_entries(out, catalog, &found, text::width())?;
    }
    Ok(if missing.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(NOT_FOUND)
    })
}
