//! What a code's defining documents decide about every response with it,
//! whatever the catalog's prose says: whether a cache may store it without
//! being told to, and whether it may carry content. Each rule is written
//! once, here, with the section that makes it; the detail shows the section
//! beside the answer, and a test holds every registered code to a table.

use std::fmt;

use serde::Serialize;

/// What a cache may do with a response that carries no freshness of its
/// own (no Cache-Control max-age, no Expires).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cacheability {
    /// Heuristically cacheable: stored and reused for a while by default.
    ByDefault,
    /// Stored only when the response gives explicit freshness.
    ExplicitOnly,
    /// A cache MUST NOT store it at all.
    Never,
    /// Not a response a cache stores or serves: an interim response, the
    /// answer to a validation, or a code that is never sent.
    NotApplicable,
}

/// Whether a response with the code may carry content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Content {
    Allowed,
    /// The response carries none, and for 1xx and 204 not even a
    /// `Content-Length` (RFC 9110 section 8.6).
    Forbidden,
    /// The code only appears in logs; no response carries it.
    NeverSent,
}

/// A derived fact, the section that decides it (empty when nothing does:
/// a vendor's code that is only logged), and why it does not apply when
/// it does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ruled<T> {
    pub value: T,
    pub because: &'static str,
    pub why: &'static str,
}

impl<T: fmt::Display> fmt::Display for Ruled<T> {
    /// `only with explicit freshness (RFC 9111 section 4.2.2)`,
    /// `not applicable: an interim response (RFC 9111 section 3)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if !self.why.is_empty() {
            write!(f, ": {}", self.why)?;
        }
        if !self.because.is_empty() {
            write!(f, " ({})", self.because)?;
        }
        Ok(())
    }
}

const fn ruled<T>(value: T, because: &'static str, why: &'static str) -> Ruled<T> {
    Ruled { value, because, why }
}

/// The codes a document makes cacheable by default, or forbids caching,
/// with the section that says so.
const CACHE_RULES: [(&str, &[u16], Cacheability); 6] = [
    ("RFC 9110 section 15.1", &[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501], Cacheability::ByDefault),
    ("RFC 7725 section 3", &[451], Cacheability::ByDefault),
    ("RFC 6585 section 3", &[428], Cacheability::Never),
    ("RFC 6585 section 4", &[429], Cacheability::Never),
    ("RFC 6585 section 5", &[431], Cacheability::Never),
    ("RFC 6585 section 6", &[511], Cacheability::Never),
];

impl Cacheability {
    /// The rule for `code`; `logged_only` for a vendor's code no response
    /// ever carries. Caches know codes, not vendors: a vendor's meaning of
    /// a registered code is cached as that code.
    pub fn of(code: u16, logged_only: bool) -> Ruled<Self> {
        if logged_only {
            return ruled(Self::NotApplicable, "", "never sent");
        }
        if (100..200).contains(&code) {
            return ruled(Self::NotApplicable, "RFC 9111 section 3", "caches store only final responses");
        }
        if code == 304 {
            return ruled(Self::NotApplicable, "RFC 9111 section 4.3.4", "it freshens a response the cache has");
        }
        match CACHE_RULES.iter().find(|(_, codes, _)| codes.contains(&code)) {
            Some((because, _, value)) => ruled(*value, because, ""),
            // Heuristic freshness is for the codes defined as heuristically
            // cacheable; any other final response needs explicit freshness.
            None => ruled(Self::ExplicitOnly, "RFC 9111 section 4.2.2", ""),
        }
    }
}

impl Content {
    pub fn of(code: u16, logged_only: bool) -> Ruled<Self> {
        match code {
            _ if logged_only => ruled(Self::NeverSent, "", ""),
            100..=199 | 204 | 304 => ruled(Self::Forbidden, "RFC 9110 section 6.4.1", ""),
            205 => ruled(Self::Forbidden, "RFC 9110 section 15.3.6", ""),
            _ => ruled(Self::Allowed, "", ""),
        }
    }

    /// Whether a response with the code may have a body.
    pub fn allowed(self) -> bool {
        self == Self::Allowed
    }
}

impl fmt::Display for Cacheability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ByDefault => "yes, by default",
            Self::ExplicitOnly => "only with explicit freshness",
            Self::Never => "never: caches MUST NOT store it",
            Self::NotApplicable => "not applicable",
        })
    }
}

impl fmt::Display for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Allowed => "allowed",
            Self::Forbidden => "none: the response cannot carry content",
            Self::NeverSent => "never sent: a value in logs only",
        })
    }
}

/// The RFCs that define a registered code off the Standards Track, as each
/// says in its own header ("Category: Experimental"). IANA's registry
/// gives these codes no mark, so without this a reader takes them for
/// standards.
const EXPERIMENTAL_RFCS: [&str; 3] = ["RFC 8297", "RFC 5842", "RFC 2295"];

/// Whether `document` is one of the Experimental RFCs above.
pub fn is_experimental(document: &str) -> bool {
    EXPERIMENTAL_RFCS.contains(&document)
}
