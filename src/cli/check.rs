//! `statusbrowse check`: reads the transcript, runs the rules, prints the
//! report, and exits 0 (no error), 1 (an error, or a warning with
//! --strict) or 2 (input that is not HTTP, or a usage error).

use std::io::{self, IsTerminal, Read, Write};

use super::args::CheckArgs;
use super::failure::{self, Failure, SUCCESS, finish};
use super::{colour_wanted, text};
use crate::check::{self, report, rules};
use crate::config::{self, Paths};
use crate::inert;

/// The most input `check` reads: far beyond any real transcript, and a
/// bound on the memory and time a runaway pipe can cost.
const MOST_INPUT: u64 = 64 * 1024 * 1024;

/// Exit status when the response broke a rule (or, with `--strict`, drew
/// a warning), as a linter's.
const FAILED: u8 = 1;

pub fn run(args: &CheckArgs) -> u8 {
    match checked(args) {
        Ok(code) => code,
        Err(failure) => finish(Err(failure)),
    }
}

fn checked(args: &CheckArgs) -> Result<u8, Failure> {
    let rules = rules::all().map_err(|error| Failure::Usage(error.to_string()))?;
    let color = colour_wanted(args.color);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.rules {
        if args.json {
            serde_json::to_writer_pretty(&mut out, &rules).map_err(io::Error::other)?;
            writeln!(out)?;
        } else {
            report::write_rules(&mut out, &rules, color)?;
        }
        out.flush()?;
        return Ok(SUCCESS);
    }
    let mut progress = |_: &str| {};
    let loaded = config::load(&Paths::from_env(), &[], &mut progress)?;
    for warning in &loaded.warnings {
        failure::say(&format!("warning: {warning}"));
    }
    if let Some(id) = &args.explain {
        let Some(rule) = rules.iter().find(|rule| rule.id == *id) else {
            return Err(Failure::Usage(format!(
                "check: no rule named `{}`; `statusbrowse check --rules` lists them",
                inert::line(id)
            )));
        };
        report::write_explanation(&mut out, rule, &loaded.catalog, usize::from(text::width()), color)?;
        out.flush()?;
        return Ok(SUCCESS);
    }
    let (name, input) = read_input(args)?;
    let checked = match check::check(&input, &loaded.catalog) {
        Ok(checked) => checked,
        Err(error) => {
            return Err(Failure::Usage(format!("check: {name}, {error}")));
        }
    };
    let tally = if args.json {
        report::write_json(&mut out, &checked, &loaded.catalog, &rules)?
    } else {
        report::write_text(&mut out, &checked, &loaded.catalog, &rules, usize::from(text::width()), color)?
    };
    out.flush()?;
    let failed = tally.errors > 0 || (args.strict && tally.warnings > 0);
    Ok(if failed { FAILED } else { SUCCESS })
}

/// The file named, or standard input; never more than [`MOST_INPUT`].
fn read_input(args: &CheckArgs) -> Result<(String, Vec<u8>), Failure> {
    let mut input = Vec::new();
    let name = match args.file.as_deref().filter(|path| path.as_os_str() != "-") {
        Some(path) => {
            let shown = inert::line(&path.display().to_string()).into_owned();
            let file = std::fs::File::open(path)
                .map_err(|error| Failure::Usage(format!("check: cannot read {shown}: {error}")))?;
            file.take(MOST_INPUT + 1)
                .read_to_end(&mut input)
                .map_err(|error| Failure::Usage(format!("check: cannot read {shown}: {error}")))?;
            shown
        }
        None => {
            let stdin = io::stdin();
            if stdin.is_terminal() {
                return Err(Failure::Usage(
                    "check: give a file, or pipe a response in: curl -si URL | statusbrowse check".to_owned(),
                ));
            }
            stdin
                .lock()
                .take(MOST_INPUT + 1)
                .read_to_end(&mut input)
                .map_err(|error| Failure::Usage(format!("check: cannot read standard input: {error}")))?;
            "standard input".to_owned()
        }
    };
    if input.len() as u64 > MOST_INPUT {
        return Err(Failure::Usage(format!("check: {name} is larger than 64 MiB; is it really one transcript?")));
    }
    Ok((name, input))
}
