//! The subcommands: shell completions, the man page, where config lives.

use std::io::{self, Write};

use clap::CommandFactory;

use super::args::{Args, Command};
use super::failure::Failure;
use crate::config::{DEFAULT_FILE, Paths};
use crate::inert;

pub fn run(command: &Command) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match command {
        // Generated into memory first: the generators panic on a write
        // error, and `| head` is not an error.
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Args::command(), "statusbrowse", &mut script);
            out.write_all(&script)?;
        }
        Command::Man => super::manual::write(&mut out)?,
        // Run from `main`, which has the catalog they need.
        Command::Check(_) | Command::Compare(_) | Command::Guide(_) => {}
        Command::Config { default: true, .. } => out.write_all(DEFAULT_FILE.as_bytes())?,
        Command::Config { .. } => write_paths(&mut out, &Paths::from_env())?,
    }
    out.flush()?;
    Ok(())
}

/// Whether a file statusbrowse would read is there, as `config --path`
/// says it.
fn state(file: &std::path::Path) -> String {
    use std::io::ErrorKind::{NotADirectory, NotFound, PermissionDenied};
    match std::fs::metadata(file) {
        Ok(metadata) if metadata.is_file() => "found".to_owned(),
        Ok(_) => "not a file".to_owned(),
        Err(error) if matches!(error.kind(), NotFound | NotADirectory) => "not there; optional".to_owned(),
        Err(error) if error.kind() == PermissionDenied => "cannot be read: permission denied".to_owned(),
        Err(error) => format!("cannot be read: {error}"),
    }
}

/// Where settings and the user's catalog are read from, and whether they
/// are there.
fn write_paths(out: &mut impl Write, paths: &Paths) -> io::Result<()> {
    let Some(dir) = &paths.dir else {
        return writeln!(out, "no config directory: neither XDG_CONFIG_HOME nor a home directory is set");
    };
    // The paths come from the environment (XDG_CONFIG_HOME, HOME), which
    // may hold anything, escape sequences included.
    let shown = |path: &std::path::Path| inert::line(&path.display().to_string()).into_owned();
    writeln!(out, "config directory: {}", shown(dir))?;
    for (what, file) in [("settings", paths.config_file()), ("your catalog", paths.catalog_file())] {
        if let Some(file) = file {
            writeln!(out, "{what}: {} ({})", shown(&file), state(&file))?;
        }
    }
    Ok(())
}
