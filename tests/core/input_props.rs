//! Property tests over everything a user can type or write: any string as a
//! catalog file, generated catalog documents, any search query. The answer
//! is always entries or problems, never a panic; highlights always fall
//! inside the row they mark.

use proptest::prelude::*;
use statusbrowse::catalog::{Catalog, CatalogError};
use statusbrowse::present::theme::Theme;
use statusbrowse::search::Search;
use statusbrowse::tui::action::Action;
use statusbrowse::tui::update::{MAX_QUERY_CHARS, update};
use statusbrowse::user_file::FileError;

use crate::common;

/// How many characters the row of `entry` shows: what highlights index.
fn row_chars(catalog: &Catalog, entry: usize) -> u32 {
    u32::try_from(catalog.entries()[entry].status_line().chars().count()).unwrap_or(u32::MAX)
}

fn built_in() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(Catalog::builtin)
}

/// A TOML value that is sometimes right, often wrong.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u32>().prop_map(|n| n.to_string()),
        "-?[0-9]{1,6}",
        "\"[^\"\\\\]{0,20}\"",
        Just("\"\\u001b[31m\"".to_owned()),
        Just("[]".to_owned()),
        Just("[\"a\", 1]".to_owned()),
        Just("{ document = \"RFC 1\", url = \"http://x\" }".to_owned()),
        Just("true".to_owned()),
        Just("'''\nHTTP/1.1 590 X\nContent-Length: 2\n\nab'''".to_owned()),
    ]
}

fn key() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "code",
        "phrase",
        "status",
        "vendor",
        "spec",
        "summary",
        "description",
        "notes",
        "aliases",
        "keywords",
        "related_codes",
        "related_headers",
        "constants",
        "when_to_use",
        "bogus",
    ])
}

/// A catalog document of a few entries with a few fields each.
fn document() -> impl Strategy<Value = String> {
    let field = (key(), value()).prop_map(|(key, value)| format!("{key} = {value}\n"));
    let example =
        (value(), value()).prop_map(|(title, text)| format!("[[entry.examples]]\ntitle = {title}\ntext = {text}\n"));
    let entry = (prop::collection::vec(field, 0..6), prop::option::of(example))
        .prop_map(|(fields, example)| format!("[[entry]]\n{}{}", fields.concat(), example.unwrap_or_default()));
    prop::collection::vec(entry, 0..4).prop_map(|entries| entries.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_catalog_file_is_answered(text in any::<String>()) {
        match Catalog::with_user_files(&[("p.toml".to_owned(), text)]) {
            Ok(catalog) => prop_assert!(catalog.entries().len() >= built_in().entries().len()),
            Err(CatalogError::File(FileError::At { at, .. })) => prop_assert_eq!(at.file, "p.toml"),
            Err(CatalogError::Invalid(problems)) => prop_assert!(!problems.is_empty()),
            Err(other) => prop_assert!(false, "unexpected error {}", other),
        }
    }

    #[test]
    fn generated_documents_are_answered_and_loaded_ones_render(text in document()) {
        if let Ok(catalog) = Catalog::with_user_files(&[("g.toml".to_owned(), text)]) {
            let mut app = common::app_on(catalog, 100, 30);
            common::press(&mut app, "G");
            let shown = common::lines(common::render(&app, &Theme::COLOR).backend().buffer());
            prop_assert!(!shown.contains(char::from(0x1b)), "no escape drawn");
        }
    }

    #[test]
    fn any_query_ranks_without_panicking_and_highlights_stay_in_the_row(query in any::<String>()) {
        let catalog = built_in();
        let mut search = Search::new(catalog.entries());
        for hit in search.run(&query).hits {
            let width = row_chars(catalog, hit.entry);
            prop_assert!(hit.highlights.iter().all(|index| *index < width), "{:?}", hit.highlights);
            prop_assert!(hit.highlights.windows(2).all(|pair| pair[0] < pair[1]), "sorted, unique");
        }
    }

    #[test]
    fn any_typed_query_keeps_the_browser_sound(
        query in "[\\PC\u{a0}\u{2003}\u{3000}\u{300}\u{fe0f}]{0,40}",
        width in 0u16..160,
        height in 0u16..50,
    ) {
        let mut app = common::app(width, height);
        common::press(&mut app, "/");
        for c in query.chars() {
            let _ = update(&mut app, Action::Insert(c));
        }
        prop_assert!(app.query().chars().all(|c| !statusbrowse::inert::is_unsafe(c)));
        prop_assert_eq!(app.selected().is_some(), !app.hits().is_empty());
        let _ = common::render(&app, &Theme::COLOR);
        // Deleting word by word, whatever the spaces are, empties it.
        for _ in 0..=query.chars().count() {
            let before = app.query().to_owned();
            let _ = update(&mut app, Action::DeleteWord);
            prop_assert!(before.starts_with(app.query()), "{:?} became {:?}", before, app.query());
        }
        prop_assert_eq!(app.query(), "");
    }
}

#[test]
fn pathological_queries() {
    let catalog = built_in();
    let mut search = Search::new(catalog.entries());
    let long = "ab😀\u{301}ا".repeat(2_000);
    for query in [
        long.as_str(),
        "\u{0}\u{1b}[2J",
        "\u{202e}404",
        "!",
        "^",
        "$",
        "'",
        "!!!",
        "^$",
        "      ",
        "4xx x",
        "x4",
        "9999",
        "é",
        "ﬀ",
    ] {
        for hit in search.run(query).hits {
            let width = row_chars(catalog, hit.entry);
            assert!(hit.highlights.iter().all(|index| *index < width), "{query:?}");
        }
    }
    // Typing 10,000 characters keeps the first MAX_QUERY_CHARS.
    let mut app = common::app(100, 30);
    common::press(&mut app, "/");
    for c in long.chars() {
        let _ = update(&mut app, Action::Insert(c));
    }
    assert_eq!(app.query().chars().count(), MAX_QUERY_CHARS);
    let _ = common::render(&app, &Theme::COLOR);
}
