//! What the list leaves out whatever the query: `v` hides vendors' codes,
//! `d` the deprecated, obsolete and unused ones, for a reader who wants
//! only what to use today.

use crate::catalog::{Entry, Status};

/// Kinds of entries the list can leave out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hidden {
    /// Vendors' own codes (nginx's 499, Cloudflare's 5xx).
    pub vendors: bool,
    /// Deprecated, obsolete and unused codes.
    pub retired: bool,
}

impl Hidden {
    pub(super) fn hides(self, entry: &Entry) -> bool {
        let retired = matches!(entry.status, Status::Deprecated | Status::Obsolete | Status::Unused);
        (self.vendors && !entry.is_registered()) || (self.retired && retired)
    }

    /// What the list's title says is hidden, if anything.
    pub fn label(self) -> Option<&'static str> {
        match (self.vendors, self.retired) {
            (false, false) => None,
            (true, false) => Some("vendors hidden"),
            (false, true) => Some("retired hidden"),
            (true, true) => Some("vendors, retired hidden"),
        }
    }
}
