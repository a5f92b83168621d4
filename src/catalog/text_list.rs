//! A list of short one-line texts (former names, keywords, header names,
//! one library's constants), kept as one text with each item ended by a
//! line break.
//!
//! Why not a slice of texts: a built-in list is then one place in the text
//! pool (see `pooled.rs`) instead of a table of them. Items are single
//! lines: a line break inside one becomes a space, and a user's text has
//! none left once it is made inert.
//!
//! Also compiled into build.rs, with the model that uses it.

use std::fmt;

use serde::Serialize;

use super::pooled::Text;

/// Built in, the field is written directly (`TextList(Text::Pooled(..))`).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TextList(pub(super) Text);

impl TextList {
    /// The list as build.rs writes it into the binary.
    pub fn joined(&self) -> &str {
        &self.0
    }

    pub fn iter(&self) -> std::str::SplitTerminator<'_, char> {
        self.into_iter()
    }

    pub fn get(&self, index: usize) -> Option<&str> {
        self.iter().nth(index)
    }

    pub fn len(&self) -> usize {
        self.0.bytes().filter(|byte| *byte == b'\n').count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds `item`; a line break inside it would split it, so it becomes a
    /// space.
    pub fn push(&mut self, item: &str) {
        let list = self.0.to_mut();
        list.extend(item.chars().map(|c| if c == '\n' { ' ' } else { c }));
        list.push('\n');
    }

    /// The items joined with `separator`, as a detail line shows them.
    pub fn join(&self, separator: &str) -> String {
        self.iter().collect::<Vec<_>>().join(separator)
    }
}

impl<'a> IntoIterator for &'a TextList {
    type Item = &'a str;
    type IntoIter = std::str::SplitTerminator<'a, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.split_terminator('\n')
    }
}

impl<T: AsRef<str>> FromIterator<T> for TextList {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut list = Self::default();
        for item in items {
            list.push(item.as_ref());
        }
        list
    }
}

impl fmt::Debug for TextList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for TextList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::TextList;

    #[test]
    fn items_come_back_as_they_went_in() {
        for items in [vec![], vec![""], vec!["", "a"], vec!["rate limit", "throttle", ""], vec!["é", "x y"]] {
            let list: TextList = items.iter().collect();
            assert_eq!(list.iter().collect::<Vec<_>>(), items);
            assert_eq!(list.len(), items.len());
            assert_eq!(list.is_empty(), items.is_empty());
            assert_eq!(list.get(1), items.get(1).copied());
        }
    }

    #[test]
    fn a_line_break_cannot_split_an_item() {
        let list: TextList = ["one\ntwo"].into_iter().collect();
        assert_eq!(list.iter().collect::<Vec<_>>(), ["one two"]);
    }
}
