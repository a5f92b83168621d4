//! Every RFC section the catalog cites exists, checked against the section
//! numbers and titles of the RFCs themselves (tests/fixtures/rfc-sections.tsv,
//! read from the published texts). A spec's section is also the right one:
//! a registered code's section has that code in its title.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use statusbrowse::catalog::{Catalog, Entry};

/// RFC number to its sections, each with its title.
fn sections() -> BTreeMap<u32, BTreeMap<String, String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rfc-sections.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut rfcs: BTreeMap<u32, BTreeMap<String, String>> = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()).skip(1) {
        let mut cells = line.split('\t');
        let (Some(rfc), Some(section), Some(title)) = (cells.next(), cells.next(), cells.next()) else {
            panic!("a row of three cells: {line:?}");
        };
        let rfc = rfc.trim_start_matches("RFC").trim().parse().unwrap_or_else(|_| panic!("an RFC number: {line:?}"));
        rfcs.entry(rfc).or_default().insert(section.to_owned(), title.to_owned());
    }
    rfcs
}

/// A cited section: `15.5.5`, `6.4.1`, `3`.
fn is_section(word: &str) -> bool {
    word.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// `RFC 9110` or `RFC9110` at `words[at]`: the number.
fn rfc_at(words: &[&str], at: usize) -> Option<(u32, usize)> {
    let word = words.get(at)?;
    if let Some(number) = word.strip_prefix("RFC").filter(|rest| !rest.is_empty()) {
        return number.parse().ok().map(|number| (number, 1));
    }
    if *word == "RFC" {
        return words.get(at + 1)?.parse().ok().map(|number| (number, 2));
    }
    None
}

/// Every (RFC, section) a text cites: `RFC 9110 section 15.1`, `RFC 6585,
/// Section 4`, `section 12.4.1 of RFC 9110`, `sections 3 and 4 of RFC
/// 6585`, `§15.3.6`; a section without its RFC belongs to the RFC the text
/// named last, or failing that to the entry's own document.
fn citations(text: &str, own: Option<u32>) -> Vec<(u32, String)> {
    // Each word, and whether punctuation ends its clause: a list of
    // sections ("sections 3 and 4") never runs past it.
    let raw: Vec<&str> = text.split(char::is_whitespace).filter(|word| !word.is_empty()).collect();
    let ends: Vec<bool> = raw.iter().map(|word| word.ends_with(['.', ',', ';', ':', ')', ']'])).collect();
    let words: Vec<&str> =
        raw.iter().map(|word| word.trim_matches(['(', ')', '[', ']', ',', '.', ';', ':', '"', '\''])).collect();
    let mut found = Vec::new();
    let mut last_rfc = own;
    let mut at = 0;
    while at < words.len() {
        if let Some((number, width)) = rfc_at(&words, at) {
            last_rfc = Some(number);
            at += width;
            continue;
        }
        let word = words[at];
        let lower = word.to_lowercase();
        let inline = word.strip_prefix('§').filter(|rest| !rest.is_empty());
        if lower == "section" || lower == "sections" || word == "§" || inline.is_some() {
            let mut cited = Vec::new();
            let mut next = at + 1;
            if let Some(section) = inline {
                cited.push(section.to_owned());
            }
            while let Some(candidate) = words.get(next) {
                if is_section(candidate) {
                    cited.push((*candidate).to_owned());
                } else if !matches!(*candidate, "and" | "or" | "to" | "&") {
                    break;
                }
                next += 1;
                if ends[next - 1] {
                    break;
                }
            }
            let rfc = match (words.get(next), rfc_at(&words, next + 1)) {
                (Some(&"of"), Some((number, _))) => Some(number),
                _ => last_rfc,
            };
            if let Some(rfc) = rfc {
                found.extend(cited.into_iter().map(|section| (rfc, section)));
            }
            at = next;
            continue;
        }
        at += 1;
    }
    found
}

fn own_rfc(entry: &Entry) -> Option<u32> {
    let document = &entry.spec.as_ref()?.document;
    document.strip_prefix("RFC ")?.parse().ok()
}

#[test]
fn the_citation_reader_reads_every_form() {
    let text = "RFC 9110 section 15.1 and §15.3.6; see section 12.4.1 of RFC 9110, sections 3 and 4 of RFC 6585, \
                RFC 7725, Section 3, and then section 6.4.1.";
    let expected: Vec<(u32, String)> =
        [(9110, "15.1"), (9110, "15.3.6"), (9110, "12.4.1"), (6585, "3"), (6585, "4"), (7725, "3"), (7725, "6.4.1")]
            .iter()
            .map(|(rfc, section)| (*rfc, (*section).to_owned()))
            .collect();
    assert_eq!(citations(text, None), expected);
    assert_eq!(citations("the rule in section 15.5.5", Some(9110)), [(9110, "15.5.5".to_owned())]);
    assert!(citations("see section 3 of the AWS guide", None).is_empty());
    assert_eq!(
        citations("(RFC 9110 section 15.2). A 100 needs nothing; section 3, 4 times", None),
        [(9110, "15.2".to_owned()), (9110, "3".to_owned())],
        "a clause ends a list of sections"
    );
}

#[test]
fn every_cited_section_exists_in_its_rfc() {
    let rfcs = sections();
    let mut wrong = BTreeSet::new();
    let mut unknown = BTreeSet::new();
    let mut checked = 0;
    for entry in Catalog::builtin().entries() {
        let own = own_rfc(entry);
        let texts = [&*entry.summary, &*entry.description, &*entry.when_to_use, &*entry.when_not_to_use];
        let titles = entry.examples.iter().map(|example| &*example.title);
        for text in texts.into_iter().chain(titles) {
            for (rfc, section) in citations(text, own) {
                checked += 1;
                match rfcs.get(&rfc) {
                    None => {
                        unknown.insert(rfc);
                    }
                    Some(known) if !known.contains_key(&section) => {
                        wrong.insert(format!("{}: RFC {rfc} has no section {section}", entry.status_line()));
                    }
                    Some(_) => {}
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} citations found: is the reader reading?");
    assert!(unknown.is_empty(), "RFCs cited but missing from rfc-sections.tsv: {unknown:?}");
    assert!(wrong.is_empty(), "{} wrong citations:\n{}", wrong.len(), wrong.into_iter().collect::<Vec<_>>().join("\n"));
}

#[test]
fn a_registered_codes_spec_section_names_its_code() {
    let rfcs = sections();
    for entry in Catalog::builtin().entries().iter().filter(|entry| entry.is_registered()) {
        let (Some(rfc), Some(spec)) = (own_rfc(entry), entry.spec.as_ref()) else { continue };
        let Some(section) = spec.section.as_deref() else { continue };
        let title = rfcs
            .get(&rfc)
            .and_then(|known| known.get(section))
            .unwrap_or_else(|| panic!("{}: RFC {rfc} section {section} is not in the fixture", entry.status_line()));
        // `15.5.5 404 Not Found`, `2 HTTP Status Code 103: Early Hints`.
        assert!(
            title.split(|c: char| !c.is_ascii_digit()).any(|word| word == entry.code_str()),
            "{}: RFC {rfc} section {section} is {title:?}",
            entry.status_line()
        );
    }
}
