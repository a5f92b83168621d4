//! How a run can fail, and the one rule that turns every outcome into an
//! exit status: 0 found, 1 nothing matched, 2 any error (usage,
//! configuration, terminal, output).

use std::io::{self, Write};

use thiserror::Error;

use crate::config::LoadError;
use crate::tui::run::RunError;

/// Exit status of a run that did what was asked.
pub const SUCCESS: u8 = 0;
/// Exit status when a lookup found nothing.
const NOT_FOUND: u8 = 1;
/// Exit status for any error; clap uses it for usage errors too.
const ERROR: u8 = 2;
/// Exit status when the terminal went away under the browser: what a
/// SIGHUP ends it with, 128 + 1, as shells expect.
const HUNG_UP: u8 = 129;

/// Why a run did not simply succeed.
#[derive(Debug, Error)]
pub enum Failure {
    /// Nothing matched; the message helps find what was meant.
    #[error("{0}")]
    NotFound(String),
    /// The arguments do not make sense together.
    #[error("{0}")]
    Usage(String),
    /// The config file or a catalog file is wrong.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The browser could not run or went wrong.
    #[error(transparent)]
    Browser(#[from] RunError),
    #[error("cannot write output: {0}")]
    Output(#[from] io::Error),
}

/// The exit status for an outcome, with its message on stderr.
pub fn finish(outcome: Result<(), Failure>) -> u8 {
    let failure = match outcome {
        Ok(()) => return SUCCESS,
        // A reader that went away (`| head`) is not an error worth a message.
        Err(Failure::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => return SUCCESS,
        // Nobody is left to read a message.
        Err(Failure::Browser(RunError::HungUp)) => return HUNG_UP,
        Err(failure) => failure,
    };
    say(&failure.to_string());
    if matches!(failure, Failure::NotFound(_)) { NOT_FOUND } else { ERROR }
}

/// A message on stderr. It may quote a file name or a query, so it is made
/// inert: a hostile name cannot reach the terminal as a control sequence.
/// A stderr that cannot be written to (`2>/dev/full`) loses the message,
/// never the exit status: there is nowhere left to complain.
pub fn say(message: &str) {
    let _ = writeln!(io::stderr(), "statusbrowse: {}", crate::inert::text(message));
}
