use std::io::{self, Write};

use crate::catalog::Entry;

/// One JSON array of entries, pretty-printed so it diffs well and reads in a
/// pager; serde escapes every control character, so it is safe to print.
pub fn write_entries<'a>(out: &mut impl Write, entries: impl IntoIterator<Item = &'a Entry>) -> io::Result<()> {
    let entries: Vec<&Entry> = entries.into_iter().collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)
}
