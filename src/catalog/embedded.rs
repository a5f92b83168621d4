//! The built-in catalog, compiled into the binary so statusbrowse needs no
//! file at run time and builds nothing at start-up: build.rs reads
//! assets/catalog and writes every entry as a constant, its texts and
//! lists as places in the pools here (see `pooled.rs`), included here.

use super::model::{
    Cacheability, Class, Commonness, Constants, Content, Entry, Example, ExampleKind, Library, List, Place, Pooled,
    Source, Spec, Status, Text, TextList,
};

include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));

/// A built-in text: `start..end` of [`TEXT`].
const fn text(start: u32, end: u32) -> Text {
    Text::Pooled(Place { start, end })
}

/// A built-in list: `start..end` of its kind's pool.
const fn list<T: Pooled>(start: u32, end: u32) -> List<T> {
    List::Pooled(Place { start, end })
}

impl Pooled for u16 {
    fn pool() -> &'static [Self] {
        &CODES
    }
}

impl Pooled for Example {
    fn pool() -> &'static [Self] {
        &EXAMPLES
    }
}

impl Pooled for (Library, TextList) {
    fn pool() -> &'static [Self] {
        &CONSTANTS
    }
}

impl Pooled for Entry {
    fn pool() -> &'static [Self] {
        &ENTRIES
    }
}

/// Every built-in entry, in catalog order.
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}
