//! Any text as `config.toml`: statusbrowse answers with settings or with a
//! mistake pinned to the file, never a panic; and settings it accepts are
//! a key table where no key does two things at once.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match statusbrowse::config::parse("config.toml", text) {
        Ok(config) => assert!(config.keymap.clash().is_none(), "an accepted config has a clash"),
        Err(error) => assert!(error.to_string().starts_with("config.toml:"), "{error}"),
    }
});
