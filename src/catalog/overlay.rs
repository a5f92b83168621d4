//! The user's own catalog files, laid over the built-in one.
//!
//! A user entry names a code and, where the code has several meanings, the
//! vendor. If that meaning exists, the entry amends it: text it gives
//! replaces ours, lists (aliases, keywords, related codes and headers,
//! examples) grow, notes are added, constants replace ours per library.
//! Otherwise it is a new entry of the user's own.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::error::{CatalogError, Problem};
use super::model::{Entry, List, Pooled, Source, TextList};
use super::source::{Located, Written, WrittenAt, parse_written};

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
    let mut index = Index::of(entries);
    for mut item in parse_written(file, text)? {
        item.written.make_inert();
        let code = item.written.code;
        match index.target(entries, &item.written) {
            Ok(Some(target)) => amend(&mut entries[target], item),
            Ok(None) => {
                let entry = item.written.into_entry(Source::User);
                index.add(code, entry.vendor.as_deref(), entry.is_registered(), entries.len());
                entries.push(Located { entry, at: item.at, examples_at: item.examples_at });
            }
            Err(message) => problems.push(Problem { at: item.at, entry: format!("{code:03}"), message }),
        }
    }
    Ok(())
}

/// Where each meaning of each code stands, so placing a user's entry is a
/// lookup, not a scan of every entry with its code (100,000 entries on one
/// code took 44 s that way).
struct Index {
    /// Code and lower-cased vendor to the entry.
    by_vendor: HashMap<(u16, String), usize>,
    /// Code to IANA's meaning of it.
    registered: HashMap<u16, usize>,
    /// Code to every meaning of it, in order.
    by_code: HashMap<u16, Vec<usize>>,
}

impl Index {
    fn of(entries: &[Located]) -> Self {
        let mut index = Self { by_vendor: HashMap::new(), registered: HashMap::new(), by_code: HashMap::new() };
        for (at, located) in entries.iter().enumerate() {
            let entry = &located.entry;
            index.add(entry.code, entry.vendor.as_deref(), entry.is_registered(), at);
        }
        index
    }

    fn add(&mut self, code: u16, vendor: Option<&str>, registered: bool, at: usize) {
        if let Some(vendor) = vendor {
            self.by_vendor.entry((code, vendor.to_ascii_lowercase())).or_insert(at);
        }
        if registered {
            self.registered.entry(code).or_insert(at);
        }
        self.by_code.entry(code).or_default().push(at);
    }

    /// The entry a user entry amends, among the entries with its code: the
    /// same vendor; without a vendor, IANA's meaning, or the only meaning
    /// there is.
    fn target(&self, entries: &[Located], written: &Written) -> Result<Option<usize>, String> {
        let code = written.code;
        if let Some(vendor) = &written.vendor {
            return Ok(self.by_vendor.get(&(code, vendor.to_ascii_lowercase())).copied());
        }
        if let Some(registered) = self.registered.get(&code) {
            return Ok(Some(*registered));
        }
        match self.by_code.get(&code).map_or(&[][..], Vec::as_slice) {
            [] => Ok(None),
            [only] => Ok(Some(*only)),
            several => {
                const SHOWN: usize = 5;
                let mut vendors: Vec<&str> =
                    several.iter().filter_map(|at| entries[*at].entry.vendor.as_deref()).take(SHOWN).collect();
                let more = several.len().saturating_sub(SHOWN);
                let more = if more > 0 { format!(" and {more} more") } else { String::new() };
                vendors.dedup();
                Err(format!(
                    "has several meanings ({}{more}): add vendor = \"...\" to say which one this amends, \
                     or a vendor of your own for a new one",
                    vendors.join(", ")
                ))
            }
        }
    }
}

fn amend(located: &mut Located, item: WrittenAt) {
    let WrittenAt { written, at, examples_at } = item;
    let entry: &mut Entry = &mut located.entry;
    // A phrase of the user's own is the user's to vouch for.
    if !written.phrase.trim().is_empty() {
        entry.phrase_is_ours = written.phrase_is_ours;
    }
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
    entry.logged_only |= written.logged_only;
    if let Some(status) = written.status {
        entry.status = status;
    }
    if let Some(commonness) = written.commonness {
        entry.commonness = commonness;
    }
    if written.spec.is_some() {
        entry.spec = written.spec;
    }
    if !written.notes.trim().is_empty() {
        entry.notes.push(written.notes);
    }
    add_texts(&mut entry.aliases, written.aliases);
    add_texts(&mut entry.keywords, written.keywords);
    extend_unique(&mut entry.related_codes, written.related_codes);
    add_texts(&mut entry.related_headers, written.related_headers);
    for (library, names) in written.constants {
        entry.constants.set(library, names.iter().collect());
    }
    for (example, example_at) in written.examples.into_iter().zip(examples_at) {
        entry.examples.to_mut().push(example.into_inner());
        located.examples_at.push(example_at);
    }
    entry.derive();
    if entry.source == Source::Builtin {
        entry.source = Source::Merged;
    }
    // Problems in an amended entry are the amender's to fix.
    located.at = at;
}

/// Appends what `ours` lacks of `theirs`, keeping order, in one pass each
/// (100,000 keywords added to one entry took 9 s comparing each with all).
fn extend_unique<T: Pooled + Eq + Hash + Clone>(ours: &mut List<T>, theirs: Vec<T>) {
    if theirs.is_empty() {
        return;
    }
    let mut seen: HashSet<T> = ours.iter().cloned().collect();
    let ours = ours.to_mut();
    for item in theirs {
        if seen.insert(item.clone()) {
            ours.push(item);
        }
    }
}

/// [`extend_unique`] for a list of texts.
fn add_texts(ours: &mut TextList, theirs: Vec<String>) {
    if theirs.is_empty() {
        return;
    }
    let mut seen: HashSet<String> = ours.iter().map(str::to_owned).collect();
    for item in theirs {
        if !seen.contains(&item) {
            ours.push(&item);
            seen.insert(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    thread_local! {
        static COMPARISONS: Cell<usize> = const { Cell::new(0) };
    }

    /// A value that counts how often it is compared.
    #[derive(Debug, Clone)]
    struct Counted(u32);

    impl Hash for Counted {
        fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
            self.0.hash(state);
        }
    }

    impl PartialEq for Counted {
        fn eq(&self, other: &Self) -> bool {
            COMPARISONS.with(|count| count.set(count.get() + 1));
            self.0 == other.0
        }
    }

    impl Eq for Counted {}

    impl Pooled for Counted {
        fn pool() -> &'static [Self] {
            &[]
        }
    }

    #[test]
    fn adding_to_a_list_compares_each_item_about_once() {
        let mut ours: List<Counted> = (0..5_000).map(Counted).collect();
        let theirs: Vec<Counted> = (2_500..10_000).map(Counted).collect();
        COMPARISONS.with(|count| count.set(0));
        extend_unique(&mut ours, theirs);
        let comparisons = COMPARISONS.with(Cell::get);
        assert_eq!(ours.len(), 10_000);
        assert!(ours.iter().enumerate().all(|(index, item)| item.0 as usize == index), "order kept, no repeats");
        assert!(comparisons < 20_000, "{comparisons} comparisons for 7,500 items: a scan per item");
    }
}
