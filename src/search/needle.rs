//! Finding a word in the catalog's folded text, fast, from the first query.
//!
//! Every keystroke looks for each word of the query in every entry, so this
//! is the search's inner loop. memchr's SIMD searcher is the fastest, but
//! its general entry point asks the CPU which vector units it has before
//! the first search, and in a virtual machine that question alone cost a
//! tenth of `statusbrowse rate limit`. SSE2 is part of every x86-64 CPU, so
//! its searcher needs no question. Texts too short for it (a user's
//! one-line entries), other CPUs and one-letter words get Rabin-Karp,
//! which needs no setup per text, unlike std's two-way search.

use memchr::arch::all::rabinkarp;
#[cfg(target_arch = "x86_64")]
use memchr::arch::x86_64::sse2::packedpair;

/// One word or phrase of the query, prepared once per keystroke.
pub struct Needle<'q> {
    pub text: &'q str,
    #[cfg(target_arch = "x86_64")]
    vector: Option<packedpair::Finder>,
    short: rabinkarp::Finder,
}

impl<'q> Needle<'q> {
    pub fn new(text: &'q str) -> Self {
        Self {
            text,
            #[cfg(target_arch = "x86_64")]
            vector: packedpair::Finder::new(text.as_bytes()),
            short: rabinkarp::Finder::new(text.as_bytes()),
        }
    }

    /// The first place at or after `from` where the needle starts in
    /// `haystack`.
    fn find_from(&self, haystack: &str, from: usize) -> Option<usize> {
        let rest = haystack.get(from..)?.as_bytes();
        let needle = self.text.as_bytes();
        #[cfg(target_arch = "x86_64")]
        if let Some(vector) = &self.vector
            && rest.len() >= vector.min_haystack_len()
        {
            return vector.find(rest, needle).map(|at| from + at);
        }
        self.short.find(rest, needle).map(|at| from + at)
    }

    /// Every place where the needle starts in `haystack`, overlapping ones
    /// left out, as `str::match_indices` gives them.
    pub fn find_iter<'h>(&'h self, haystack: &'h str) -> impl Iterator<Item = usize> + 'h {
        let mut from = 0;
        std::iter::from_fn(move || {
            let at = self.find_from(haystack, from)?;
            from = at + self.text.len().max(1);
            Some(at)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Needle;

    #[test]
    fn finds_what_match_indices_finds() {
        let long = "rate limit ".repeat(40) + "too many requests, rate limited";
        for haystack in ["", "rate", "a rate limit", "limit rate rate", long.as_str(), "ééé rate é"] {
            for needle in ["rate", "r", "limit", "rate limit", "é", "x", "ratelimit"] {
                let expected: Vec<usize> = haystack.match_indices(needle).map(|(at, _)| at).collect();
                let found: Vec<usize> = Needle::new(needle).find_iter(haystack).collect();
                assert_eq!(found, expected, "{needle:?} in {haystack:?}");
            }
        }
    }
}
