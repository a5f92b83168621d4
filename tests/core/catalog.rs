//! The built-in catalog against the outside facts it claims to cover: the
//! IANA registry, the vendor list, the seed pages' former names and the
//! constant tables of seven real libraries (all copied into tests/fixtures).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use statusbrowse::catalog::{Catalog, Entry, Library, Located, Status, builtin_files, parse_file, validate};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Rows of a tab-separated fixture, header and `#` comments skipped.
fn rows(name: &str) -> Vec<Vec<String>> {
    fixture(name)
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .skip(1)
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

/// Rows of a constants fixture, which has no header line.
fn constant_rows(library: Library) -> Vec<(u16, String)> {
    fixture(&format!("constants/{}.tsv", library.key()))
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.split('\t');
            let code = cells.next().and_then(|c| c.parse().ok()).expect("code");
            (code, cells.next().expect("name").to_owned())
        })
        .collect()
}

fn catalog() -> Catalog {
    Catalog::builtin()
}

/// The catalog's source files, read from disk and parsed with positions.
fn source_files() -> Vec<Located> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut located = Vec::new();
    for file in builtin_files() {
        let text = std::fs::read_to_string(root.join(file)).unwrap_or_else(|error| panic!("{file}: {error}"));
        located.extend(parse_file(file, &text).unwrap_or_else(|error| panic!("{error}")));
    }
    located
}

#[test]
fn builtin_catalog_keeps_every_rule() {
    let problems = validate(&source_files());
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), report.join("\n"));
}

#[test]
fn the_compiled_catalog_is_what_the_files_say() {
    let from_files = Catalog::from_located(source_files());
    assert_eq!(Catalog::builtin().entries(), from_files.entries());
}

