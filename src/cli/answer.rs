//! Answering a lookup: what the words ask for, found in the catalog and
//! written as JSON, a list or whole entries; or why nothing was.

use std::io::{self, Write};

use super::args::Args;
use super::failure::Failure;
use super::lookup::{self, Query};
use super::{json, text, wire};
use crate::catalog::{Catalog, Entry, ExampleKind};
use crate::present::theme::Theme;
use crate::search::Field;

/// Answers a lookup on `out`; the caller decides where that goes.
/// `notes` collects what the user should know that is no failure (another
/// meaning of a code exists).
pub fn answer(
    args: &Args,
    catalog: &Catalog,
    theme: &Theme,
    width: u16,
    out: &mut impl Write,
    notes: &mut Vec<String>,
) -> Result<(), Failure> {
    let class = match &args.class {
        Some(text) => Some(
            lookup::class_prefix(text)
                .ok_or_else(|| Failure::Usage(format!("--class takes 1 to 5 or 1xx to 5xx, not {text:?}")))?,
        ),
        None => None,
    };
    if let Some(name) = &args.field {
        text::check_field(name).map_err(Failure::Usage)?;
    }
    let in_class = |entry: &&Entry| class.as_ref().is_none_or(|prefix| entry.code_str().starts_with(prefix.as_str()));
    let query = lookup::read(&args.query);
    if let Some(number) = args.example {
        return example(&query, number, args, catalog, out, notes);
    }
    let (entries, whole): (Vec<(&Entry, Option<Field>)>, bool) = match &query {
        Query::All => (listed(catalog.entries().iter().collect()), false),
        Query::Codes(codes) => {
            let mut found = Vec::new();
            let mut missing = Vec::new();
            for code in codes {
                let meanings = meanings(catalog, *code, args.vendor.as_deref())?;
                if meanings.is_empty() {
                    missing.push(*code);
                }
                found.extend(meanings);
            }
            found.retain(in_class);
            if args.first {
                found.truncate(1);
            }
            print(args, catalog, theme, width, out, &listed(found.clone()), true)?;
            return match missing.as_slice() {
                [] if found.is_empty() => Err(Failure::NotFound(format!(
                    "none of those codes is in class {}",
                    lookup::class_name(class.as_deref().unwrap_or_default())
                ))),
                [] => Ok(()),
                missing => Err(Failure::NotFound(missing_codes(catalog, missing))),
            };
        }
        Query::Prefix(prefix) => (listed(lookup::by_prefix(catalog, prefix)), false),
        Query::Words(words) => {
            let found = lookup::by_words(catalog, words);
            if found.entries.is_empty() {
                empty_json(args, out)?;
                return Err(Failure::NotFound(nothing_matched(&query, class.as_deref(), found.suggestion)));
            }
            (found.entries, false)
        }
        Query::NotACode(word) => {
            empty_json(args, out)?;
            return Err(Failure::NotFound(format!(
                "{word} is not a status code: codes have three digits (100-599; vendors also use 000-999)"
            )));
        }
    };
    let mut entries: Vec<(&Entry, Option<Field>)> = entries.into_iter().filter(|(entry, _)| in_class(entry)).collect();
    if entries.is_empty() {
        empty_json(args, out)?;
        return Err(Failure::NotFound(nothing_matched(&query, class.as_deref(), None)));
    }
    // The best match alone, printed whole like a code.
    let whole = whole || args.first;
    if args.first {
        entries.truncate(1);
    }
    Ok(print(args, catalog, theme, width, out, &entries, whole)?)
}

/// With `--json`, nothing found is still JSON: an empty array, so a script
/// piping to `jq` reads an answer rather than nothing.
fn empty_json(args: &Args, out: &mut impl Write) -> io::Result<()> {
    if args.json { json::write_entries(out, std::iter::empty()) } else { Ok(()) }
}

/// Entries as a list shows them: none found by a search.
fn listed(entries: Vec<&Entry>) -> Vec<(&Entry, Option<Field>)> {
    entries.into_iter().map(|entry| (entry, None)).collect()
}

