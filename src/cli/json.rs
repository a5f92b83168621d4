use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::Entry;
use crate::catalog::releases::{self, Change};

/// An entry as JSON: its fields, and what became of any of its library
/// constants in the release read, so a script does not generate code
/// with a name the library has removed.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    entry: &'a Entry,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    constant_changes: BTreeMap<&'static str, BTreeMap<&'a str, Changed>>,
}

/// `{"status": "removed", "release": "7.0", "instead": "..."}`.
#[derive(Serialize)]
struct Changed {
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    release: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    instead: Option<&'static str>,
}

impl From<Change> for Changed {
    fn from(change: Change) -> Self {
        match change {
            Change::Deprecated { since, instead } => Self { status: "deprecated", release: since, instead },
            Change::Removed { release, instead } => Self { status: "removed", release: Some(release), instead },
        }
    }
}

fn listed(entry: &Entry) -> Listed<'_> {
    let mut constant_changes: BTreeMap<&'static str, BTreeMap<&str, Changed>> = BTreeMap::new();
    for (library, names) in entry.constants.iter() {
        for name in names.iter() {
            if let Some(change) = releases::change(library, name) {
                constant_changes.entry(library.key()).or_default().insert(name, change.into());
            }
        }
    }
    Listed { entry, constant_changes }
}

/// One JSON array of entries, pretty-printed so it diffs well and reads in a
/// pager; serde escapes every control character, so it is safe to print.
pub fn write_entries<'a>(out: &mut impl Write, entries: impl IntoIterator<Item = &'a Entry>) -> io::Result<()> {
    let entries: Vec<Listed<'_>> = entries.into_iter().map(listed).collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)
}