#[test]
fn every_file_under_assets_catalog_is_compiled_in() {
    fn walk(dir: &Path, found: &mut BTreeSet<String>, root: &Path) {
        for item in std::fs::read_dir(dir).expect("read assets/catalog") {
            let path = item.expect("dir entry").path();
            if path.is_dir() {
                walk(&path, found, root);
            } else if path.extension().is_some_and(|ext| ext == "toml") {
                let relative = path.strip_prefix(root).expect("under root");
                found.insert(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = BTreeSet::new();
    walk(&root.join("assets/catalog"), &mut on_disk, &root);
    let compiled: BTreeSet<String> = builtin_files().map(str::to_owned).collect();
    assert_eq!(on_disk, compiled);
}

/// IANA writes lifecycle notes into the phrase: `Not Extended (OBSOLETED)`.
fn iana_phrase_and_status(description: &str) -> (String, Status) {
    if description == "(Unused)" {
        return (description.to_owned(), Status::Unused);
    }
    match description.split_once(" (") {
        Some((phrase, note)) if note.starts_with("TEMPORARY") => (phrase.to_owned(), Status::Temporary),
        Some((phrase, note)) if note.starts_with("OBSOLETED") => (phrase.to_owned(), Status::Obsolete),
        _ => (description.to_owned(), Status::Standard),
    }
}

/// `[RFC9110, Section 15.5.5]` -> ("RFC 9110", Some("15.5.5")); the first
/// bracket names the defining document.
fn iana_reference(reference: &str) -> (String, Option<String>) {
    let first = reference.trim_start_matches('[').split(']').next().unwrap_or_default();
    let (document, section) = match first.split_once(", Section ") {
        Some((document, section)) => (document, Some(section.to_owned())),
        None => (first, None),
    };
    let document = match document.strip_prefix("RFC") {
        Some(number) => format!("RFC {number}"),
        None => document.to_owned(),
    };
    (document, section)
}

#[test]
fn every_iana_registration_has_exactly_its_entry() {
    let catalog = catalog();
    let iana = rows("iana-status-codes.tsv");
    assert_eq!(iana.len(), 64, "the fixture is the full registry");
    let mut registered_codes = BTreeSet::new();
    for row in &iana {
        let code: u16 = row[0].parse().expect("code");
        registered_codes.insert(code);
        let (phrase, status) = iana_phrase_and_status(&row[1]);
        let registered: Vec<&Entry> = catalog.by_code(code).filter(|e| e.is_registered()).collect();
        assert_eq!(registered.len(), 1, "{code}: one registered entry");
        let entry = registered[0];
        assert_eq!(entry.phrase, phrase, "{code}: IANA's phrase");
        let expected_status = match code {
            // Still registered, but RFC 9110 (305) and RFC 4918 (102) retired them.
            102 | 305 => Status::Deprecated,
            _ => status,
        };
        assert_eq!(entry.status, expected_status, "{code}: lifecycle");
        let spec = entry.spec.as_ref().unwrap_or_else(|| panic!("{code}: spec"));
        let (document, section) = iana_reference(&row[2]);
        assert_eq!(spec.document, document, "{code}: defining document");
        if let Some(section) = section {
            assert_eq!(spec.section.as_deref(), Some(section.as_str()), "{code}: section");
            assert!(spec.url.ends_with(&format!("#section-{section}")), "{code}: url {}", spec.url);
        }
        assert!(spec.url.starts_with("https://"), "{code}: {}", spec.url);
    }
    let extra: Vec<String> = catalog
        .entries()
        .iter()
        .filter(|e| e.is_registered() && !registered_codes.contains(&e.code))
        .map(Entry::status_line)
        .collect();
    assert!(extra.is_empty(), "registered entries IANA does not list: {extra:?}");
}

#[test]
fn every_vendor_code_has_its_own_entry() {
    let catalog = catalog();
    let vendor_rows = rows("unofficial-codes.tsv");
    let mut matched = BTreeSet::new();
    for row in &vendor_rows {
        let code: u16 = row[0].parse().expect("code");
        let (phrase, vendor) = (&row[1], row[2].to_lowercase());
        let candidates: Vec<&Entry> = catalog.by_code(code).filter(|e| e.status == Status::Unofficial).collect();
        let found = if phrase.starts_with("(no phrase") {
            // No phrase to match on: the vendor identifies the meaning.
            candidates.iter().find(|e| e.vendor.as_ref().is_some_and(|v| vendor.contains(&v.to_lowercase())))
        } else {
            candidates.iter().find(|e| &e.phrase == phrase)
        };
        let entry = found.unwrap_or_else(|| panic!("no unofficial entry for {code} {phrase} ({vendor})"));
        assert!(entry.vendor.is_some(), "{code} {phrase}: vendor");
        assert!(
            matched.insert((entry.code, entry.phrase.clone(), entry.vendor.clone())),
            "{code} {phrase}: two rows matched the same entry"
        );
    }
    assert_eq!(matched.len(), vendor_rows.len());
}

#[test]
fn former_names_lead_to_the_right_code() {
    let catalog = catalog();
    for row in rows("former-names.tsv") {
        let code: u16 = row[0].parse().expect("code");
        let name = &row[1];
        let findable = catalog.by_code(code).any(|e| &e.phrase == name || e.aliases.iter().any(|alias| alias == name));
        assert!(findable, "{code} {name:?} ({}) is neither a phrase nor an alias", row[2]);
    }
}

#[test]
fn catalog_is_large_enough_and_every_entry_is_complete() {
    let catalog = catalog();
    let registered = catalog.entries().iter().filter(|e| e.is_registered()).count();
    let unofficial = catalog.entries().iter().filter(|e| !e.is_registered()).count();
    assert!(registered >= 64, "{registered} registered entries");
    assert!(unofficial >= 40, "{unofficial} unofficial entries");
    for entry in catalog.entries() {
        assert!(!entry.examples.is_empty(), "{}: examples", entry.status_line());
        if entry.is_registered() {
            let url = entry.spec.as_ref().map(|spec| spec.url.as_ref()).unwrap_or_default();
            assert!(url.starts_with("https://"), "{}: spec url", entry.status_line());
        }
    }
}

#[test]
fn every_constant_exists_in_its_library_with_that_code() {
    let catalog = catalog();
    for library in Library::ALL {
        let known: BTreeSet<(u16, String)> = constant_rows(library).into_iter().collect();
        for entry in catalog.entries() {
            for name in entry.constants.get(library).into_iter().flatten() {
                assert!(
                    known.contains(&(entry.code, name.to_string())),
                    "{}: {} has no {name} for {}",
                    entry.status_line(),
                    library.title(),
                    entry.code
                );
            }
        }
    }
}

#[test]
fn every_library_constant_is_listed_on_an_entry() {
    let catalog = catalog();
    let mut listed: BTreeMap<Library, BTreeSet<(u16, String)>> = BTreeMap::new();
    for entry in catalog.entries() {
        for (library, names) in entry.constants.iter() {
            for name in names {
                listed.entry(library).or_default().insert((entry.code, name.to_string()));
            }
        }
    }
    for library in Library::ALL {
        for row in constant_rows(library) {
            assert!(
                listed.get(&library).is_some_and(|names| names.contains(&row)),
                "{} {} ({}) is on no entry",
                row.0,
                row.1,
                library.title()
            );
        }
    }
}

#[test]
fn derived_fields_follow_rfc_9110() {
    let catalog = catalog();
    let get = |code: u16| catalog.by_code(code).next().unwrap_or_else(|| panic!("{code}"));
    assert!(get(404).cacheable && get(200).cacheable && get(501).cacheable);
    assert!(!get(201).cacheable && !get(302).cacheable && !get(500).cacheable);
    assert!(!get(100).body_allowed && !get(204).body_allowed && !get(304).body_allowed);
    assert!(get(200).body_allowed && get(404).body_allowed);
}
