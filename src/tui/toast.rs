//! The status line's short messages: what a copy did, why a key did
//! nothing. The loop times them; `update` clears them.

/// A short message in the status line that goes away after a few seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub text: String,
    pub kind: ToastKind,
    /// Tells this toast from the next one with the same text, so the loop
    /// times each from when it was shown.
    pub id: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Info,
    Error,
    /// Something under way ("Copying…"): it stays until the outcome
    /// replaces it.
    Progress,
}
