//! Answering a lookup: what the words ask for, found in the catalog and
//! written as JSON, a list or whole entries; or why nothing was.

use std::io::{self, Write};

use super::args::Args;
use super::failure::Failure;
use super::lookup::{self, Query};
use super::{json, text};
use crate::catalog::{Catalog, Entry};
use crate::present::theme::Theme;

/// Answers a lookup on `out`; the caller decides where that goes.
pub fn answer(args: &Args, catalog: &Catalog, theme: &Theme, width: u16, out: &mut impl Write) -> Result<(), Failure> {
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
