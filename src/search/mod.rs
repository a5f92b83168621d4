//! One search for the whole program: the browser's `/` and the command
//! line's `statusbrowse rate limit` rank alike because both call this.
//!
//! A query is words to find, code prefixes (`404`, `41x`), `!word` to
//! leave out and `vendor:name` to keep (see [`query`]). Entries rank by
//! how well they match (see [`score`]), then by how often developers meet
//! them, so `retry` finds 429 before Microsoft's 449. When nothing
//! matches as typed, typos are allowed; when still nothing does, the
//! closest entry is offered instead ("did you mean").

mod fold;
mod index;
mod needle;
mod prepared;
mod query;
mod score;
mod suggest;
mod texts;

use nucleo::{Config, Matcher};

pub use query::code_prefix;
pub use texts::Field;

use self::index::Item;
use self::prepared::prepared;
use self::query::Query;
use self::score::{Needles, Tolerance, mentions, score};
use crate::catalog::Entry;

/// One matching entry, best first in a result list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Which entry: its position in the slice the search was built from.
    pub entry: usize,
    pub score: u32,
    /// Character positions to highlight in the text a row shows, the
    /// entry's [`Entry::status_line`] (`404 Not Found`): sorted, no
    /// duplicates.
    pub highlights: Vec<u32>,
    /// Why it is listed, when not for its code or phrase: the keyword,
    /// former name or constant that matched.
    pub reason: Option<Field>,
}

/// What a query found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// Whether the hits are ranked (a word search) rather than in catalog
    /// order (codes and filters only), where class headers make sense.
    pub ranked: bool,
    /// With no hits: the entry the query most likely meant.
    pub suggestion: Option<usize>,
}

/// The prepared catalog. Create it once: preparing folds every field of
/// the entries a user's file wrote or changed (the built-in ones come
/// folded, see [`prepared`]).
pub struct Search {
    items: Vec<Item>,
    /// Made the first time typos are tried: its scratch space is a large
    /// zeroed allocation that most searches never touch.
    matcher: Option<Box<Matcher>>,
}

impl Search {
    pub fn new(entries: &[Entry]) -> Self {
        let items = entries.iter().zip(prepared(entries)).map(|(entry, prepared)| Item::new(entry, prepared)).collect();
        Self { items, matcher: None }
    }

    /// Every entry that matches `text`, best first; an empty query matches
    /// everything in catalog order.
    pub fn run(&mut self, text: &str) -> Results {
        let query = Query::parse(text);
        let needles = Needles::new(&query);
        let kept = |item: &Item| {
            (query.vendors.is_empty()
                || query.vendors.iter().any(|vendor| {
                    if vendor == "iana" { item.registered } else { item.vendor().contains(vendor.as_str()) }
                }))
                && !needles.excluded().iter().any(|word| mentions(item, word))
        };
        let by_code = |item: &Item| query.codes.iter().any(|prefix| item.code.as_str().starts_with(prefix.as_str()));
        if query.terms.is_empty() {
            // Codes and filters only: catalog order, which puts the common
            // meaning of a code first.
            let hits = (0..self.items.len())
                .filter(|index| kept(&self.items[*index]) && (query.codes.is_empty() || by_code(&self.items[*index])))
                .map(|index| self.hit(index, &query, 0, None))
                .collect();
            return Results { hits, ranked: false, suggestion: None };
        }
        let mut found = words(&self.items, &needles, Tolerance::Exact, &kept);
        if found.is_empty() {
            let matcher = self.matcher.get_or_insert_with(|| Box::new(Matcher::new(Config::DEFAULT)));
            found = words(&self.items, &needles, Tolerance::Typos(matcher), &kept);
        }
        // Codes named among the words come first: `404 gone`.
        let mut hits: Vec<Hit> = (0..self.items.len())
            .filter(|index| !query.codes.is_empty() && by_code(&self.items[*index]) && kept(&self.items[*index]))
            .map(|index| self.hit(index, &query, u32::MAX, None))
            .collect();
        let mut listed = vec![false; self.items.len()];
        for hit in &hits {
            listed[hit.entry] = true;
        }
        for (index, scored) in found {
            if !listed[index] {
                hits.push(self.hit(index, &query, scored.score, Some(scored.field)));
            }
        }
        let suggestion = if hits.is_empty() { suggest::suggest(&self.items, &query, &kept) } else { None };
        Results { hits, ranked: true, suggestion }
    }

    fn hit(&self, index: usize, query: &Query, score: u32, field: Option<Field>) -> Hit {
        let item = &self.items[index];
        let label = &item.label;
        let mut highlights: Vec<u32> = Vec::new();
        if let Some(prefix) = query.codes.iter().find(|prefix| item.code.as_str().starts_with(prefix.as_str())) {
            highlights.extend(0..u32::try_from(prefix.len()).unwrap_or(0));
        }
        // The query's words where the row shows them, as typed.
        let phrase_start = item.code.as_str().len() + 1;
        for term in &query.terms {
            for (at, _) in label.match_indices(term.as_str()).filter(|(at, _)| *at >= phrase_start) {
                let first = label[..at].chars().count();
                let count = term.chars().count();
                highlights.extend((first..first + count).filter_map(|position| u32::try_from(position).ok()));
            }
        }
        highlights.sort_unstable();
        highlights.dedup();
        // A row that shows every word needs no reason: `budget` finds
        // `590 Upstream Budget Exhausted` plainly, whatever else matched.
        // A constant the query spelt is worth naming all the same: it says
        // which library's it is.
        let shown = label
            .get(phrase_start..)
            .is_some_and(|phrase| query.terms.iter().all(|term| phrase.contains(term.as_str())));
        let spelt = query.constant.as_deref().and_then(|constant| {
            let lower = constant.to_lowercase();
            let constants = (item.constants.iter()).flat_map(|(library, names)| {
                names.iter().enumerate().map(move |(index, name)| (Field::Constant(library, index), name))
            });
            // Spelt exactly first: `HttpStatus.BAD_GATEWAY` is Spring's.
            (constants.clone().find(|(_, name)| name.contains(constant)))
                .or_else(|| constants.clone().find(|(_, name)| name.to_lowercase().contains(&lower)))
                .map(|(field, _)| field)
        });
        let reason = spelt.or(field.filter(|field| *field != Field::Phrase && !shown));
        Hit { entry: index, score, highlights, reason }
    }
}

/// The entries every word of the query matches, best first: by score, then
/// by how often the meaning is met, then in catalog order.
fn words(
    items: &[Item],
    needles: &Needles,
    mut tolerance: Tolerance,
    kept: &dyn Fn(&Item) -> bool,
) -> Vec<(usize, score::Scored)> {
    let mut found: Vec<(usize, score::Scored)> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if kept(item)
            && let Some(scored) = score(item, needles, &mut tolerance)
        {
            found.push((index, scored));
        }
    }
    found.sort_by_key(|(index, scored)| (std::cmp::Reverse(scored.score), items[*index].prior, *index));
    found
}
