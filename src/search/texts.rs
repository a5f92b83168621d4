//! An entry's fields as the search reads them: folded and laid end to end,
//! what an entry is called and known by (strong) apart from the prose about
//! it (weak). build.rs lays out the built-in catalog with this same file,
//! so start-up folds nothing (see [`super::prepared`]).

use std::borrow::Cow;

use crate::catalog::{Entry, Library};

use super::fold::fold;

/// Where a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Phrase,
    Alias(usize),
    Keyword(usize),
    Constant(Library, usize),
    Vendor,
    Summary,
    Description,
}

impl Field {
    /// The text of this field in `entry`, as written.
    pub fn text(self, entry: &Entry) -> &str {
        match self {
            Self::Phrase => &entry.phrase,
            Self::Alias(index) => entry.aliases.get(index).unwrap_or(""),
            Self::Keyword(index) => entry.keywords.get(index).unwrap_or(""),
            Self::Constant(library, index) => {
                entry.constants.get(library).and_then(|names| names.get(index)).unwrap_or("")
            }
            Self::Vendor => entry.vendor.as_deref().unwrap_or(""),
            Self::Summary => &entry.summary,
            Self::Description => &entry.description,
        }
    }

    /// Why an entry found here is listed, as a row says it after the
    /// phrase (`keyword: rate limit`); `None` where the row shows it
    /// already (the phrase, the vendor).
    pub fn why(self, entry: &Entry) -> Option<String> {
        match self {
            Self::Phrase | Self::Vendor => None,
            Self::Alias(_) => Some(format!("also known as: {}", self.text(entry))),
            Self::Keyword(_) => Some(format!("keyword: {}", self.text(entry))),
            Self::Constant(library, _) => Some(format!("{}: {}", library.title(), self.text(entry))),
            Self::Summary => Some("in the summary".to_owned()),
            Self::Description => Some("in the description".to_owned()),
        }
    }

    /// How much a match here says about the entry: what it is called and
    /// known by says most; prose about it, least.
    pub fn weight(self) -> u32 {
        match self {
            Self::Summary | Self::Description => 1,
            _ => 3,
        }
    }
}

/// Everything the search reads of one entry: what it is known by, the
/// prose about it, and its row's text lower-cased (`404 not found`) to
/// find the query's words in for highlighting.
#[derive(Debug, PartialEq, Eq)]
pub struct EntryTexts {
    pub strong: Texts,
    pub weak: Texts,
    pub label: Cow<'static, str>,
}

impl EntryTexts {
    pub fn of(entry: &Entry) -> Self {
        Self {
            strong: Texts::strong(entry),
            weak: Texts::weak(entry),
            label: entry.status_line().to_lowercase().into(),
        }
    }
}

/// A field's place in one of an item's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub field: Field,
}

/// Folded fields laid end to end, one per line: borrowed from the binary
/// for the built-in catalog, made at start-up for a user's entries.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub text: Cow<'static, str>,
    pub spans: Cow<'static, [Span]>,
}

impl Texts {
    /// What an entry is called and known by: phrase, aliases, keywords,
    /// constants and vendor, in that order.
    pub fn strong(entry: &Entry) -> Self {
        let mut texts = Self::default();
        texts.push(Field::Phrase, &entry.phrase);
        for (index, alias) in entry.aliases.iter().enumerate() {
            texts.push(Field::Alias(index), alias);
        }
        for (index, keyword) in entry.keywords.iter().enumerate() {
            texts.push(Field::Keyword(index), keyword);
        }
        for (library, names) in entry.constants.iter() {
            for (index, name) in names.iter().enumerate() {
                texts.push(Field::Constant(library, index), name);
            }
        }
        if let Some(vendor) = &entry.vendor {
            texts.push(Field::Vendor, vendor);
        }
        texts
    }

    /// The prose about an entry: summary and description.
    pub fn weak(entry: &Entry) -> Self {
        let mut texts = Self::default();
        texts.push(Field::Summary, &entry.summary);
        texts.push(Field::Description, &entry.description);
        texts
    }

    fn push(&mut self, field: Field, raw: &str) {
        let folded = fold(raw);
        if folded.is_empty() {
            return;
        }
        let text = self.text.to_mut();
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&folded);
        let end = text.len();
        self.spans.to_mut().push(Span { start, end, field });
    }

    /// The field the byte at `at` belongs to.
    pub fn span_at(&self, at: usize) -> Option<&Span> {
        let index = self.spans.partition_point(|span| span.start <= at).checked_sub(1)?;
        self.spans.get(index).filter(|span| at < span.end)
    }
}
