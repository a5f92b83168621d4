//! How well one entry matches a query. Each word of the query must be
//! found; how it is found decides its score: a whole word beats the start
//! of one beats the inside of one, and what an entry is called and known by
//! (phrase, former names, keywords, constants, vendor) beats prose about it.
//! Letters scattered over unrelated words are no match at all.

use nucleo::{Matcher, Utf32Str};

use super::index::Item;
use super::needle::Needle;
use super::query::Query;
use super::texts::{Field, Texts};

/// How a word was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// Only with typos allowed: one letter wrong, missing, extra or swapped.
    Typo = 1,
    /// Only with typos allowed: its letters in order inside one word, or
    /// two words run together.
    Fuzzy = 2,
    /// Inside a word: `auth` in `unauthorized`.
    Inside = 3,
    /// The start of a word: `auth` in `authentication`.
    Prefix = 6,
    /// A whole word.
    Word = 8,
}

/// An entry's match: its score and the field that counted most.
#[derive(Debug, Clone, Copy)]
pub struct Scored {
    pub score: u32,
    pub field: Field,
}

/// Whether words may be found with typos: the second try, when the first
/// found nothing. Only that try needs the fuzzy matcher.
pub enum Tolerance<'m> {
    Exact,
    Typos(&'m mut Matcher),
}

/// Bonus for the query's words found together in one field.
const TOGETHER: u32 = 12;
/// Bonus for a field that is the query and nothing else.
const WHOLE_FIELD: u32 = 6;
/// Less for a keyword or constant that is the query's one word: `login`
/// as a keyword of 401 says more than inside 302's `redirect to login`,
/// but less than `proxy` in 407's name.
const WHOLE_WORD: u32 = 2;
/// More for a name of the entry that is the query, and more than an
/// everyday code's boost: `temporary redirect` is 307's name and only a
/// keyword of the everyday 302.
const NAMED: u32 = 10;

/// The query prepared for a pass over every entry, once per keystroke
/// instead of once per entry.
pub struct Needles<'q> {
    terms: Vec<Needle<'q>>,
    /// The query's words as typed together, and without its stop words:
    /// once when they are the same.
    phrases: Vec<Needle<'q>>,
    excluded: Vec<Needle<'q>>,
    /// A constant's words must be found together (`NOT_FOUND`).
    together_only: bool,
}

impl<'q> Needles<'q> {
    pub fn new(query: &'q Query) -> Self {
        let mut phrases = vec![Needle::new(&query.phrase)];
        if query.joined != query.phrase {
            phrases.push(Needle::new(&query.joined));
        }
        Self {
            terms: query.terms.iter().map(|term| Needle::new(term)).collect(),
            phrases,
            excluded: query.excluded.iter().map(|word| Needle::new(word)).collect(),
            together_only: query.constant.is_some() && query.terms.len() > 1,
        }
    }

    /// `!word`s: entries that mention one are left out.
    pub fn excluded(&self) -> &[Needle<'q>] {
        &self.excluded
    }
}

/// The entry's score for the query's words, or `None` unless every word
/// is found.
pub fn score(item: &Item, needles: &Needles, tolerance: &mut Tolerance) -> Option<Scored> {
    let mut total = 0;
    let mut best: Option<(u32, Field)> = None;
    for term in &needles.terms {
        // Any match in what the entry is known by (9 at least) beats the
        // best in prose (8), so prose is read only when that finds nothing.
        let mut found = best_exact(&item.strong, term).or_else(|| best_exact(&item.weak, term));
        if found.is_none()
            && let Tolerance::Typos(matcher) = tolerance
        {
            found = best_loose(&item.strong, term.text, matcher);
        }
        let (score, field) = found?;
        total += score;
        if best.is_none_or(|(best, _)| score > best) {
            best = Some((score, field));
        }
    }
    let (_, mut field) = best?;
    match together(&item.strong, &needles.phrases, item.registered) {
        Some((bonus, together)) => {
            total += bonus;
            field = together;
        }
        // A constant's words belong together: `NOT_FOUND` is not 302
        // Found with a "not" somewhere in its description.
        None if needles.together_only => return None,
        None => {}
    }
    Some(Scored { score: total + item.boost, field })
}

/// The best exact-spelled occurrence of `term` in `texts`: its score and
/// field.
fn best_exact(texts: &Texts, term: &Needle) -> Option<(u32, Field)> {
    let text = texts.text.as_bytes();
    let mut best: Option<(u32, Field)> = None;
    for at in term.find_iter(&texts.text) {
        let Some(span) = texts.span_at(at) else { continue };
        let end = at + term.text.len();
        let starts = at == span.start || text[at - 1] == b' ';
        let ends = end == span.end || text.get(end) == Some(&b' ');
        let kind = match (starts, ends) {
            (true, true) => Kind::Word,
            (true, false) => Kind::Prefix,
            // Short words inside longer ones are mostly chance.
            (false, _) if term.text.len() >= 3 && span.field.weight() > 1 => Kind::Inside,
            (false, _) => continue,
        };
        let score = kind as u32 * span.field.weight();
        if best.is_none_or(|(best, _)| score > best) {
            best = Some((score, span.field));
        }
    }
    best
}

