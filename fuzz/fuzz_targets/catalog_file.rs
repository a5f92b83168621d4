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
        // Everything a user file can add must render as text too.
        for located in &entries {
            let _ = located.entry.status_line();
            let _ = statusbrowse::catalog::Catalog::from_located(vec![located.clone()]);
        }
    }
});
