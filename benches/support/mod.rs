//! What the benchmarks share: user catalogs of a given size, generated the
//! way a big organisation's file might look (many vendors, keywords).
#![allow(dead_code)]

use statusbrowse::catalog::Catalog;

/// A user catalog file with `entries` entries on codes 600-999.
pub fn user_catalog(entries: usize) -> String {
    let mut text = String::with_capacity(entries * 160);
    for index in 0..entries {
        let code = 600 + index % 400;
        text.push_str(&format!(
            "[[entry]]\ncode = {code}\nvendor = \"Team {team}\"\nphrase = \"Service {index} Budget Exceeded\"\n\
             summary = \"Generated entry {index}.\"\nkeywords = [\"gateway {index}\", \"quota\", \"tenant\"]\n\n",
            team = index % 97,
        ));
    }
    text
}

/// The built-in catalog, or it with a generated user file of `extra`
/// entries laid over it.
pub fn catalog(extra: usize) -> Catalog {
    if extra == 0 {
        return Catalog::builtin();
    }
    Catalog::with_user_files(&[("bench.toml".to_owned(), user_catalog(extra))]).expect("the generated catalog loads")
}
