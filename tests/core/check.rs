//! `statusbrowse check`: its rules against their data and their sections,
//! the catalog's own examples run through it, the corpus of real-shaped
//! transcripts with the findings each must give, and hostile input.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use statusbrowse::catalog::{Catalog, ExampleKind};
use statusbrowse::check::{self, lint, report, rules};

fn rules() -> Vec<rules::Rule> {
    rules::all().expect("assets/check/rules.toml reads")
}

#[test]
fn the_rules_file_and_the_engine_name_the_same_rules_in_the_same_order() {
    let ids: Vec<String> = rules().into_iter().map(|rule| rule.id).collect();
    assert_eq!(ids, lint::RULE_IDS.map(str::to_owned), "rules.toml and lint::RULE_IDS");
    assert!(ids.len() >= 30, "at least 30 rules, has {}", ids.len());
}

#[test]
fn every_rule_cites_a_section_that_exists_with_its_own_url() {
    let sections = crate::common::rfc_sections();
    for rule in rules() {
        let number = rule.document.trim_start_matches("RFC ").to_owned();
        assert!(
            sections.contains(&(number, rule.section.clone())),
            "{}: {} is not in rfc-sections.tsv",
            rule.id,
            rule.citation()
        );
        let number = rule.document.trim_start_matches("RFC ");
        assert_eq!(
            rule.url,
            format!("https://www.rfc-editor.org/rfc/rfc{number}.html#section-{}", rule.section),
            "{}",
            rule.id
        );
        for (what, text) in [("message", &rule.message), ("fix", &rule.fix), ("explain", &rule.explain)] {
            assert!(!text.trim().is_empty(), "{}: {what} is empty", rule.id);
        }
        assert!(!rule.message.contains('\n'), "{}: the message is one line", rule.id);
    }
}

/// An example response as `curl -i` would show it: CRLF in the head, the
/// content byte for byte.
fn as_received(text: &str) -> Vec<u8> {
    let (head, body) = text.split_once("\n\n").unwrap_or((text.trim_end_matches('\n'), ""));
    let mut bytes = head.replace('\n', "\r\n").into_bytes();
    bytes.extend_from_slice(b"\r\n\r\n");
    bytes.extend_from_slice(body.as_bytes());
    bytes
}

#[test]
fn every_rules_example_keeps_the_rule() {
    let catalog = Catalog::builtin();
    for rule in rules() {
        let entry = catalog
            .by_code(rule.example)
            .find(|entry| entry.examples.iter().any(|example| example.kind == ExampleKind::Response))
            .unwrap_or_else(|| panic!("{}: no catalog example for {}", rule.id, rule.example));
        let example = entry.examples.iter().find(|example| example.kind == ExampleKind::Response).expect("a response");
        let checked = check::check(&as_received(&example.text), &catalog).expect("the example reads");
        let broken: Vec<&str> =
            checked.findings.iter().map(|finding| finding.rule).filter(|id| *id == rule.id).collect();
        assert!(broken.is_empty(), "{}: its example {} breaks it", rule.id, entry.status_line());
    }
}

#[test]
fn every_example_response_in_the_catalog_passes_without_an_error() {
    let catalog = Catalog::builtin();
    let rules = rules();
    let by_id = report::by_id(&rules);
    let mut checked_count = 0;
    let mut failures = Vec::new();
    for entry in catalog.entries() {
        for example in entry.examples.iter().filter(|example| example.kind == ExampleKind::Response) {
            checked_count += 1;
            let checked = check::check(&as_received(&example.text), &catalog)
                .unwrap_or_else(|error| panic!("{} {:?}: {error}", entry.status_line(), example.title));
            for finding in &checked.findings {
                let severity = by_id.get(finding.rule).map(|rule| rule.severity);
                // A code outside 100-599 is what a vendor's example shows.
                let vendor_invalid = finding.rule == "status-code-invalid" && !(100..600).contains(&entry.code);
                if severity == Some(rules::Severity::Error) && !vendor_invalid {
                    failures.push(format!(
                        "{} {:?}: {} {:?}",
                        entry.status_line(),
                        example.title,
                        finding.rule,
                        finding.detail
                    ));
                }
            }
        }
    }
    assert!(checked_count > 150, "only {checked_count} examples");
    assert!(failures.is_empty(), "examples that break a MUST:\n{}", failures.join("\n"));
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/fixtures/check")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt" || extension == "har"))
        .collect();
    cases.sort();
    cases
}

/// The findings a case expects, without its comments.
fn expected(case: &Path) -> Vec<String> {
    let text = fs::read_to_string(case.with_extension("expect"))
        .unwrap_or_else(|error| panic!("{}: no .expect file: {error}", case.display()));
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).map(str::to_owned).collect()
}

