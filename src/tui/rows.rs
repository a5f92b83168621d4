//! The list's rows: the hits, and when the list is in catalog order a
//! header before each class. Positions are counted without building the
//! rows, since the fit step asks after every keystroke whatever the
//! catalog's size.

use super::app::{App, Row};
use crate::catalog::Class;

impl App {
    fn class_at(&self, position: usize) -> Class {
        self.entry_of(&self.hits[position]).class
    }

    /// Whether the hit at `position` is the first of its class, so a
    /// grouped list has a header row just above it.
    fn starts_class(&self, position: usize) -> bool {
        position == 0 || self.class_at(position - 1) != self.class_at(position)
    }

    /// How many class headers stand among the rows of the first `count`
    /// hits.
    fn headers_within(&self, count: usize) -> usize {
        if !self.grouped() {
            return 0;
        }
        (0..count.min(self.hits.len())).filter(|position| self.starts_class(*position)).count()
    }

    /// The list's rows: entries, and a header before each class when
    /// grouped. Row positions are what scrolling and clicks work with.
    pub fn rows(&self) -> Vec<Row> {
        let grouped = self.grouped();
        let mut rows = Vec::with_capacity(self.hits.len() + 6);
        for position in 0..self.hits.len() {
            if grouped && self.starts_class(position) {
                rows.push(Row::Header(self.class_at(position)));
            }
            rows.push(Row::Hit(position));
        }
        rows
    }

    /// The row the selection is on, counted without building the rows:
    /// the fit step asks after every keystroke, whatever the catalog's size.
    pub fn selected_row(&self) -> Option<usize> {
        let selected = self.selected?;
        Some(selected + self.headers_within(selected + 1))
    }

    /// The first row to keep in view with the selection: its class header
    /// when it is the first of its class.
    pub(super) fn selected_top_row(&self) -> Option<usize> {
        let (selected, row) = (self.selected?, self.selected_row()?);
        Some(if self.grouped() && self.starts_class(selected) { row - 1 } else { row })
    }

    /// How many rows the list has, headers included.
    pub(super) fn row_count(&self) -> usize {
        self.hits.len() + self.headers_within(self.hits.len())
    }
}
