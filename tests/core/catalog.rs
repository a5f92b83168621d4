//! The built-in catalog against the outside facts it claims to cover: the
//! IANA registry, the vendor list, the seed pages' former names and the
//! constant tables of seven real libraries (all copied into tests/fixtures).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use statusbrowse::catalog::{
    Cacheability, Catalog, Content, Entry, Library, Located, Status, builtin_files, parse_file, validate,
};

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

/// Rows of a library's table of constants (assets/libraries, compiled in
/// for the release marks), which has no header line.
fn constant_rows(library: Library) -> Vec<(u16, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/libraries").join(format!("{}.tsv", library.key()));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
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
            // The vendor's spelling is the phrase; other spellings are aliases.
            candidates.iter().find(|e| &e.phrase == phrase || e.aliases.iter().any(|alias| alias == phrase))
        };
        let entry = found.unwrap_or_else(|| panic!("no unofficial entry for {code} {phrase} ({vendor})"));
        assert!(entry.vendor.is_some(), "{code} {phrase}: vendor");
        if phrase.starts_with("(no phrase") {
            assert!(entry.phrase_is_ours, "{code} {}: the vendor gives no phrase; say the name is ours", entry.phrase);
        }
        assert!(
            matched.insert((entry.code, entry.phrase.clone(), entry.vendor.clone())),
            "{code} {phrase}: two rows matched the same entry"
        );
    }
    assert_eq!(matched.len(), vendor_rows.len());
}

#[test]
fn every_vendor_code_links_to_the_vendors_own_documentation() {
    for entry in catalog().entries().iter().filter(|entry| !entry.is_registered()) {
        let spec = entry.spec.as_ref().unwrap_or_else(|| panic!("{}: no reference", entry.status_line()));
        assert!(spec.url.starts_with("https://"), "{}: {}", entry.status_line(), spec.url);
        assert!(!spec.document.trim().is_empty(), "{}: the reference is named", entry.status_line());
    }
}

