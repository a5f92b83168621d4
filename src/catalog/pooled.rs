//! Text and lists in an entry: for the built-in catalog, positions in the
//! pools build.rs writes (one string, one table per kind of item); for
//! what a user's file says, owned.
//!
//! Why positions and not `&'static` references: every reference in static
//! data is a pointer the loader rewrites at each start, and the page that
//! holds it is copied to do so. Built with references, the catalog was
//! 2,240 relocations on 69 KB of pages copied at every start. Positions
//! are plain numbers: the catalog is read-only data the loader never
//! touches, and a page of it is read only when an entry on it is.
//!
//! Also compiled into build.rs (which only ever builds owned values, and
//! gives the pools as empty tables).

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::{Deserialize, Serialize};

/// Where a built-in value lies in its pool: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub start: u32,
    pub end: u32,
}

impl Place {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Text in an entry: a place in the built-in text pool, or owned.
#[derive(Clone)]
pub enum Text {
    Pooled(Place),
    Owned(String),
}

impl Text {
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pooled(place) => pooled_text(*place),
            Self::Owned(text) => text,
        }
    }

    /// The text for a value that outlives the entry (a span on screen):
    /// built-in text is borrowed from the binary, never copied.
    pub fn to_cow(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Self::Pooled(place) => pooled_text(*place).into(),
            Self::Owned(text) => text.clone().into(),
        }
    }

    /// The text to change, copied out of the pool first if it is there.
    pub fn to_mut(&mut self) -> &mut String {
        if let Self::Pooled(_) = self {
            *self = Self::Owned(self.as_str().to_owned());
        }
        match self {
            Self::Owned(text) => text,
            Self::Pooled(_) => unreachable!("made owned just above"),
        }
    }

    pub fn into_owned(self) -> String {
        match self {
            Self::Owned(text) => text,
            Self::Pooled(_) => self.as_str().to_owned(),
        }
    }
}

/// The built-in text at `place`. build.rs writes places on character
/// boundaries of its own pool; `get` keeps a wrong one from ever reading
/// outside it.
fn pooled_text(place: Place) -> &'static str {
    super::embedded::TEXT.get(place.range()).unwrap_or_default()
}

impl Default for Text {
    fn default() -> Self {
        Self::Owned(String::new())
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self::Owned(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Self::Owned(text.to_owned())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::Owned)
    }
}

/// A kind of item with a built-in pool to take places in.
pub trait Pooled: Sized + 'static {
    fn pool() -> &'static [Self];
}

/// A list in an entry: a place in its kind's built-in pool, or owned.
pub enum List<T: Pooled> {
    Pooled(Place),
    Owned(Vec<T>),
}

impl<T: Pooled> List<T> {
    pub fn as_slice(&self) -> &[T] {
        match self {
            Self::Pooled(place) => T::pool().get(place.range()).unwrap_or_default(),
            Self::Owned(items) => items,
        }
    }

    /// The whole pool: every built-in item of the kind.
    pub fn all_pooled() -> Self {
        Self::Pooled(Place { start: 0, end: u32::try_from(T::pool().len()).unwrap_or(u32::MAX) })
    }
}

impl<T: Pooled + Clone> List<T> {
    /// The list to change, copied out of the pool first if it is there.
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if let Self::Pooled(_) = self {
            *self = Self::Owned(self.as_slice().to_vec());
        }
        match self {
            Self::Owned(items) => items,
            Self::Pooled(_) => unreachable!("made owned just above"),
        }
    }
}

impl<T: Pooled> Default for List<T> {
    fn default() -> Self {
        Self::Owned(Vec::new())
    }
}

impl<T: Pooled + Clone> Clone for List<T> {
    fn clone(&self) -> Self {
        match self {
            Self::Pooled(place) => Self::Pooled(*place),
            Self::Owned(items) => Self::Owned(items.clone()),
        }
    }
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Pooled> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        Self::Owned(items)
    }
}

impl<T: Pooled> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Self::Owned(items.into_iter().collect())
    }
}

impl<T: Pooled + PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Pooled + Eq> Eq for List<T> {}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_text_reads_and_changes_as_a_string() {
        let mut text = Text::from("rate limit");
        assert_eq!(text, "rate limit");
        text.to_mut().push_str("ed");
        assert_eq!(text.as_str(), "rate limited");
        assert_eq!(Text::default().as_str(), "");
    }

    #[test]
    fn a_place_outside_the_pool_reads_as_empty_never_panics() {
        let far = Text::Pooled(Place { start: u32::MAX - 1, end: u32::MAX });
        assert_eq!(far.as_str(), "");
        let backwards = List::<u16>::Pooled(Place { start: 5, end: 2 });
        assert!(backwards.is_empty());
    }
}
