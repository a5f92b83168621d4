//! `statusbrowse compare`, `401 vs 403` and `statusbrowse guide` as a
//! script meets them.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::run::{Home, statusbrowse};

#[test]
fn compare_prints_a_grid_sources_and_what_decides() {
    let run = statusbrowse(&["compare", "301", "302", "303", "307", "308"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    for expected in [
        "301 Moved Permanently",
        "308 Permanent Redirect",
        "permanent or temporary",
        "Sources",
        "What decides",
        "301 or 308: ",
    ] {
        assert!(run.stdout.contains(expected), "{expected}: {}", run.stdout);
    }
    assert!(run.stdout.lines().all(|line| line.chars().count() <= 80), "80 columns into a pipe");
    assert_eq!(statusbrowse(&["compare", "redirects"]).stdout, run.stdout, "the preset is the same five codes");
}

#[test]
fn versus_between_codes_compares_them() {
    let run = statusbrowse(&["401", "vs", "403"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("401 or 403: "), "{}", run.stdout);
}

#[test]
fn compare_json_has_rows_cells_sources_and_decisions() {
    let run = statusbrowse(&["compare", "--json", "429", "503"]);
    assert_eq!(run.code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["codes"], serde_json::json!([429, 503]));
    assert!(json["rows"].as_array().expect("rows").iter().all(|row| row["cells"].as_array().map(Vec::len) == Some(2)));
    assert!(json["decisions"][0]["decides"].as_str().is_some_and(|text| !text.is_empty()));
}

#[test]
fn compare_refuses_what_is_not_a_code_and_lists_presets() {
    let home = Home::new();
    let stderr = home.refused(&["compare", "301", "banana"]);
    assert!(stderr.contains("`banana` is neither a three-digit code nor a preset"), "{stderr}");
    let presets = home.ok(&["compare", "--presets"]);
    assert!(
        presets.lines().any(|line| line.starts_with("redirects") && line.contains("301 302 303 307 308")),
        "{presets}"
    );
}

fn guide(input: &str) -> (Option<i32>, String, String) {
    let home = Home::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .arg("guide")
        .env("XDG_CONFIG_HOME", home.root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    let output = child.wait_with_output().expect("ends");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (output.status.code(), text(output.stdout), text(output.stderr))
}

#[test]
fn the_guide_reads_one_answer_per_line_from_a_pipe() {
    let scenarios = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/guide-scenarios.tsv"))
        .expect("scenarios");
    let line = scenarios.lines().find(|line| line.ends_with("\t201")).expect("a 201 situation");
    let answers: Vec<&str> = line.split('\t').nth(1).expect("answers").split(',').map(str::trim).collect();
    let (code, stdout, stderr) = guide(&(answers.join("\n") + "\n"));
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.starts_with("Question 1: "), "{stdout}");
    assert!(stdout.contains("Answer: 201 Created"), "{stdout}");
    let (code, _, stderr) = guide("");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("the answers ended at question 1"), "{stderr}");
    let (code, _, stderr) = guide("99\n");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("no answer 99"), "{stderr}");
}

#[test]
fn the_guide_dumps_its_tree_as_json() {
    let run = statusbrowse(&["guide", "--json"]);
    assert_eq!(run.code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert!(json["question"].as_array().is_some_and(|questions| questions.len() > 5));
}

#[test]
fn compare_and_guide_colour_headings_only_when_asked_or_on_a_terminal() {
    let plain = statusbrowse(&["compare", "401", "403"]);
    assert!(!plain.stdout.contains('\u{1b}'), "no colour into a pipe");
    let coloured = statusbrowse(&["compare", "--color", "always", "401", "403"]);
    assert!(coloured.stdout.contains("\u{1b}[1m"), "{}", coloured.stdout);
    assert_eq!(
        coloured.stdout.replace("\u{1b}[1m", "").replace("\u{1b}[2m", "").replace("\u{1b}[0m", ""),
        plain.stdout,
        "colour changes nothing but the styles"
    );
}
