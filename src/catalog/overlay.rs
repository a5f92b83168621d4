//! The user's own catalog files, laid over the built-in one.
//!
//! A user entry names a code and, where the code has several meanings, the
//! vendor. If that meaning exists, the entry amends it: text it gives
//! replaces ours, lists (aliases, keywords, related codes and headers,
//! examples) grow, notes are added, constants replace ours per library.
//! Otherwise it is a new entry of the user's own.

use std::collections::HashMap;

use super::error::{CatalogError, Problem};
use super::model::{Entry, Source};
use super::source::{Located, Written, WrittenAt, parse_written, texts};

/// Lays the entries of one user file (`file` names it in messages) over
/// `entries`. Entries that cannot be placed come back as problems, so the
/// rest of the file is still checked and every mistake is reported at once.
/// Every text the file holds is made inert first.
pub fn overlay(
    entries: &mut Vec<Located>,
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<(), CatalogError> {
    let mut by_code: HashMap<u16, Vec<usize>> = HashMap::new();
    for (index, located) in entries.iter().enumerate() {
        by_code.entry(located.entry.code).or_default().push(index);
    }
    for mut item in parse_written(file, text)? {
        item.written.make_inert();
        let code = item.written.code;
        let same_code = by_code.get(&code).map_or(&[][..], Vec::as_slice);
        match target(entries, same_code, &item.written) {
            Ok(Some(index)) => amend(&mut entries[index], item),
            Ok(None) => {
                by_code.entry(code).or_default().push(entries.len());
                entries.push(Located {
                    entry: item.written.into_entry(Source::User),
                    at: item.at,
                    examples_at: item.examples_at,
                });
            }
            Err(message) => problems.push(Problem { at: item.at, entry: format!("{code:03}"), message }),
        }
    }
    Ok(())
}

/// The entry a user entry amends, among the entries with its code: the
/// same vendor; without a vendor, IANA's meaning, or the only meaning there
/// is.
fn target(entries: &[Located], same_code: &[usize], written: &Written) -> Result<Option<usize>, String> {
    let meanings = || same_code.iter().map(|index| (*index, &entries[*index]));
    if let Some(vendor) = &written.vendor {
        return Ok(meanings()
            .find(|(_, located)| {
                located.entry.vendor.as_ref().is_some_and(|theirs| theirs.eq_ignore_ascii_case(vendor))
            })
            .map(|(index, _)| index));
    }
    if let Some((index, _)) = meanings().find(|(_, located)| located.entry.is_registered()) {
        return Ok(Some(index));
    }
    match same_code {
        [] => Ok(None),
        [index] => Ok(Some(*index)),
        several => {
            let vendors: Vec<&str> =
                several.iter().filter_map(|index| entries[*index].entry.vendor.as_deref()).collect();
            Err(format!(
                "has several meanings ({}): add vendor = \"...\" to say which one this amends, \
                 or a vendor of your own for a new one",
                vendors.join(", ")
            ))
        }
    }
}

fn amend(located: &mut Located, item: WrittenAt) {
    let WrittenAt { written, at, examples_at } = item;
    let entry: &mut Entry = &mut located.entry;
    for (ours, theirs) in [
        (&mut entry.phrase, written.phrase),
        (&mut entry.summary, written.summary),
        (&mut entry.description, written.description),
        (&mut entry.when_to_use, written.when_to_use),
        (&mut entry.when_not_to_use, written.when_not_to_use),
    ] {
        if !theirs.trim().is_empty() {
            *ours = theirs.into();
        }
    }
    if let Some(status) = written.status {
        entry.status = status;
    }
    if written.spec.is_some() {
        entry.spec = written.spec;
    }
    if !written.notes.trim().is_empty() {
        entry.notes.push(written.notes);
    }
    extend_unique(&mut entry.aliases, texts(written.aliases));
    extend_unique(&mut entry.keywords, texts(written.keywords));
    extend_unique(&mut entry.related_codes, written.related_codes);
    extend_unique(&mut entry.related_headers, texts(written.related_headers));
    entry.constants.extend(written.constants.into_iter().map(|(library, names)| (library, texts(names))));
    for (example, example_at) in written.examples.into_iter().zip(examples_at) {
        entry.examples.push(example.into_inner());
        located.examples_at.push(example_at);
    }
    if entry.source == Source::Builtin {
        entry.source = Source::Merged;
    }
    // Problems in an amended entry are the amender's to fix.
    located.at = at;
}

fn extend_unique<T: PartialEq>(ours: &mut Vec<T>, theirs: Vec<T>) {
    for item in theirs {
        if !ours.contains(&item) {
            ours.push(item);
        }
    }
}