#[test]
fn the_corpus_gives_exactly_the_findings_each_case_expects() {
    let catalog = Catalog::builtin();
    let cases = corpus();
    assert!(cases.len() >= 60, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let input = fs::read(case).expect("the case reads");
        let name = case.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        let got: Vec<String> = match check::check(&input, &catalog) {
            Ok(checked) => {
                checked.findings.iter().map(|finding| format!("{} {}", finding.response, finding.rule)).collect()
            }
            Err(error) => vec![format!("line {}", error.line)],
        };
        let mut got = got;
        got.sort();
        let mut want = expected(case);
        want.sort();
        if name.contains(".invalid.") != want.iter().any(|line| line.starts_with("line ")) {
            failures.push(format!("{name}: an .invalid. case expects `line N`, and only those do"));
        }
        if got != want {
            failures.push(format!("{name}:\n   expected {want:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn every_rule_fires_in_the_corpus_and_has_a_near_miss_that_does_not() {
    let cases = corpus();
    let mut fired: BTreeMap<String, usize> = BTreeMap::new();
    for case in &cases {
        for line in expected(case) {
            if let Some((_, rule)) = line.split_once(' ') {
                *fired.entry(rule.to_owned()).or_default() += 1;
            }
        }
    }
    let names: BTreeSet<String> =
        cases.iter().filter_map(|case| case.file_name().and_then(|name| name.to_str()).map(str::to_owned)).collect();
    for id in lint::RULE_IDS {
        assert!(fired.contains_key(id), "{id} fires in no case");
        let near_miss = names.iter().any(|name| name.starts_with(&format!("{id}.ok")));
        assert!(near_miss, "{id} has no near-miss case ({id}.ok.txt or .har)");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever comes in, check answers: a report or a line-numbered
    /// error, never a panic; and nothing from the input reaches the
    /// terminal as a control character.
    #[test]
    fn hostile_input_is_answered_and_never_reaches_the_terminal_live(
        head in proptest::collection::vec("[ -~\u{1b}\u{7}\u{9b}\r\t]{0,40}", 0..12),
        body in proptest::collection::vec(any::<u8>(), 0..200),
        code in "[0-9]{1,4}",
    ) {
        let mut input = format!("HTTP/1.1 {code} \u{1b}]0;owned\u{7}\r\n").into_bytes();
        for line in &head {
            input.extend_from_slice(format!("X-{line}\r\n").as_bytes());
        }
        input.extend_from_slice(b"\r\n");
        input.extend_from_slice(&body);
        let catalog = Catalog::builtin();
        let rules = rules::all().expect("rules");
        match check::check(&input, &catalog) {
            Ok(checked) => {
                let mut out = Vec::new();
                report::write_text(&mut out, &checked, &catalog, &rules, 80, false).expect("written");
                let text = String::from_utf8(out).expect("UTF-8");
                prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
            }
            Err(error) => prop_assert!(error.line >= 1),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let catalog = Catalog::builtin();
        let _ = check::check(&bytes, &catalog);
    }
}

#[test]
fn huge_and_endless_heads_are_read_in_bounded_time() {
    let catalog = Catalog::builtin();
    // A 10 MB header value, and 200,000 header lines.
    let mut big = b"HTTP/1.1 200 OK\r\nX-Big: ".to_vec();
    big.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    big.extend_from_slice(b"\r\n\r\n");
    let checked = check::check(&big, &catalog).expect("a long field is still a field");
    assert_eq!(checked.transcript.exchanges.len(), 1);
    let mut many = b"HTTP/1.1 200 OK\r\n".to_vec();
    for index in 0..200_000 {
        many.extend_from_slice(format!("X-Field-{index}: value\r\n").as_bytes());
    }
    many.extend_from_slice(b"\r\n");
    let checked = check::check(&many, &catalog).expect("many fields are still fields");
    assert_eq!(checked.transcript.exchanges[0].responses[0].fields.len(), 200_000);
}

#[test]
fn a_code_out_of_use_is_named_with_what_to_send_instead() {
    let catalog = Catalog::builtin();
    for (code, successor) in [(102, "202"), (305, "307"), (306, "308"), (418, "400"), (510, "400")] {
        let input = format!("HTTP/1.1 {code} X\r\nDate: Thu, 03 Dec 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n");
        let checked = check::check(input.as_bytes(), &catalog).expect("reads");
        let finding =
            checked.findings.iter().find(|finding| finding.rule == "deprecated-code").expect("deprecated-code");
        let detail = finding.detail.as_deref().unwrap_or_default();
        assert!(detail.contains("instead") && detail.contains(successor), "{code}: {detail}");
    }
}
