//! "Did you mean 401 Unauthorized?": when nothing matches, the entry whose
//! phrase, former names or keywords are fewest typos away from the query.

use super::index::Item;
use super::query::Query;
use super::texts::Field;

/// More typos than this in one word, and it is another word.
const MOST_TYPOS: usize = 2;

/// The entry (by position) the query most likely meant, if one is close,
/// among those its filters keep (`vendor:nginx`, `!word`).
pub fn suggest(items: &[Item], query: &Query, kept: &dyn Fn(&Item) -> bool) -> Option<usize> {
    let terms: Vec<&str> = query.terms.iter().map(String::as_str).filter(|term| term.chars().count() >= 4).collect();
    if terms.is_empty() {
        return None;
    }
    let mut best: Option<(usize, (crate::catalog::Commonness, bool, u8), usize)> = None;
    for (index, item) in items.iter().enumerate().filter(|(_, item)| kept(item)) {
        let words: Vec<&str> = item
            .strong
            .spans
            .iter()
            .filter(|span| matches!(span.field, Field::Phrase | Field::Alias(_) | Field::Keyword(_)))
            .flat_map(|span| item.strong.text[span.start..span.end].split(' '))
            .collect();
        let mut total = 0;
        for term in &terms {
            let Some(nearest) = words.iter().map(|word| distance(word, term)).min().filter(|d| *d <= MOST_TYPOS) else {
                total = usize::MAX;
                break;
            };
            total += nearest;
        }
        if total == usize::MAX {
            continue;
        }
        let candidate = (total, item.prior, index);
        if best.is_none_or(|best| candidate < best) {
            best = Some(candidate);
        }
    }
    best.map(|(_, _, index)| index)
}

/// Letters to change, add, remove or swap with a neighbour to turn `a`
/// into `b` (the optimal-alignment Damerau-Levenshtein distance).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > MOST_TYPOS {
        return usize::MAX;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_typos() {
        assert_eq!(distance("unauthorized", "unauthorized"), 0);
        assert_eq!(distance("unauthorized", "unauthroized"), 1);
        assert_eq!(distance("unauthorized", "unatuhorizd"), 2);
        assert!(distance("teapot", "coffee") > MOST_TYPOS);
        assert_eq!(distance("teapot", "a"), usize::MAX, "lengths too far apart to count");
    }
}
