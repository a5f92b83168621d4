//! What a one-line row says after an entry's phrase, the same in the
//! browser's list and in `statusbrowse --list`: its lifecycle when it is
//! not current, whose code it is, and whether its phrase is the catalog's
//! own, in that order.

use crate::catalog::{Entry, Status};

/// ` (deprecated)`, ` (obsolete)`, ` (unused)`, ` (temporary)`, or
/// nothing for a current code.
pub fn lifecycle(entry: &Entry) -> &'static str {
    match entry.status {
        Status::Deprecated => " (deprecated)",
        Status::Obsolete => " (obsolete)",
        // IANA's phrase for these is already "(Unused)".
        Status::Unused if entry.phrase.contains("Unused") => "",
        Status::Unused => " (unused)",
        Status::Temporary => " (temporary)",
        Status::Standard | Status::Unofficial => "",
    }
}

/// ` (no official phrase)` when the phrase is the catalog's own name for
/// a code its vendor gives none.
pub fn naming(entry: &Entry) -> &'static str {
    if entry.phrase_is_ours { " (no official phrase)" } else { "" }
}

/// ` · nginx` for a vendor's code, nothing for IANA's.
pub fn vendor(entry: &Entry) -> String {
    entry.vendor.as_deref().map(|vendor| format!(" · {vendor}")).unwrap_or_default()
}
