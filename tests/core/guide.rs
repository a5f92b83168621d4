//! The guide's tree: every path walked, its depth, its leaves in the
//! catalog, no question unreachable, and the situations it must lead to
//! the right code.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use statusbrowse::catalog::Catalog;
use statusbrowse::guide::{Answer, Step, Tree, Walk};

fn tree() -> Tree {
    Tree::builtin().expect("assets/guide.toml reads")
}

/// Every leaf with the depth (questions asked) it is reached at.
fn leaves(tree: &Tree) -> Vec<(Vec<usize>, &Answer)> {
    fn walk<'a>(
        tree: &'a Tree,
        id: &str,
        path: Vec<usize>,
        out: &mut Vec<(Vec<usize>, &'a Answer)>,
        seen: &mut BTreeSet<String>,
    ) {
        let question = tree.question(id).unwrap_or_else(|| panic!("no question `{id}`"));
        assert!(path.len() < 10, "a cycle through `{id}`");
        seen.insert(id.to_owned());
        for (at, answer) in question.answer.iter().enumerate() {
            let mut next_path = path.clone();
            next_path.push(at + 1);
            match (&answer.next, answer.code) {
                (Some(next), None) => walk(tree, next, next_path, out, seen),
                (None, Some(_)) => out.push((next_path, answer)),
                _ => panic!("`{id}` answer {}: exactly one of next and code", at + 1),
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    walk(tree, &tree.start, Vec::new(), &mut out, &mut seen);
    let all: BTreeSet<String> = tree.question.iter().map(|question| question.id.clone()).collect();
    assert_eq!(seen, all, "every question is reachable");
    out
}

#[test]
fn every_path_ends_at_a_catalog_code_within_six_questions() {
    let tree = tree();
    let catalog = Catalog::builtin();
    let leaves = leaves(&tree);
    let mut codes = BTreeSet::new();
    for (path, answer) in &leaves {
        assert!(path.len() <= 6, "{path:?} asks {} questions", path.len());
        let code = answer.code.expect("a leaf has a code");
        assert!(catalog.by_code(code).next().is_some(), "{path:?}: {code} is not in the catalog");
        assert!(!answer.why.trim().is_empty(), "{path:?}: {code} says why");
        for runner in &answer.runners_up {
            assert!(catalog.by_code(runner.code).next().is_some(), "{path:?}: runner-up {}", runner.code);
            assert_ne!(runner.code, code, "{path:?}: a code is not its own runner-up");
        }
        for guideline in &answer.guidelines {
            assert!(guideline.url.starts_with("https://"), "{path:?}: {}", guideline.url);
        }
        codes.insert(code);
    }
    assert!(codes.len() >= 45, "the guide reaches {} codes", codes.len());
    let classes: BTreeSet<u16> = codes.iter().map(|code| code / 100).collect();
    assert_eq!(classes, BTreeSet::from([1, 2, 3, 4, 5]), "every class");
}

#[test]
fn the_situations_lead_to_their_codes() {
    let tree = tree();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/guide-scenarios.tsv");
    let text = fs::read_to_string(path).expect("guide-scenarios.tsv");
    let mut reached: BTreeMap<u16, String> = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let [situation, answers, code] = cells[..] else { panic!("three cells: {line}") };
        let code: u16 = code.trim().parse().expect("a code");
        let mut walk = Walk::default();
        for number in answers.split(',') {
            let number: usize = number.trim().parse().expect("an answer number");
            walk.answer(&tree, number).unwrap_or_else(|error| panic!("{situation}: {error}"));
        }
        match walk.step(&tree).expect("a step") {
            Step::Answered(answer) => {
                assert_eq!(answer.code, Some(code), "{situation}");
                if code == 422 {
                    assert!(
                        answer
                            .guidelines
                            .iter()
                            .any(|guideline| guideline.name.contains("Zalando") && guideline.says.contains("400")),
                        "{situation}: Zalando's 400 is shown"
                    );
                }
            }
            Step::Asking(question) => panic!("{situation}: still asking {}", question.text),
        }
        reached.insert(code, situation.to_owned());
    }
    for code in [201, 202, 204, 303, 308, 401, 403, 429, 412, 409, 422, 504, 503] {
        assert!(reached.contains_key(&code), "no situation leads to {code}");
    }
    assert!(reached.len() >= 33, "only {} codes have a situation", reached.len());
}

#[test]
fn going_back_returns_to_the_question_before() {
    let tree = tree();
    let mut walk = Walk::default();
    let first = match walk.step(&tree).expect("step") {
        Step::Asking(question) => question.id.clone(),
        Step::Answered(_) => panic!("the guide starts with a question"),
    };
    walk.answer(&tree, 1).expect("answer 1");
    walk.back();
    assert!(matches!(walk.step(&tree), Ok(Step::Asking(question)) if question.id == first));
    assert!(walk.answer(&tree, 99).is_err(), "no answer 99");
}
