//! Large texts compiled into the binary (the catalog's and the search's
//! text pools, the check rules, the guide, the comparison data) are kept
//! as statics with names of their own, ending in `_BYTES`.
//!
//! A string literal has no name, so the linker leaves it where the
//! compiler put it: among the small constants every lookup reads, spread
//! over a megabyte, a page fault for each 64 KiB window a lookup touches.
//! Named, link/lookup-order.ld moves them after the rest of the read-only
//! data, and the small constants lie together in a few windows.

/// `bytes` as text, checked when compiling: every caller is a constant or
/// a static, so text that is not UTF-8 fails the build, not a lookup.
pub const fn text(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a text compiled into the binary is not UTF-8"),
    }
}
