//! The comparison data against the catalog and the RFC section fixture,
//! the grid it builds, and that every property the grid shows is in the
//! entry's detail too.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use statusbrowse::catalog::Catalog;
use statusbrowse::compare::{self, grid::PROPERTIES, render};
use statusbrowse::present::{entry, theme::Theme};

fn data() -> compare::Compare {
    compare::data::all().expect("assets/compare.toml reads")
}

fn registered() -> BTreeSet<u16> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iana-status-codes.tsv");
    fs::read_to_string(path)
        .expect("iana fixture")
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').next()?.parse().ok())
        .collect()
}

/// `RFC 9110 section 15.4.2` citations in a source string.
fn rfc_citations(source: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = source.split(|c: char| c.is_whitespace() || c == ';' || c == ',').collect();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if *word == "RFC"
            && let (Some(number), Some("section"), Some(section)) =
                (words.get(at + 1), words.get(at + 2).copied(), words.get(at + 3))
        {
            found.push((number.to_string(), section.trim_end_matches(['.', ')']).to_owned()));
        }
    }
    found
}

#[test]
fn every_registered_code_has_its_properties_and_every_fact_a_source() {
    let data = data();
    let codes: BTreeSet<u16> = data.code.iter().map(|facts| facts.code).collect();
    assert_eq!(codes, registered(), "one [[code]] per registered code");
    let sections = crate::common::rfc_sections();
    let mut cited = 0;
    for facts in &data.code {
        let mut sources: Vec<&str> =
            [&facts.permanence, &facts.method, &facts.body, &facts.actor, &facts.retry, &facts.existence]
                .into_iter()
                .flatten()
                .map(|fact| fact.source.as_str())
                .collect();
        sources.extend(facts.fields.iter().map(|field| field.source.as_str()));
        sources.extend(facts.grpc.iter().map(|grpc| grpc.source.as_str()));
        for source in sources {
            assert!(!source.trim().is_empty(), "{}: a fact without a source", facts.code);
            for (number, section) in rfc_citations(source) {
                cited += 1;
                assert!(
                    sections.contains(&(number.clone(), section.clone())),
                    "{}: RFC {number} section {section}",
                    facts.code
                );
            }
        }
        let redirect = matches!(facts.code, 300..=399) && facts.code != 304;
        if !redirect {
            assert!(facts.permanence.is_none(), "{}: permanence is for redirects", facts.code);
        }
    }
    assert!(cited > 100, "only {cited} RFC citations");
}

#[test]
fn one_codes_table_read_alone_is_what_the_whole_file_says() {
    let data = data();
    for facts in &data.code {
        assert_eq!(compare::data::of(facts.code).as_ref(), Some(facts), "{}", facts.code);
    }
    // And a code the file has no table for has none, whichever side of
    // the file's codes it falls on.
    for code in (0..=u16::MAX).filter(|code| data.code.iter().all(|facts| facts.code != *code)) {
        assert_eq!(compare::data::of(code), None, "{code}");
    }
}

#[test]
fn presets_and_pairs_name_catalog_codes_and_every_preset_pair_has_its_sentence() {
    let data = data();
    let catalog = Catalog::builtin();
    for name in ["redirects", "auth", "client-errors", "gateways", "rate-limits", "success", "caching"] {
        let codes = data.preset.get(name).unwrap_or_else(|| panic!("preset {name}"));
        for (at, first) in codes.iter().enumerate() {
            assert!(catalog.by_code(*first).next().is_some(), "{name}: {first}");
            for second in &codes[at + 1..] {
                let mut pair = [*first, *second];
                pair.sort_unstable();
                assert!(data.pair.iter().any(|known| known.codes == pair), "{name}: no sentence for {pair:?}");
            }
        }
    }
    let sections = crate::common::rfc_sections();
    for pair in &data.pair {
        assert!(pair.codes[0] < pair.codes[1], "{:?} in ascending order", pair.codes);
        assert!(!pair.source.trim().is_empty() && !pair.decides.trim().is_empty(), "{:?}", pair.codes);
        for (number, section) in rfc_citations(&pair.source) {
            assert!(
                sections.contains(&(number.clone(), section.clone())),
                "{:?}: RFC {number} section {section}",
                pair.codes
            );
        }
    }
}

#[test]
fn the_redirect_grid_tells_permanent_from_temporary_and_says_what_decides() {
    let data = data();
    let catalog = Catalog::builtin();
    let grid = compare::build(&[301, 302, 303, 307, 308], &catalog, &data);
    assert_eq!(grid.codes, [301, 302, 303, 307, 308]);
    let permanence = grid.rows.iter().find(|row| row.property == "permanent or temporary").expect("permanence row");
    let values: Vec<&str> = permanence.cells.iter().map(|cell| cell.value.as_str()).collect();
    assert!(values[0].contains("permanent") && values[4].contains("permanent"), "{values:?}");
    assert!(values[1].contains("temporary") && values[3].contains("temporary"), "{values:?}");
    assert!(permanence.cells.iter().all(|cell| cell.source.is_some()), "every cell sourced");
    assert_eq!(grid.decisions.len(), 10, "one sentence per pair");
    assert!(grid.decisions.iter().all(|decision| decision.source.is_some()), "presets' pairs come from the data");
    for width in [60, 80, 200] {
        let lines = render::lines(&grid, width);
        assert!(lines.iter().all(|line| unicode_width::UnicodeWidthStr::width(line.as_str()) <= width), "{width}");
        assert!(lines.iter().any(|line| line == "What decides"));
    }
}

#[test]
fn any_set_of_codes_compares_even_without_a_sentence_for_the_pair() {
    let data = data();
    let catalog = Catalog::builtin();
    let grid = compare::build(&[418, 507], &catalog, &data);
    assert_eq!(grid.decisions.len(), 1);
    assert!(!grid.decisions[0].decides.is_empty());
}

#[test]
fn every_property_the_grid_shows_is_in_the_entrys_detail() {
    let data = data();
    let catalog = Catalog::builtin();
    for facts in &data.code {
        let entry = catalog.by_code(facts.code).find(|entry| entry.is_registered()).expect("registered entry");
        let grid = compare::build(&[facts.code], &catalog, &data);
        let lines = entry::lines(entry, &catalog, 200, None, &Theme::MONOCHROME).lines;
        let text = lines.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        for row in &grid.rows {
            let cell = &row.cells[0];
            if cell.value == "-" || row.property == PROPERTIES[0] {
                continue;
            }
            assert!(text.contains(&cell.value), "{}: {} `{}` not in the detail", facts.code, row.property, cell.value);
        }
    }
}
