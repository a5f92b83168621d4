//! `statusbrowse compare 301 302 307 308`, `compare redirects` and
//! `statusbrowse 401 vs 403`: the grid as text or JSON.

use std::io::{self, Write};

use ratatui::style::Style;
use ratatui::text::Line;

use super::args::CompareArgs;
use super::colour_wanted;
use super::failure::Failure;
use super::text;
use crate::catalog::Catalog;
use crate::compare::{self, render};
use crate::config::{self, Paths};
use crate::inert;
use crate::present::ansi;
use crate::present::theme::Theme;

pub fn run(args: &CompareArgs) -> Result<(), Failure> {
    let data = compare::data::all().map_err(|error| Failure::Usage(error.to_string()))?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.presets {
        for (name, codes) in &data.preset {
            let codes: Vec<String> = codes.iter().map(|code| format!("{code:03}")).collect();
            writeln!(out, "{name:<14}{}", codes.join(" "))?;
        }
        out.flush()?;
        return Ok(());
    }
    let codes = codes(&args.codes, &data)?;
    let mut progress = |_: &str| {};
    let loaded = config::load(&Paths::from_env(), &[], &mut progress)?;
    let theme = loaded.config.theme();
    print_with(&codes, &loaded.catalog, &data, args.json, (&theme, colour_wanted(args.color)), &mut out)
}

/// The codes `words` name: codes, `vs` between them, or one preset.
fn codes(words: &[String], data: &compare::Compare) -> Result<Vec<u16>, Failure> {
    if let [name] = words
        && let Some(codes) = data.preset.get(name.as_str())
    {
        return Ok(codes.clone());
    }
    let mut codes = Vec::new();
    for word in words.iter().filter(|word| !is_versus(word)) {
        match word.parse::<u16>() {
            Ok(code) if word.len() == 3 => codes.push(code),
            _ => {
                let presets: Vec<&str> = data.preset.keys().map(String::as_str).collect();
                return Err(Failure::Usage(format!(
                    "compare: `{}` is neither a three-digit code nor a preset ({})",
                    inert::line(word),
                    presets.join(", ")
                )));
            }
        }
    }
    codes.dedup();
    if codes.len() < 2 {
        return Err(Failure::Usage("compare: give at least two codes, or a preset".to_owned()));
    }
    Ok(codes)
}

fn is_versus(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "vs" | "vs." | "versus")
}

/// `401 vs 403` (and `301 vs 302 vs 307`): the codes, when the words are
/// codes joined by `vs` and nothing else.
pub fn versus(words: &[String]) -> Option<Vec<u16>> {
    if words.len() < 3 || !words.iter().any(|word| is_versus(word)) {
        return None;
    }
    let codes: Option<Vec<u16>> = words
        .iter()
        .filter(|word| !is_versus(word))
        .map(|word| (word.len() == 3).then(|| word.parse().ok()).flatten())
        .collect();
    codes.filter(|codes| codes.len() >= 2)
}

/// The grid for `codes` on stdout.
pub fn print(codes: &[u16], catalog: &Catalog, theme: &Theme, color: bool) -> Result<(), Failure> {
    let data = compare::data::all().map_err(|error| Failure::Usage(error.to_string()))?;
    let stdout = io::stdout();
    print_with(codes, catalog, &data, false, (theme, color), &mut stdout.lock())
}

fn print_with(
    codes: &[u16],
    catalog: &Catalog,
    data: &compare::Compare,
    json: bool,
    (theme, color): (&Theme, bool),
    out: &mut impl Write,
) -> Result<(), Failure> {
    let missing: Vec<String> =
        codes.iter().filter(|code| catalog.by_code(**code).next().is_none()).map(|code| format!("{code:03}")).collect();
    if !missing.is_empty() {
        return Err(Failure::NotFound(format!("compare: not in the catalog: {}", missing.join(", "))));
    }
    let grid = compare::build(codes, catalog, data);
    if json {
        serde_json::to_writer_pretty(&mut *out, &grid).map_err(io::Error::other)?;
        writeln!(out)?;
    } else {
        // One write at the end, as a lookup's answer is.
        let mut text = Vec::new();
        let lines = render::lines(&grid, usize::from(text::width()));
        // The codes' names head the grid: its first lines, down to the rule
        // under them (a table) or the first property (stacked).
        let names = lines.iter().position(|line| line.starts_with("---") || line.is_empty()).unwrap_or(0);
        let mut in_sources = false;
        for (at, line) in lines.iter().enumerate() {
            in_sources |= line == "Sources";
            in_sources &= line != "What decides";
            let style = if at < names || render::is_heading(line) {
                theme.heading()
            } else if in_sources {
                theme.dim()
            } else {
                Style::new()
            };
            ansi::write_line(&mut text, &Line::styled(inert::line(line).into_owned(), style), color)?;
        }
        out.write_all(&text)?;
    }
    out.flush()?;
    Ok(())
}
