//! A user's catalog file, any bytes at all, laid over the built-in catalog
//! and validated: whatever the input, statusbrowse must answer with entries
//! or with problems, never a panic or a hang.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use statusbrowse::catalog::{Located, builtin_located, overlay, validate};

fn builtin() -> &'static [Located] {
    static BUILTIN: OnceLock<Vec<Located>> = OnceLock::new();
    BUILTIN.get_or_init(|| builtin_located())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut entries = builtin().to_vec();
    let mut problems = Vec::new();
    if overlay(&mut entries, "fuzz.toml", text, &mut problems).is_ok() {
        let _ = validate(&entries);
        // Everything a user file can add must lay out as text too, at a
        // narrow width and a wide one, as the browser and a pipe show it.
        let catalog = statusbrowse::catalog::Catalog::from_located(entries);
        let theme = statusbrowse::present::theme::Theme::MONOCHROME;
        for entry in catalog.entries().iter().filter(|entry| entry.source != statusbrowse::catalog::Source::Builtin) {
            for width in [1, 80] {
                let _ = statusbrowse::present::entry::lines(entry, &catalog, width, Some(0), &theme);
            }
        }
    }
});
