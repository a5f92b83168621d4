//! A user's catalog file laid over the built-in one, then every entry it
//! adds or amends laid out at a width the input decides and written
//! as terminal text, as `statusbrowse CODE` and the detail pane show it:
//! where user text reaches a terminal. Whatever the input: no panic, no
//! line wider than asked, and nothing in the text that a terminal would
//! act on.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use statusbrowse::catalog::{Catalog, Located, Source, builtin_located, overlay, validate};
use statusbrowse::present::ansi::write_line;
use statusbrowse::present::entry;
use statusbrowse::present::theme::Theme;

fn builtin() -> &'static [Located] {
    static BUILTIN: OnceLock<Vec<Located>> = OnceLock::new();
    BUILTIN.get_or_init(builtin_located)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut entries = builtin().to_vec();
    let mut problems = Vec::new();
    if overlay(&mut entries, "fuzz.toml", text, &mut problems).is_err() || !validate(&entries).is_empty() {
        return;
    }
    let catalog = Catalog::from_located(entries);
    // The width comes from the input without taking a byte of it, so
    // catalog files seed this target as they are.
    let width = u16::try_from(text.len() % 160).unwrap_or(0) + 1;
    for entry in catalog.entries().iter().filter(|entry| entry.source != Source::Builtin) {
        for (chosen, theme) in [(None, Theme::COLOR), (Some(0), Theme::MONOCHROME)] {
            let laid_out = entry::lines(entry, &catalog, width, chosen, &theme);
            let mut out = Vec::new();
            for line in &laid_out.lines {
                write_line(&mut out, line, false).expect("writing to memory");
            }
            let printed = String::from_utf8(out).expect("lines are text");
            for line in printed.lines() {
                assert!(
                    !line.chars().any(|c| c.is_control() && c != '\t'),
                    "a control character would reach the terminal: {line:?}"
                );
            }
        }
    }
});
