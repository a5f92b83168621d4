//! The shape of one catalog entry, as users read it and as `--json` prints it.
//!
//! Fields that follow from the code (`class`, `cacheable`, `content`) are
//! derived by the rules in `derived.rs`, never written in a catalog file, so
//! a file cannot contradict the RFCs.
//!
//! Also compiled into build.rs, which turns the built-in catalog into Rust:
//! besides its `super::` siblings (model, source, chunks) it may only use
//! `crate::inert` and `crate::user_file`, which build.rs includes too.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::derived;
pub use super::derived::{Cacheability, Content, Ruled};
pub use super::library::{Constants, Library};
pub use super::pooled::{List, Place, Pooled, Text};
pub use super::text_list::TextList;

/// One meaning of one status code. A code with several meanings (IANA's 451
/// and Exchange's 451, say) has one entry per meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub code: u16,
    pub phrase: Text,
    pub class: Class,
    pub status: Status,
    pub commonness: Commonness,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<Spec>,
    pub summary: Text,
    pub description: Text,
    pub when_to_use: Text,
    pub when_not_to_use: Text,
    /// The user's own notes (team conventions), one per catalog file that
    /// added some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub aliases: TextList,
    pub keywords: TextList,
    pub related_codes: List<u16>,
    pub related_headers: TextList,
    /// Whether a cache stores it without being told to (derived).
    pub cacheable: Cacheability,
    /// Whether the response may carry content (derived).
    pub content: Content,
    /// The vendor gives the code no reason phrase: `phrase` is the
    /// catalog's own name for it, and lists and the detail say so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub phrase_is_ours: bool,
    /// Only ever written to logs, never sent to a client (nginx's 444).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub logged_only: bool,
    pub constants: Constants,
    pub examples: List<Example>,
    pub source: Source,
}

/// Where an entry comes from, so users can tell their own from ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Compiled in from `assets/catalog`.
    Builtin,
    /// Added by one of the user's catalog files.
    User,
    /// Built in, with additions or overrides from the user's files.
    Merged,
}

impl Source {
    /// How lists mark the user's own entries.
    pub fn mark(self) -> Option<&'static str> {
        match self {
            Self::Builtin => None,
            Self::User => Some("[yours]"),
            Self::Merged => Some("[+yours]"),
        }
    }
}

impl Entry {
    /// The code as it is written on the wire and in logs: always three digits,
    /// so AWS's `000` stays `000`.
    pub fn code_str(&self) -> String {
        format!("{:03}", self.code)
    }

    /// `404 Not Found`, the form people paste into docs and tickets.
    pub fn status_line(&self) -> String {
        format!("{} {}", self.code_str(), self.phrase)
    }

    /// `4xx Client Error · standard`, with the vendor for vendor codes and
    /// where a user's file changed it: the line under the title wherever an
    /// entry is shown.
    pub fn standing(&self) -> String {
        let experimental = self.status == Status::Standard
            && self.spec.as_ref().is_some_and(|spec| derived::is_experimental(&spec.document));
        let status = if experimental { "registered · Experimental RFC".to_owned() } else { self.status.to_string() };
        let mut facts = vec![format!("{} {}", self.class, self.class.title()), status];
        facts.extend(self.vendor.as_deref().map(str::to_owned));
        if self.phrase_is_ours {
            facts.push("no official phrase".to_owned());
        }
        if self.logged_only {
            facts.push("logged, never sent".to_owned());
        }
        match self.source {
            Source::Builtin => {}
            Source::User => facts.push("from your catalog".to_owned()),
            Source::Merged => facts.push("with additions from your catalog".to_owned()),
        }
        facts.join(" · ")
    }

    /// The rules `cacheable` and `content` come from, for showing the
    /// section beside the answer.
    pub fn cache_rule(&self) -> Ruled<Cacheability> {
        Cacheability::of(self.code, self.logged_only)
    }

    pub fn content_rule(&self) -> Ruled<Content> {
        Content::of(self.code, self.logged_only)
    }

    /// Sets the derived fields from the code and what the entry says of
    /// itself; after a user's file changes an entry, again.
    pub fn derive(&mut self) {
        self.class = Class::of(self.code);
        self.cacheable = self.cache_rule().value;
        self.content = self.content_rule().value;
    }

