//! What the search knows of one entry, prepared once so a keystroke only
//! compares.

use std::borrow::Cow;

use crate::catalog::{Commonness, Constants, Entry, Status};

use super::texts::{EntryTexts, Field, Texts};

/// What the search knows of one entry.
pub struct Item {
    pub code: Digits,
    /// Phrase, aliases, keywords, constants and vendor.
    pub strong: Texts,
    /// Summary and description.
    pub weak: Texts,
    /// What the entry's row shows (`404 not found`), lower-cased to find
    /// the query's words in it.
    pub label: Cow<'static, str>,
    /// Its constants as written, to name the one a query spelt like a
    /// constant found (a copy of a pointer for built-in entries).
    pub constants: Constants,
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
    /// The vendor, folded; empty for IANA's codes.
    pub fn vendor(&self) -> &str {
        let vendor = self.strong.spans.iter().rev().find(|span| span.field == Field::Vendor);
        vendor.map_or("", |span| &self.strong.text[span.start..span.end])
    }

    /// `prepared`: its texts, when the build laid them out already.
    pub fn new(entry: &Entry, prepared: Option<EntryTexts>) -> Self {
        let EntryTexts { strong, weak, label } = prepared.unwrap_or_else(|| EntryTexts::of(entry));
        // Current meanings before deprecated ones before those out of use.
        let lifecycle = match entry.status {
            Status::Standard | Status::Temporary | Status::Unofficial => 0,
            Status::Deprecated => 1,
            Status::Obsolete | Status::Unused => 2,
        };
        Self {
            code: Digits::of(entry.code),
            strong,
            weak,
            label,
            constants: entry.constants.clone(),
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

/// A code as written (`000`, `404`), kept inline: the search makes one
/// for every entry at start-up.
#[derive(Debug, Clone, Copy)]
pub struct Digits {
    bytes: [u8; 5],
    len: usize,
}

impl Digits {
    fn of(code: u16) -> Self {
        let mut bytes = [b'0'; 5];
        let mut rest = code;
        for byte in bytes.iter_mut().rev() {
            *byte = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
        }
        // Three digits at least, as on the wire; more only for more.
        let len = if code > 9999 {
            5
        } else if code > 999 {
            4
        } else {
            3
        };
        Self { bytes, len }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[5 - self.len..]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::Digits;

    #[test]
    fn codes_are_written_as_on_the_wire() {
        for (code, written) in [(0, "000"), (7, "007"), (42, "042"), (404, "404"), (999, "999"), (1000, "1000")] {
            assert_eq!(Digits::of(code).as_str(), written);
        }
        assert_eq!(Digits::of(u16::MAX).as_str(), "65535");
    }
}