/// The best loose occurrence of `term` in what an entry is known by: its
/// letters in order within one word (a few extra between), two words run
/// together, or one typo away from a word.
fn best_loose(texts: &Texts, term: &str, matcher: &mut Matcher) -> Option<(u32, Field)> {
    let letters = term.chars().count();
    if letters < 4 {
        return None;
    }
    let mut best: Option<Kind> = None;
    let mut field = None;
    let (mut haystack, mut needle_chars, mut indices) = (Vec::new(), Vec::new(), Vec::new());
    let needle = Utf32Str::new(term, &mut needle_chars);
    for span in texts.spans.iter() {
        let words: Vec<&str> = texts.text[span.start..span.end].split(' ').collect();
        for (index, word) in words.iter().enumerate() {
            let mut kind = None;
            let joined = words.get(index + 1).map(|next| format!("{word}{next}"));
            if joined.as_deref() == Some(term) {
                kind = Some(Kind::Fuzzy);
            } else if word.chars().count() <= letters + 3 {
                indices.clear();
                let found = matcher.fuzzy_indices(Utf32Str::new(word, &mut haystack), needle, &mut indices).is_some();
                let tight = indices.first().zip(indices.last()).is_some_and(|(first, last)| {
                    usize::try_from(last - first).is_ok_and(|spread| spread < letters + 2)
                });
                if found && tight {
                    kind = Some(Kind::Fuzzy);
                } else if letters >= 5 && one_typo_apart(word, term) {
                    kind = Some(Kind::Typo);
                }
            }
            if kind > best {
                best = kind;
                field = Some(span.field);
            }
        }
    }
    Some((best? as u32 * 3, field?))
}

/// The query's words together in one field of what the entry is known by
/// (`rate limit`, `not found`), or a field that is the query and nothing
/// else: the bonus, and the field. A field that is the query and is the
/// name of a registered code (its phrase, a former name) says most of all;
/// a vendor naming its own code with a common word (Exchange's 451
/// Redirect) does not.
fn together(texts: &Texts, phrases: &[Needle], registered: bool) -> Option<(u32, Field)> {
    let mut best: Option<(u32, Field)> = None;
    for phrase in phrases {
        let several = phrase.text.contains(' ');
        for at in phrase.find_iter(&texts.text) {
            let Some(span) = texts.span_at(at) else { continue };
            let end = at + phrase.text.len();
            if at != span.start && texts.text.as_bytes()[at - 1] != b' ' {
                continue;
            }
            let whole = at == span.start && end == span.end;
            let name = matches!(span.field, Field::Phrase | Field::Alias(_));
            let named = whole && registered && name;
            let bonus = u32::from(several) * TOGETHER
                + u32::from(whole) * if name || several { WHOLE_FIELD } else { WHOLE_WORD }
                + u32::from(named) * NAMED;
            if bonus > 0 && best.is_none_or(|(best, _)| bonus > best) {
                best = Some((bonus, span.field));
            }
        }
    }
    best
}

/// Whether `a` becomes `b` by one edit: a letter changed, added, removed,
/// or two neighbours swapped.
fn one_typo_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
    match a_rest.len().cmp(&b_rest.len()) {
        std::cmp::Ordering::Equal => {
            a_rest[1..] == b_rest[1..]
                || (a_rest.len() >= 2 && a_rest[0] == b_rest[1] && a_rest[1] == b_rest[0] && a_rest[2..] == b_rest[2..])
        }
        std::cmp::Ordering::Less => a_rest == &b_rest[1..],
        std::cmp::Ordering::Greater => &a_rest[1..] == b_rest,
    }
}

/// Whether `word` appears in the entry as a word or the start of one, in
/// any field: what `!word` leaves out.
pub fn mentions(item: &Item, word: &Needle) -> bool {
    [&item.strong, &item.weak].into_iter().any(|texts| {
        let text = texts.text.as_bytes();
        word.find_iter(&texts.text).any(|at| at == 0 || matches!(text[at - 1], b' ' | b'\n'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_typo_is_one_edit() {
        assert!(one_typo_apart("unauthorized", "unauthroized"), "swapped");
        assert!(one_typo_apart("forbidden", "forbiden"), "missing");
        assert!(one_typo_apart("conflict", "conflikt"), "changed");
        assert!(one_typo_apart("gateway", "gatewayy"), "extra");
        assert!(!one_typo_apart("gateway", "gateway"));
        assert!(!one_typo_apart("gateway", "getaway1"));
        assert!(!one_typo_apart("teapot", "tapot1"));
    }
}