    /// The prose sections, titled, in reading order.
    pub fn sections(&self) -> [(&'static str, &str); 3] {
        [
            ("Description", &self.description),
            ("When to use", &self.when_to_use),
            ("When not to use", &self.when_not_to_use),
        ]
    }

    /// The catalog's order: by code; within a code the meaning people mean
    /// first (the teapot before IANA's unused 418, nginx's 499 before
    /// ArcGIS's), then IANA's, then vendors alphabetically.
    pub fn catalog_order(&self, other: &Self) -> std::cmp::Ordering {
        self.code
            .cmp(&other.code)
            .then_with(|| self.commonness.cmp(&other.commonness))
            .then_with(|| other.is_registered().cmp(&self.is_registered()))
            .then_with(|| self.vendor.cmp(&other.vendor))
            .then_with(|| self.phrase.cmp(&other.phrase))
    }

    /// Whether this is an IANA registration rather than a vendor's own use.
    pub fn is_registered(&self) -> bool {
        self.status != Status::Unofficial
    }
}

/// The response class, from the first digit. Codes outside 100-599 (AWS's
/// `000`, Shopify's `783`, LinkedIn's `999`) belong to no class. Written
/// `1xx` ... `5xx` and `nonstandard`, in JSON and in config files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Class {
    #[serde(rename = "1xx")]
    Informational,
    #[serde(rename = "2xx")]
    Successful,
    #[serde(rename = "3xx")]
    Redirection,
    #[serde(rename = "4xx")]
    ClientError,
    #[serde(rename = "5xx")]
    ServerError,
    #[serde(rename = "nonstandard")]
    Nonstandard,
}

impl Class {
    /// Every class, in declaration order.
    pub const ALL: [Class; 6] = [
        Self::Informational,
        Self::Successful,
        Self::Redirection,
        Self::ClientError,
        Self::ServerError,
        Self::Nonstandard,
    ];

    pub fn of(code: u16) -> Self {
        match code {
            100..=199 => Self::Informational,
            200..=299 => Self::Successful,
            300..=399 => Self::Redirection,
            400..=499 => Self::ClientError,
            500..=599 => Self::ServerError,
            _ => Self::Nonstandard,
        }
    }

    /// The name RFC 9110 section 15 gives the class.
    pub fn title(self) -> &'static str {
        match self {
            Self::Informational => "Informational",
            Self::Successful => "Successful",
            Self::Redirection => "Redirection",
            Self::ClientError => "Client Error",
            Self::ServerError => "Server Error",
            Self::Nonstandard => "(outside 100-599)",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Informational => "1xx",
            Self::Successful => "2xx",
            Self::Redirection => "3xx",
            Self::ClientError => "4xx",
            Self::ServerError => "5xx",
            Self::Nonstandard => "nonstandard",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Where the code stands: IANA's lifecycle for registered codes, or
/// `unofficial` for a vendor's own code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Standard,
    Temporary,
    Deprecated,
    Obsolete,
    Unused,
    Unofficial,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Temporary => "temporary",
            Self::Deprecated => "deprecated",
            Self::Obsolete => "obsolete",
            Self::Unused => "unused",
            Self::Unofficial => "unofficial",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How often developers meet a meaning: what breaks ties in search, and
/// which meaning of a code comes first. Catalog files say `everyday`
/// (200, 404, 503...), `common` or, when silent, `rare`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Commonness {
    Everyday,
    Common,
    #[default]
    Rare,
}

/// The document that defines the code, down to the section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// `RFC 9110`, `RFC 6585`, `draft-ietf-httpbis-resumable-upload-05`.
    pub document: Text,
    /// `15.5.5`; absent when the document is not divided into sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Text>,
    /// An https link straight to the section.
    pub url: Text,
}

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.section {
            Some(section) => write!(f, "{}, Section {}", self.document, section),
            None => f.write_str(&self.document),
        }
    }
}

/// A ready-to-paste artefact showing the code in use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub title: Text,
    #[serde(default)]
    pub kind: ExampleKind,
    /// Exactly what is shown and copied, LF line endings.
    pub text: Text,
    /// For codes a server only records internally (nginx's 494-497), the
    /// status the client really receives in this example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wire_status: Option<u16>,
}

/// Most examples are raw HTTP/1.1 responses. Codes that never reach the
/// client (nginx's 444 and 499, AWS's 000 and 460) are only ever seen in a
/// log, so their example is the log line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExampleKind {
    #[default]
    Response,
    Log,
}