/// The meanings of `code`, the common one first; with `vendor`, only that
/// vendor's (an error when `code` has meanings but none of theirs).
fn meanings<'c>(catalog: &'c Catalog, code: u16, vendor: Option<&str>) -> Result<Vec<&'c Entry>, Failure> {
    let all: Vec<&Entry> = catalog.by_code(code).collect();
    let Some(vendor) = vendor else {
        return Ok(all);
    };
    let chosen: Vec<&Entry> = all.iter().copied().filter(|entry| lookup::from_vendor(entry, vendor)).collect();
    if chosen.is_empty() && !all.is_empty() {
        let known: Vec<String> = all.iter().map(|entry| entry.vendor.as_deref().unwrap_or("IANA").to_owned()).collect();
        return Err(Failure::NotFound(format!(
            "{code:03} has no meaning from {vendor:?}; its meanings are from: {}",
            known.join(", ")
        )));
    }
    Ok(chosen)
}

/// JSON, a list, or whole entries, as asked.
fn print(
    args: &Args,
    catalog: &Catalog,
    theme: &Theme,
    width: u16,
    out: &mut impl Write,
    entries: &[(&Entry, Option<Field>)],
    whole: bool,
) -> io::Result<()> {
    if args.json {
        json::write_entries(out, entries.iter().map(|(entry, _)| *entry))
    } else if let Some(name) = &args.field {
        text::write_field(out, entries.iter().map(|(entry, _)| *entry), name)
    } else if args.short {
        text::write_short(out, entries.iter().map(|(entry, _)| *entry), theme)
    } else if whole && !args.list {
        let entries: Vec<&Entry> = entries.iter().map(|(entry, _)| *entry).collect();
        text::write_entries(out, catalog, &entries, width, theme)
    } else {
        text::write_list(out, entries.iter().copied(), theme)
    }
}

/// One example of one code: of the common meaning, or of `vendor`'s; a
/// note says when the code has others.
fn example(
    query: &Query,
    number: usize,
    args: &Args,
    catalog: &Catalog,
    out: &mut impl Write,
    notes: &mut Vec<String>,
) -> Result<(), Failure> {
    let vendor = args.vendor.as_deref();
    let Query::Codes(codes) = query else {
        // `401 --example 2`, as it was written before the number needed `=`.
        if let Query::Words(words) = query
            && let [code, number] = words.split(' ').collect::<Vec<_>>()[..]
            && code.len() == 3
            && code.bytes().all(|b| b.is_ascii_digit())
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(Failure::Usage(format!(
                "an example's number follows an equals sign: `statusbrowse {code} --example={number}`"
            )));
        }
        return Err(Failure::Usage("--example takes exactly one code, as in `statusbrowse 429 --example`".into()));
    };
    let [code] = codes.as_slice() else {
        return Err(Failure::Usage("--example takes exactly one code, as in `statusbrowse 429 --example`".into()));
    };
    let meanings = meanings(catalog, *code, vendor)?;
    let Some((entry, others)) = meanings.split_first() else {
        return Err(Failure::NotFound(missing_codes(catalog, &[*code])));
    };
    if !others.is_empty() {
        let others: Vec<String> = others
            .iter()
            .map(|other| match &other.vendor {
                Some(vendor) => format!("{} ({vendor})", other.status_line()),
                None => other.status_line(),
            })
            .collect();
        notes.push(format!(
            "this is {}; {code:03} also means {}: --vendor chooses",
            entry.status_line(),
            others.join(", ")
        ));
    }
    let count = entry.examples.len();
    let Some(chosen) = number.checked_sub(1).and_then(|index| entry.examples.get(index)) else {
        return Err(Failure::Usage(format!(
            "--example={number}: {} has {count} example{}",
            entry.status_line(),
            if count == 1 { "" } else { "s" }
        )));
    };
    if args.crlf {
        if chosen.kind == ExampleKind::Log {
            return Err(Failure::Usage(format!(
                "--crlf is for HTTP responses; {}'s example {number} is a log line",
                entry.code_str()
            )));
        }
        out.write_all(wire::crlf(&chosen.text).as_bytes())?;
        return Ok(());
    }
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

fn nothing_matched(query: &Query, class: Option<&str>, suggestion: Option<&Entry>) -> String {
    let within = class.map(|prefix| format!(" in class {}", lookup::class_name(prefix))).unwrap_or_default();
    match (query, suggestion) {
        (Query::Prefix(prefix), _) => format!("no code in the catalog matches {}{within}", lookup::class_name(prefix)),
        (Query::Words(words), Some(meant)) => {
            format!("nothing matches {words:?}{within}; did you mean {}?", meant.status_line())
        }
        (Query::Words(words), None) => {
            format!("nothing matches {words:?}{within}; try fewer or other words, or `statusbrowse --list`")
        }
        _ => format!("nothing matches{within}"),
    }
}
