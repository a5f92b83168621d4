//! One search for the whole program: the UI's `/` filter and the command
//! line's `statusbrowse rate limit` rank alike because both call this.
//!
//! Codes are matched by prefix (`41` and `41x` list 410-418 first); words are
//! matched fuzzily with nucleo against the label people see (`404 Not Found`),
//! and, for ranking only, against former names, keywords and the vendor.

use nucleo::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo::{Config, Matcher, Utf32String};

use crate::catalog::{Entry, Status};

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
}

/// What the search knows of one entry, prepared once so a keystroke only
/// matches.
struct Item {
    code: String,
    label: Utf32String,
    /// Who emits a vendor code: typing "nginx" means nginx's own codes.
    vendor: Option<Utf32String>,
    /// Former names and keywords, one haystack each.
    fields: Vec<Utf32String>,
    /// Everything in one haystack, so `nginx 499` matches across fields
    /// (whole words only).
    combined: Utf32String,
    weight: u32,
}

/// The matcher and prepared haystacks for one catalog. Create it once: a
/// nucleo `Matcher` allocates its scratch space up front.
pub struct Search {
    matcher: Matcher,
    items: Vec<Item>,
    scratch: Vec<u32>,
}

/// How much a match in each place counts: what people see counts most.
const LABEL_WEIGHT: u32 = 4;
const FIELD_WEIGHT: u32 = 3;
const COMBINED_WEIGHT: u32 = 2;

impl Search {
    pub fn new(entries: &[Entry]) -> Self {
        let items = entries
            .iter()
            .map(|entry| {
                let mut fields: Vec<&str> = Vec::new();
                fields.extend(entry.aliases.iter().map(AsRef::as_ref));
                fields.extend(entry.keywords.iter().map(AsRef::as_ref));
                let label = entry.status_line();
                let mut combined = format!("{label} {}", fields.join(" "));
                if let Some(vendor) = &entry.vendor {
                    combined = format!("{combined} {vendor}");
                }
                Item {
                    code: entry.code_str(),
                    label: Utf32String::from(label),
                    vendor: entry.vendor.as_deref().map(Utf32String::from),
                    fields: fields.into_iter().map(Utf32String::from).collect(),
                    combined: Utf32String::from(combined),
                    weight: status_weight(entry.status),
                }
            })
            .collect();
        Self { matcher: Matcher::new(Config::DEFAULT), items, scratch: Vec::new() }
    }

    /// Every entry that matches `query`, best first; ties keep catalog order.
    /// An empty query matches everything in catalog order.
    pub fn run(&mut self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() {
            return (0..self.items.len()).map(|index| Hit { entry: index, score: 0, highlights: Vec::new() }).collect();
        }
        match code_prefix(query) {
            Some(prefix) => self.by_code(prefix),
            None => self.by_words(query),
        }
    }

    /// Codes starting with the digits first, then codes containing them.
    fn by_code(&self, digits: &str) -> Vec<Hit> {
        let width = u32::try_from(digits.len()).unwrap_or(u32::MAX);
        let mut starts = Vec::new();
        let mut contains = Vec::new();
        for (index, item) in self.items.iter().enumerate() {
            if item.code.starts_with(digits) {
                starts.push(Hit { entry: index, score: 2, highlights: (0..width).collect() });
            } else if let Some(at) = item.code.find(digits) {
                let at = u32::try_from(at).unwrap_or(0);
                contains.push(Hit { entry: index, score: 1, highlights: (at..at + width).collect() });
            }
        }
        starts.extend(contains);
        starts
    }

    fn by_words(&mut self, query: &str) -> Vec<Hit> {
        let pattern = Pattern::parse(query, CaseMatching::Smart, Normalization::Smart);
        // Across all fields at once only whole words count: letters picked
        // from here and there in a long text are noise, not a match.
        let across = (pattern.atoms.len() > 1)
            .then(|| Pattern::new(query, CaseMatching::Smart, Normalization::Smart, AtomKind::Substring));
        let mut hits = Vec::new();
        for (index, item) in self.items.iter().enumerate() {
            let label = pattern.score(item.label.slice(..), &mut self.matcher).map(|s| s * LABEL_WEIGHT);
            let vendor = item
                .vendor
                .as_ref()
                .and_then(|vendor| pattern.score(vendor.slice(..), &mut self.matcher))
                .map(|s| s * LABEL_WEIGHT);
            let field = item
                .fields
                .iter()
                .filter_map(|field| pattern.score(field.slice(..), &mut self.matcher))
                .max()
                .map(|s| s * FIELD_WEIGHT);
            let combined = across
                .as_ref()
                .and_then(|across| across.score(item.combined.slice(..), &mut self.matcher))
                .map(|s| s * COMBINED_WEIGHT);
            let Some(best) = [label, vendor, field, combined].into_iter().flatten().max() else {
                continue;
            };
            let mut highlights = Vec::new();
            if label.is_some() {
                self.scratch.clear();
                pattern.indices(item.label.slice(..), &mut self.matcher, &mut self.scratch);
                self.scratch.sort_unstable();
                self.scratch.dedup();
                highlights.extend_from_slice(&self.scratch);
            }
            hits.push(Hit { entry: index, score: best * item.weight, highlights });
        }
        // Stable: equal scores keep catalog (code) order.
        hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
        hits
    }
}

/// `4`, `41`, `418`, `4xx`, `41X`: the digits to match codes by prefix.
pub fn code_prefix(query: &str) -> Option<&str> {
    let digits_end = query.find(|c: char| !c.is_ascii_digit()).unwrap_or(query.len());
    let (digits, rest) = query.split_at(digits_end);
    let is_mask = rest.chars().all(|c| c.eq_ignore_ascii_case(&'x'));
    (!digits.is_empty() && digits.len() + rest.len() <= 3 && is_mask).then_some(digits)
}

/// IANA's codes ahead of vendors' on equal matches: most people looking for
/// "rate limit" want 429, not Twitter's old 420.
fn status_weight(status: Status) -> u32 {
    match status {
        Status::Standard | Status::Temporary => 10,
        Status::Deprecated | Status::Obsolete | Status::Unused => 9,
        Status::Unofficial => 8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefixes_and_masks() {
        assert_eq!(code_prefix("41"), Some("41"));
        assert_eq!(code_prefix("4xx"), Some("4"));
        assert_eq!(code_prefix("41X"), Some("41"));
        assert_eq!(code_prefix("404"), Some("404"));
        assert_eq!(code_prefix("4041"), None);
        assert_eq!(code_prefix("x4"), None);
        assert_eq!(code_prefix("4a"), None);
        assert_eq!(code_prefix("teapot"), None);
    }
}
