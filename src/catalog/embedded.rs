//! The built-in catalog, compiled into the binary so statusbrowse needs no
//! file at run time and parses nothing at start-up: build.rs reads
//! assets/catalog and writes the code included here.

use std::collections::BTreeMap;

use super::model::{Class, Commonness, Entry, Example, ExampleKind, Library, Source, Spec, Status, Text};

fn texts(items: &[&'static str]) -> Vec<Text> {
    items.iter().map(|item| Text::Borrowed(item)).collect()
}

include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));