#[test]
fn no_entry_points_users_at_the_projects_own_files() {
    // Users read the catalog in a terminal; the repository's files are not
    // theirs to consult. Say what is known and where it comes from.
    const INTERNAL: [&str; 6] = ["reference list", "fixture", "assets/", "tests/", "our list", "shared/reference"];
    for entry in catalog().entries() {
        let texts = [&entry.summary, &entry.description, &entry.when_to_use, &entry.when_not_to_use];
        for text in
            texts.iter().map(|text| text.to_lowercase()).chain(entry.examples.iter().map(|e| e.title.to_lowercase()))
        {
            for word in INTERNAL {
                assert!(!text.contains(word), "{}: mentions {word:?}", entry.status_line());
            }
        }
    }
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
fn nodes_status_phrases_find_their_code() {
    // Node has no constant names; http.STATUS_CODES phrases are what
    // JavaScript developers see, so each must be a phrase or alias.
    let catalog = catalog();
    let node: Vec<Vec<String>> = fixture("node-status-codes.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect();
    assert!(node.len() >= 60, "{} rows", node.len());
    for row in node {
        let code: u16 = row[0].parse().expect("code");
        let phrase = row[1].to_lowercase();
        let found = catalog.by_code(code).any(|entry| {
            entry.phrase.to_lowercase() == phrase || entry.aliases.iter().any(|alias| alias.to_lowercase() == phrase)
        });
        assert!(found, "Node's {code} {:?} is no phrase or alias of {code}", row[1]);
    }
}

#[test]
fn removed_and_deprecated_constants_say_so_in_the_detail() {
    use statusbrowse::catalog::releases::{self, Change};
    let change = releases::change(Library::Spring, "HttpStatus.REQUEST_ENTITY_TOO_LARGE");
    assert!(matches!(change, Some(Change::Removed { release: "7.0", .. })), "{change:?}");
    let change = releases::change(Library::Spring, "HttpStatus.PAYLOAD_TOO_LARGE");
    assert!(matches!(change, Some(Change::Deprecated { since: Some("7.0"), .. })), "{change:?}");
    assert_eq!(releases::change(Library::Spring, "HttpStatus.CONTENT_TOO_LARGE"), None);
    assert!(releases::release(Library::Spring).starts_with("Spring Framework 7."));

    // And the detail says so, at any width, next to the name.
    use statusbrowse::present::{entry, theme::Theme};
    let catalog = catalog();
    let content_too_large = catalog.by_code(413).find(|entry| entry.is_registered()).expect("413");
    for width in [44, 100] {
        let lines = entry::lines(content_too_large, &catalog, width, None, &Theme::MONOCHROME).lines;
        let text = lines.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
        let flowed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for said in [
            "HttpStatus.REQUEST_ENTITY_TOO_LARGE (removed in 7.0, use HttpStatus.CONTENT_TOO_LARGE)",
            "HttpStatus.PAYLOAD_TOO_LARGE (deprecated since 7.0, use HttpStatus.CONTENT_TOO_LARGE)",
        ] {
            assert!(flowed.contains(said), "{width} columns: {said}");
        }
    }
}

#[test]
fn no_constant_is_broken_across_lines_on_a_narrow_pane() {
    use statusbrowse::present::{entry, theme::Theme};
    let catalog = catalog();
    for code in catalog.entries() {
        let lines: Vec<String> =
            entry::lines(code, &catalog, 44, None, &Theme::MONOCHROME).lines.iter().map(ToString::to_string).collect();
        for (_, names) in code.constants.iter() {
            // Under its library, indented by four, a name has 40 columns;
            // longer ones (the http crate's full paths) must break.
            for name in names.iter().filter(|name| name.len() <= 40) {
                assert!(
                    lines.iter().any(|line| line.split_whitespace().any(|word| word == name)),
                    "{}: {name} is not whole on any line",
                    code.status_line()
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

/// Every registered code, what caches may do with it and whether it may
/// carry content, as its defining document says: RFC 9110 section 15.1
/// (heuristically cacheable), RFC 7725 section 3 (451 likewise), RFC 6585
/// sections 3-6 (428, 429, 431, 511 never stored), RFC 9111 sections 3 and
/// 4.3.4 (interim responses and 304 are not stored as such), RFC 9110
/// sections 6.4.1 and 15.3.6 (no content in 1xx, 204, 205, 304).
const DERIVED: &str = "
100 not-applicable forbidden  101 not-applicable forbidden  102 not-applicable forbidden
103 not-applicable forbidden  104 not-applicable forbidden  200 by-default allowed
201 explicit-only allowed     202 explicit-only allowed     203 by-default allowed
204 by-default forbidden      205 explicit-only forbidden   206 by-default allowed
207 explicit-only allowed     208 explicit-only allowed     226 explicit-only allowed
300 by-default allowed        301 by-default allowed        302 explicit-only allowed
303 explicit-only allowed     304 not-applicable forbidden  305 explicit-only allowed
306 explicit-only allowed     307 explicit-only allowed     308 by-default allowed
400 explicit-only allowed     401 explicit-only allowed     402 explicit-only allowed
403 explicit-only allowed     404 by-default allowed        405 by-default allowed
406 explicit-only allowed     407 explicit-only allowed     408 explicit-only allowed
409 explicit-only allowed     410 by-default allowed        411 explicit-only allowed
412 explicit-only allowed     413 explicit-only allowed     414 by-default allowed
415 explicit-only allowed     416 explicit-only allowed     417 explicit-only allowed
418 explicit-only allowed     421 explicit-only allowed     422 explicit-only allowed
423 explicit-only allowed     424 explicit-only allowed     425 explicit-only allowed
426 explicit-only allowed     428 never allowed             429 never allowed
431 never allowed             451 by-default allowed        500 explicit-only allowed
501 by-default allowed        502 explicit-only allowed     503 explicit-only allowed
504 explicit-only allowed     505 explicit-only allowed     506 explicit-only allowed
507 explicit-only allowed     508 explicit-only allowed     510 explicit-only allowed
511 never allowed
";

/// A derived value as `--json` writes it: `by-default`, `forbidden`.
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).expect("serialise").as_str().expect("a string").to_owned()
}

#[test]
fn derived_fields_follow_each_codes_defining_document() {
    let catalog = catalog();
    let words: Vec<&str> = DERIVED.split_whitespace().collect();
    let table: Vec<&[&str]> = words.chunks(3).collect();
    let registered: BTreeSet<u16> =
        rows("iana-status-codes.tsv").iter().map(|row| row[0].parse().expect("code")).collect();
    let in_table: BTreeSet<u16> = table.iter().map(|row| row[0].parse().expect("code")).collect();
    assert_eq!(in_table, registered, "the table covers exactly the registry");
    for row in table {
        let code: u16 = row[0].parse().expect("code");
        for entry in catalog.by_code(code).filter(|entry| entry.is_registered()) {
            assert_eq!(json(&entry.cacheable), row[1], "{code}: cacheable");
            assert_eq!(json(&entry.content), row[2], "{code}: content");
        }
    }
}

#[test]
fn codes_only_ever_logged_are_never_sent_and_not_cacheable() {
    let catalog = catalog();
    for (code, vendor) in [(444, "nginx"), (499, "nginx"), (460, "AWS"), (0, "AWS")] {
        let entry = catalog
            .by_code(code)
            .find(|entry| entry.vendor.as_deref().is_some_and(|name| name.contains(vendor)))
            .unwrap_or_else(|| panic!("{code} {vendor}"));
        assert!(entry.logged_only, "{}", entry.status_line());
        assert_eq!(entry.content, Content::NeverSent, "{}", entry.status_line());
        assert_eq!(entry.cacheable, Cacheability::NotApplicable, "{}", entry.status_line());
    }
}

/// The category each RFC that defines a registered code states in its own
/// header, for the ones off the Standards Track.
const EXPERIMENTAL_RFCS: [&str; 3] = ["RFC 8297", "RFC 5842", "RFC 2295"];

#[test]
fn codes_from_experimental_rfcs_are_not_called_standard() {
    let catalog = catalog();
    let mut experimental = 0;
    for row in rows("iana-status-codes.tsv") {
        let code: u16 = row[0].parse().expect("code");
        let (document, _) = iana_reference(&row[2]);
        let Some(entry) = catalog.by_code(code).find(|entry| entry.is_registered()) else { continue };
        let standing = entry.standing();
        if EXPERIMENTAL_RFCS.contains(&document.as_str()) {
            experimental += 1;
            assert!(standing.contains("registered · Experimental RFC"), "{code}: {standing}");
            assert!(!standing.contains("standard"), "{code}: {standing}");
        } else if entry.status == Status::Standard {
            assert!(standing.contains(" · standard"), "{code}: {standing}");
        }
    }
    assert_eq!(experimental, 4, "103, 208, 506 and 508");
}
