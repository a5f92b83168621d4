//! The built-in catalog, compiled into the binary so statusbrowse needs no
//! file at run time and builds nothing at start-up: build.rs reads
//! assets/catalog and writes every entry as a constant, included here.

use std::borrow::Cow;

use super::model::{
    Cacheability, Class, Commonness, Constants, Content, Entry, Example, ExampleKind, Library, Source, Spec, Status,
    TextList,
};

include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));

/// Every built-in entry, in catalog order.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}
