//! What a one-line row says after an entry's phrase, the same in the
//! browser's list and in `statusbrowse --list`: its lifecycle when it is
//! not current, and whose code it is.

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

/// ` · nginx` for a vendor's code, nothing for IANA's.
pub fn vendor(entry: &Entry) -> String {
    entry.vendor.as_deref().map(|vendor| format!(" · {vendor}")).unwrap_or_default()
}
