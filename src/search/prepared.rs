//! The built-in catalog laid out for search at build time: folding every
//! field of every entry was nine tenths of `statusbrowse rate limit`.
//! build.rs runs [`EntryTexts::of`] (the same file) over
//! `assets/catalog` and writes the result as static data included here,
//! one `Prepared` per built-in entry, in the same order; an entry a user's
//! file changed is laid out at start-up instead.

use std::borrow::Cow;

use super::texts::{EntryTexts, Field, Span, Texts};
use crate::catalog::{Entry, Library, Source, builtin_entries};

/// Where one of an entry's texts lies in `TEXT`, and its spans in `SPANS`.
struct Laid {
    text: (usize, usize),
    spans: (usize, usize),
}

struct Prepared {
    strong: Laid,
    weak: Laid,
    /// Where the row's lower-cased text lies in `TEXT`.
    label: (usize, usize),
}

include!(concat!(env!("OUT_DIR"), "/builtin_search.rs"));

/// The texts of each of `entries`, where they are laid out already: all
/// of them for the built-in catalog as shipped, the built-in entries among
/// a user's otherwise.
pub fn prepared(entries: &[Entry]) -> impl Iterator<Item = Option<EntryTexts>> + '_ {
    let shipped = std::ptr::eq(entries, builtin_entries());
    entries.iter().enumerate().map(move |(at, entry)| if shipped { texts(at) } else { of(entry) })
}

/// `entry`'s texts, when it is built in as shipped.
fn of(entry: &Entry) -> Option<EntryTexts> {
    if entry.source != Source::Builtin {
        return None;
    }
    let builtin = builtin_entries();
    let first = builtin.partition_point(|shipped| shipped.code < entry.code);
    // The code, vendor and phrase say which: Shopify has two 430s.
    let at = first
        + builtin[first..]
            .iter()
            .take_while(|shipped| shipped.code == entry.code)
            .position(|shipped| shipped.vendor == entry.vendor && shipped.phrase == entry.phrase)?;
    texts(at)
}

/// The texts of the built-in entry at `at`.
fn texts(at: usize) -> Option<EntryTexts> {
    let prepared = PREPARED.get(at)?;
    let texts = |laid: &Laid| {
        Some(Texts {
            text: Cow::Borrowed(TEXT.get(laid.text.0..laid.text.1)?),
            spans: Cow::Borrowed(SPANS.get(laid.spans.0..laid.spans.1)?),
        })
    };
    let label = TEXT.get(prepared.label.0..prepared.label.1)?;
    Some(EntryTexts { strong: texts(&prepared.strong)?, weak: texts(&prepared.weak)?, label: Cow::Borrowed(label) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_lays_out_every_builtin_entry_as_start_up_would() {
        assert_eq!(PREPARED.len(), builtin_entries().len());
        let copied = builtin_entries().to_vec();
        for (entry, (shipped, copy)) in builtin_entries().iter().zip(prepared(builtin_entries()).zip(prepared(&copied)))
        {
            let shipped = shipped.unwrap_or_else(|| panic!("{} is not prepared", entry.status_line()));
            assert_eq!(shipped.strong, Texts::strong(entry), "{}", entry.status_line());
            assert_eq!(shipped.weak, Texts::weak(entry), "{}", entry.status_line());
            assert_eq!(shipped.label, EntryTexts::of(entry).label, "{}", entry.status_line());
            assert_eq!(copy, Some(shipped), "{} is found by what it says", entry.status_line());
        }
    }

    #[test]
    fn an_entry_a_user_changed_is_laid_out_afresh() {
        let mut entries = builtin_entries()[..2].to_vec();
        entries[0].source = Source::Merged;
        let laid: Vec<bool> = prepared(&entries).map(|texts| texts.is_some()).collect();
        assert_eq!(laid, [false, true]);
    }
}
