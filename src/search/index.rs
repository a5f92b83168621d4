//! What the search knows of one entry, prepared once so a keystroke only
//! compares: its fields folded and laid end to end, strong ones (what an
//! entry is called and known by) apart from the prose about it.

use crate::catalog::{Commonness, Entry, Library, Status};

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
        fn pick<T: AsRef<str>>(list: &[T], index: usize) -> &str {
            list.get(index).map_or("", AsRef::as_ref)
        }
        match self {
            Self::Phrase => &entry.phrase,
            Self::Alias(index) => pick(&entry.aliases, index),
            Self::Keyword(index) => pick(&entry.keywords, index),
            Self::Constant(library, index) => entry.constants.get(&library).map_or("", |names| pick(names, index)),
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

/// A field's place in one of an item's texts.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub field: Field,
}

/// Folded fields laid end to end, one per line.
#[derive(Debug, Default)]
pub struct Texts {
    pub text: String,
    pub spans: Vec<Span>,
}

impl Texts {
    fn push(&mut self, field: Field, raw: &str) {
        let folded = fold(raw);
        if folded.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.text.push_str(&folded);
        self.spans.push(Span { start, end: self.text.len(), field });
    }

    /// The field the byte at `at` belongs to.
    pub fn span_at(&self, at: usize) -> Option<&Span> {
        let index = self.spans.partition_point(|span| span.start <= at).checked_sub(1)?;
        self.spans.get(index).filter(|span| at < span.end)
    }
}

pub struct Item {
    pub code: String,
    /// Phrase, aliases, keywords, constants and vendor.
    pub strong: Texts,
    /// Summary and description.
    pub weak: Texts,
    /// Constants as written, to name the one a query spelt like a
    /// constant found.
    pub constants: Vec<(Field, String)>,
    /// The vendor, folded; empty for IANA's codes.
    pub vendor: String,
    pub registered: bool,
    /// What breaks ties between equally good matches, lowest first: how
    /// often developers meet it, then IANA's before a vendor's, then
    /// current before deprecated before out of use.
    pub prior: (Commonness, bool, u8),
    /// Added to every match's score because developers meet this entry
    /// often: enough that 502 Bad Gateway (`gateway` in its phrase) stays
    /// above a rare vendor code with the keyword `gateway`, never enough to
    /// beat the query's words found together.
    pub boost: u32,
}

impl Item {
    pub fn new(entry: &Entry) -> Self {
        let mut strong = Texts::default();
        strong.push(Field::Phrase, &entry.phrase);
        for (index, alias) in entry.aliases.iter().enumerate() {
            strong.push(Field::Alias(index), alias);
        }
        for (index, keyword) in entry.keywords.iter().enumerate() {
            strong.push(Field::Keyword(index), keyword);
        }
        let mut constants = Vec::new();
        for (library, names) in &entry.constants {
            for (index, name) in names.iter().enumerate() {
                strong.push(Field::Constant(*library, index), name);
                constants.push((Field::Constant(*library, index), name.to_string()));
            }
        }
        if let Some(vendor) = &entry.vendor {
            strong.push(Field::Vendor, vendor);
        }
        let mut weak = Texts::default();
        weak.push(Field::Summary, &entry.summary);
        weak.push(Field::Description, &entry.description);
        // Current meanings before deprecated ones before those out of use.
        let lifecycle = match entry.status {
            Status::Standard | Status::Temporary | Status::Unofficial => 0,
            Status::Deprecated => 1,
            Status::Obsolete | Status::Unused => 2,
        };
        Self {
            code: entry.code_str(),
            strong,
            weak,
            constants,
            vendor: entry.vendor.as_deref().map(fold).unwrap_or_default(),
            registered: entry.is_registered(),
            prior: (entry.commonness, !entry.is_registered(), lifecycle),
            boost: match entry.commonness {
                Commonness::Everyday => 7,
                Commonness::Common => 3,
                Commonness::Rare => 0,
            },
        }
    }
}
