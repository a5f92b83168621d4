//! The command line as a script sees it: the built binary, its stdout,
//! stderr and exit status.

use std::process::{Command, Output};

use serde_json::Value;
use statusbrowse::catalog::Catalog;

fn statusbrowse(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run statusbrowse")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 output")
}

/// The field names the issue promises, in the order the JSON uses.
const FIELDS: [&str; 18] = [
    "code",
    "phrase",
    "class",
    "status",
    "vendor",
    "spec",
    "summary",
    "description",
    "when_to_use",
    "when_not_to_use",
    "aliases",
    "keywords",
    "related_codes",
    "related_headers",
    "cacheable",
    "body_allowed",
    "constants",
    "examples",
];

#[test]
fn json_is_the_embedded_catalog_with_the_documented_fields() {
    let output = statusbrowse(&["--json"]);
    assert!(output.status.success(), "{output:?}");
    let printed: Value = serde_json::from_slice(&output.stdout).expect("one JSON document");
    let catalog = Catalog::builtin().expect("catalog");
    let expected = serde_json::to_value(catalog.entries()).expect("serialise");
    assert_eq!(printed, expected);

    let entries = printed.as_array().expect("an array");
    for entry in entries {
        let object = entry.as_object().expect("an object per entry");
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let expected: Vec<&str> = FIELDS
            .iter()
            .copied()
            .filter(|field| match *field {
                "vendor" => object.contains_key("vendor"),
                "spec" => object.contains_key("spec"),
                _ => true,
            })
            .collect();
        let mut sorted_expected = expected.clone();
        sorted_expected.sort_unstable();
        let mut sorted_keys = keys.clone();
        sorted_keys.sort_unstable();
        assert_eq!(sorted_keys, sorted_expected, "fields of {entry}");
    }
    let registered = entries.iter().filter(|e| e["status"] != "unofficial").count();
    let unofficial = entries.iter().filter(|e| e["status"] == "unofficial").count();
    assert!(
        registered >= 64 && unofficial >= 40,
        "{registered} registered, {unofficial} unofficial"
    );
    for entry in entries.iter().filter(|e| e["status"] != "unofficial") {
        let url = entry["spec"]["url"].as_str().unwrap_or_default();
        assert!(url.starts_with("https://"), "{}", entry["code"]);
    }
}

#[test]
fn a_code_prints_its_entry_as_text() {
    let output = statusbrowse(&["404"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("404 Not Found"));
    assert_eq!(lines.next(), Some("4xx Client Error · standard"));
    assert_eq!(lines.next(), Some("RFC 9110, Section 15.5.5"));
    assert_eq!(
        lines.next(),
        Some("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5")
    );
    for section in [
        "Description",
        "When to use",
        "When not to use",
        "Related codes: ",
        "Example: ",
    ] {
        assert!(text.contains(section), "missing {section:?} in\n{text}");
    }
    assert!(text.contains("  HTTP/1.1 404 Not Found"));
    // Prose wraps at 80 columns when piped; examples are verbatim and links whole.
    let prose = &text[..text.find("Example: ").expect("an example")];
    let long: Vec<&str> = prose
        .lines()
        .filter(|line| line.chars().count() > 80 && !line.contains("https://"))
        .collect();
    assert!(long.is_empty(), "lines over 80 columns: {long:#?}");
}

#[test]
fn a_code_with_several_meanings_prints_each() {
    let output = statusbrowse(&["451"]);
    let text = stdout(&output);
    assert!(
        text.starts_with("451 Unavailable For Legal Reasons\n"),
        "IANA's meaning first:\n{text}"
    );
    assert!(text.contains("\n451 Redirect\n"), "Exchange's meaning too:\n{text}");
}

#[test]
fn an_unknown_code_exits_1_with_a_message() {
    let output = statusbrowse(&["299"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no status code \"299\""));
}

#[test]
fn a_bad_option_is_a_usage_error() {
    let output = statusbrowse(&["--no-such-option"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn without_a_terminal_no_arguments_print_the_list() {
    let output = statusbrowse(&[]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    let catalog = Catalog::builtin().expect("catalog");
    assert_eq!(text.lines().count(), catalog.entries().len(), "one line per entry");
    assert!(text.contains("\n404  Not Found\n"));
    assert!(text.contains("\n499  Client Closed Request (nginx)\n"));
    assert!(!text.contains('\x1b'), "no escape sequences in piped output");
}
