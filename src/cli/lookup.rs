//! What a command-line query asks for, and what the catalog answers. Pure:
//! no printing, so it is tested directly.

use crate::catalog::{Catalog, Entry};
use crate::search::{Field, Search};

/// How the words of a query are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// No words: everything.
    All,
    /// Three-digit codes: `404`, `301 308`, `000`.
    Codes(Vec<u16>),
    /// A class or mask: `4`, `4xx`, `41`, `41x`: the digits codes start with.
    Prefix(String),
    /// Anything else is a search: `rate limit`, `nginx 499`.
    Words(String),
    /// Digits that cannot be a status code: `999999`.
    NotACode(String),
}

pub fn read(words: &[String]) -> Query {
    if words.is_empty() {
        return Query::All;
    }
    let is_code = |word: &str| word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit());
    if words.iter().all(|word| is_code(word)) {
        return Query::Codes(words.iter().filter_map(|word| word.parse().ok()).collect());
    }
    if let [word] = words {
        if let Some(prefix) = crate::search::code_prefix(word) {
            return Query::Prefix(prefix.to_owned());
        }
        if word.bytes().all(|b| b.is_ascii_digit()) {
            return Query::NotACode(word.clone());
        }
    }
    Query::Words(words.join(" "))
}

/// `4`, `4xx`, `5XX` for `--class`.
pub fn class_prefix(text: &str) -> Option<String> {
    let digit = text.chars().next().filter(|c| ('1'..='5').contains(c))?;
    let rest = &text[1..];
    (rest.is_empty() || rest.eq_ignore_ascii_case("xx")).then(|| digit.to_string())
}

/// Entries whose three-digit code starts with `prefix`, in catalog order.
pub fn by_prefix<'c>(catalog: &'c Catalog, prefix: &str) -> Vec<&'c Entry> {
    catalog.entries().iter().filter(|entry| entry.code_str().starts_with(prefix)).collect()
}

/// What a word search found: entries best first, each with why it is
/// listed when not for its phrase; or, with none, the one meant most likely.
pub struct Found<'c> {
    pub entries: Vec<(&'c Entry, Option<Field>)>,
    pub suggestion: Option<&'c Entry>,
}

/// The search the browser runs for the same words, best first.
pub fn by_words<'c>(catalog: &'c Catalog, words: &str) -> Found<'c> {
    let mut search = Search::new(catalog.entries());
    let results = search.run(words);
    Found {
        entries: results.hits.iter().map(|hit| (&catalog.entries()[hit.entry], hit.reason)).collect(),
        suggestion: results.suggestion.map(|index| &catalog.entries()[index]),
    }
}

/// Whether `entry` is `vendor`'s meaning of its code: the vendor's name or
/// part of it, any case; `iana` for the registered meaning.
pub fn from_vendor(entry: &Entry, vendor: &str) -> bool {
    let vendor = vendor.to_lowercase();
    match &entry.vendor {
        Some(theirs) => theirs.to_lowercase().contains(&vendor),
        None => vendor == "iana",
    }
}

/// Registered codes near `code`, for "did you mean": the nearest below
/// and above first, then the next nearest, in code order.
pub fn nearest(catalog: &Catalog, code: u16, how_many: usize) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = catalog.entries().iter().filter(|entry| entry.is_registered()).collect();
    entries.dedup_by_key(|entry| entry.code);
    let below = entries.iter().rev().find(|entry| entry.code < code).copied();
    let above = entries.iter().find(|entry| entry.code > code).copied();
    let mut chosen: Vec<&Entry> = below.into_iter().chain(above).collect();
    entries.sort_by_key(|entry| (entry.code.abs_diff(code), entry.code));
    for entry in entries {
        if chosen.len() >= how_many {
            break;
        }
        if !chosen.iter().any(|taken| taken.code == entry.code) {
            chosen.push(entry);
        }
    }
    chosen.truncate(how_many);
    chosen.sort_by_key(|entry| entry.code);
    chosen
}

/// What a class is called, for messages: `4xx`.
pub fn class_name(prefix: &str) -> String {
    match prefix.len() {
        1 | 2 => format!("{prefix}{}", "x".repeat(3 - prefix.len())),
        _ => prefix.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn queries_are_read_as_people_mean_them() {
        assert_eq!(read(&[]), Query::All);
        assert_eq!(read(&words("404")), Query::Codes(vec![404]));
        assert_eq!(read(&words("301 302 307 308")), Query::Codes(vec![301, 302, 307, 308]));
        assert_eq!(read(&words("000")), Query::Codes(vec![0]));
        assert_eq!(read(&words("4xx")), Query::Prefix("4".into()));
        assert_eq!(read(&words("41x")), Query::Prefix("41".into()));
        assert_eq!(read(&words("4")), Query::Prefix("4".into()));
        assert_eq!(read(&words("41")), Query::Prefix("41".into()));
        assert_eq!(read(&words("999999")), Query::NotACode("999999".into()));
        assert_eq!(read(&words("rate limit")), Query::Words("rate limit".into()));
        assert_eq!(read(&words("nginx 499")), Query::Words("nginx 499".into()));
        assert_eq!(read(&words("404 410 gone")), Query::Words("404 410 gone".into()));
    }

    #[test]
    fn classes_for_the_class_option() {
        assert_eq!(class_prefix("4"), Some("4".into()));
        assert_eq!(class_prefix("5XX"), Some("5".into()));
        assert_eq!(class_prefix("6"), None);
        assert_eq!(class_prefix("4x"), None);
    }

    #[test]
    fn nearest_codes_surround_the_missing_one() {
        let catalog = Catalog::builtin();
        let registered: Vec<u16> =
            catalog.entries().iter().filter(|entry| entry.is_registered()).map(|entry| entry.code).collect();
        for missing in [299, 419, 430, 509] {
            assert!(!registered.contains(&missing), "{missing} is registered: pick another");
            let below = registered.iter().copied().filter(|code| *code < missing).max().expect("a code below");
            let above = registered.iter().copied().filter(|code| *code > missing).min().expect("a code above");
            let near: Vec<u16> = nearest(&catalog, missing, 2).iter().map(|entry| entry.code).collect();
            assert_eq!(near, [below, above], "one on each side of {missing}");
            let three: Vec<u16> = nearest(&catalog, missing, 3).iter().map(|entry| entry.code).collect();
            assert_eq!(three.len(), 3);
            assert!(three.contains(&below) && three.contains(&above), "{three:?}");
            assert!(three.windows(2).all(|pair| pair[0] < pair[1]), "in code order, each once: {three:?}");
            let third = three.iter().find(|code| **code != below && **code != above).expect("a third");
            let farther = |code: u16| code.abs_diff(missing);
            assert!(
                registered.iter().all(|code| [below, above].contains(code) || farther(*code) >= farther(*third)),
                "{third} is the next nearest to {missing}"
            );
        }
    }
}
