//! The command line as a script sees it: the built binary, its stdout,
//! stderr and exit status, with golden output kept by insta.

use std::process::Command;

use serde_json::Value;
use statusbrowse::catalog::Catalog;
use unicode_width::UnicodeWidthStr;

use crate::common::run::{Home, Run, statusbrowse, str_of};

fn stdout(run: &Run) -> String {
    run.stdout.clone()
}

fn stderr(run: &Run) -> String {
    run.stderr.clone()
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).expect("one JSON document")
}

/// The field names the catalog promises, in the order the JSON uses.
/// `vendor` and `spec` appear where they apply, `notes` only on entries a
/// user's file annotated, `phrase_is_ours` and `logged_only` only when true,
/// `constant_changes` only when a library deprecated or removed a name.
const FIELDS: [&str; 24] = [
    "code",
    "phrase",
    "class",
    "status",
    "commonness",
    "vendor",
    "spec",
    "summary",
    "description",
    "when_to_use",
    "when_not_to_use",
    "notes",
    "aliases",
    "keywords",
    "related_codes",
    "related_headers",
    "cacheable",
    "content",
    "phrase_is_ours",
    "logged_only",
    "constants",
    "examples",
    "source",
    "constant_changes",
];

#[test]
fn json_is_the_embedded_catalog_with_the_documented_fields() {
    let output = statusbrowse(&["--json"]);
    assert_eq!(output.code, Some(0), "{output:?}");
    let printed = json(&output);
    let catalog = Catalog::builtin();
    // The entries as the catalog holds them, with what became of their
    // constants beside them.
    let mut without_changes = printed.clone();
    for entry in without_changes.as_array_mut().expect("an array") {
        entry.as_object_mut().expect("an object").remove("constant_changes");
    }
    assert_eq!(without_changes, serde_json::to_value(catalog.entries()).expect("serialise"));

    let entries = printed.as_array().expect("an array");
    for entry in entries {
        let object = entry.as_object().expect("an object per entry");
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut expected: Vec<&str> = FIELDS
            .iter()
            .copied()
            .filter(|field| {
                !matches!(*field, "vendor" | "spec" | "notes" | "phrase_is_ours" | "logged_only" | "constant_changes")
                    || object.contains_key(*field)
            })
            .collect();
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected, "fields of {}", entry["code"]);
        assert_eq!(entry["source"], "builtin");
    }
    // Fields come in the documented order (Value sorts keys, so read the text).
    let text = stdout(&output);
    let first = &text[..text.find("\n  },").expect("first entry")];
    let positions: Vec<usize> = FIELDS.iter().filter_map(|field| first.find(&format!("\n    \"{field}\": "))).collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "field order");
    assert!(positions.len() >= 17, "{positions:?}");
    let registered = entries.iter().filter(|e| e["status"] != "unofficial").count();
    let unofficial = entries.iter().filter(|e| e["status"] == "unofficial").count();
    assert!(registered >= 64 && unofficial >= 40, "{registered} registered, {unofficial} unofficial");
    for entry in entries.iter().filter(|e| e["status"] != "unofficial") {
        let url = entry["spec"]["url"].as_str().unwrap_or_default();
        assert!(url.starts_with("https://"), "{}", entry["code"]);
    }
}

#[test]
fn a_code_prints_its_entry() {
    let output = statusbrowse(&["404"]);
    assert_eq!(output.code, Some(0), "{output:?}");
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn piped_text_wraps_at_80_columns_and_has_no_escapes() {
    for code in ["100", "429", "451", "999"] {
        let text = stdout(&statusbrowse(&[code]));
        assert!(!text.contains('\x1b'), "{code}: no colour in a pipe");
        let prose = &text[..text.find("Example").expect("an example")];
        let long: Vec<&str> =
            prose.lines().filter(|line| line.chars().count() > 80 && !line.contains("https://")).collect();
        assert!(long.is_empty(), "{code}: lines over 80 columns: {long:#?}");
    }
}

#[test]
fn a_code_with_several_meanings_prints_each_iana_first() {
    let text = stdout(&statusbrowse(&["451"]));
    assert!(text.starts_with("451 Unavailable For Legal Reasons\n"), "{text}");
    assert!(text.contains("\n451 Redirect\n"), "Exchange's meaning too");
}

#[test]
fn several_codes_print_in_the_order_asked() {
    let text = stdout(&statusbrowse(&["308", "301"]));
    let first = text.find("308 Permanent Redirect\n").expect("308");
    let second = text.find("301 Moved Permanently\n").expect("301");
    assert!(first < second);
}

#[test]
fn a_class_lists_every_entry_of_the_class() {
    let output = statusbrowse(&["4xx"]);
    assert_eq!(output.code, Some(0));
    let catalog = Catalog::builtin();
    let expected = catalog.entries().iter().filter(|entry| (400..500).contains(&entry.code)).count();
    let text = stdout(&output);
    assert_eq!(text.lines().count(), expected);
    assert!(text.lines().all(|line| line.starts_with('4')));
    assert_eq!(text, stdout(&statusbrowse(&["4"])), "4 means 4xx");
    assert_eq!(text, stdout(&statusbrowse(&["--class", "4xx"])), "--class 4xx lists the same");
    insta::assert_snapshot!("mask_41x", stdout(&statusbrowse(&["41x"])));
}

#[test]
fn words_search_like_the_browser() {
    let output = statusbrowse(&["rate", "limit"]);
    assert_eq!(output.code, Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("429  Too Many Requests · keyword: rate limit\n"), "why it is listed: {text}");
    insta::assert_snapshot!("search_rate_limit", text);
    let teapot = stdout(&statusbrowse(&["teapot"]));
    assert!(teapot.starts_with("418  I'm a teapot · HTCPCP\n"), "{teapot}");
}

#[test]
fn example_prints_only_the_response() {
    let catalog = Catalog::builtin();
    let entry = catalog.by_code(401).next().expect("401");
    assert_eq!(stdout(&statusbrowse(&["429", "--example"])), catalog.by_code(429).next().unwrap().examples[0].text);
    assert_eq!(stdout(&statusbrowse(&["401", "--example=2"])), entry.examples[1].text);
    let too_far = statusbrowse(&["401", "--example=9"]);
    assert_eq!(too_far.code, Some(2));
    assert_eq!(stderr(&too_far), "statusbrowse: --example=9: 401 Unauthorized has 2 examples\n");
    let two = statusbrowse(&["401", "403", "--example"]);
    assert_eq!(two.code, Some(2));
    assert!(stderr(&two).contains("exactly one code"));
}

#[test]
fn example_takes_its_number_only_with_an_equals_sign() {
    let catalog = Catalog::builtin();
    let first = &catalog.by_code(429).next().expect("429").examples[0].text;
    let output = statusbrowse(&["--example", "429"]);
    assert_eq!(
        (output.code, stdout(&output)),
        (Some(0), first.to_string()),
        "429 is the code, not the example's number"
    );
}

#[test]
fn flags_that_contradict_each_other_are_refused() {
    for flags in [
        &["--json", "--list", "404"][..],
        &["429", "--example", "--json"],
        &["429", "--example", "--list"],
        &["--class", "4", "--example", "429"],
    ] {
        let output = statusbrowse(flags);
        assert_eq!(output.code, Some(2), "{flags:?}");
        assert!(stderr(&output).contains("cannot be used with"), "{flags:?}: {}", stderr(&output));
        assert!(stdout(&output).is_empty(), "{flags:?} printed something");
    }
}

#[test]
fn json_with_nothing_found_is_an_empty_array_and_exit_1() {
    for query in [
        &["abc", "--json"][..],
        &["999999", "--json"],
        &["--json", "--class", "1", "404"],
        &["--json", "--class", "2", "gateway"],
    ] {
        let output = statusbrowse(query);
        assert_eq!(output.code, Some(1), "{query:?}");
        assert_eq!(json(&output), serde_json::json!([]), "{query:?}");
        assert!(!stderr(&output).is_empty(), "and says why on stderr");
    }
}

#[test]
fn piped_entries_keep_every_example_line_whole() {
    let catalog = Catalog::builtin();
    for code in ["000", "308", "421", "429"] {
        let printed = stdout(&statusbrowse(&[code]));
        let lines: Vec<&str> = printed.lines().map(str::trim_start).collect();
        for entry in catalog.by_code(code.parse().expect("a code")) {
            for example in entry.examples.iter() {
                for line in example.text.lines().filter(|line| !line.trim().is_empty()) {
                    assert!(lines.contains(&line.trim_start()), "{code}: {line:?} is not whole in:\n{printed}");
                }
            }
        }
        assert!(!printed.contains('↪'), "{code}: no continuation marks in a pipe");
    }
}

#[test]
fn crlf_gives_the_wire_form_with_a_true_content_length() {
    let output = statusbrowse(&["429", "--example", "--crlf"]);
    assert_eq!(output.code, Some(0));
    let wire = output.stdout.clone().into_bytes();
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut response = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(head) = response.parse(&wire).expect("a valid HTTP/1.1 head") else {
        panic!("the head is complete");
    };
    assert_eq!(response.code, Some(429));
    assert!(!String::from_utf8_lossy(&wire[..head]).replace("\r\n", "").contains('\n'), "every head line ends in CRLF");
    let length = response
        .headers
        .iter()
        .find(|header| header.name.eq_ignore_ascii_case("content-length"))
        .expect("Content-Length");
    let length: usize = std::str::from_utf8(length.value).expect("ascii").trim().parse().expect("a number");
    assert_eq!(wire.len() - head, length, "Content-Length is still true");
    let log = statusbrowse(&["000", "--example", "--crlf"]);
    assert_eq!(log.code, Some(2));
    assert!(stderr(&log).contains("is a log line"), "{}", stderr(&log));
    let alone = statusbrowse(&["429", "--crlf"]);
    assert_eq!(alone.code, Some(2), "--crlf needs --example");
}

#[test]
fn short_prints_one_line_per_entry() {
    let catalog = Catalog::builtin();
    let output = statusbrowse(&["-s", "404", "301"]);
    assert_eq!(output.code, Some(0));
    let expected: String = [404, 301]
        .into_iter()
        .flat_map(|code| catalog.by_code(code).collect::<Vec<_>>())
        .map(|entry| format!("{}: {}\n", entry.status_line(), entry.summary))
        .collect();
    assert_eq!(stdout(&output), expected);
    let words = stdout(&statusbrowse(&["--short", "rate", "limit"]));
    assert!(words.starts_with("429 Too Many Requests: "), "{words}");
    assert!(words.lines().any(|line| line.starts_with("420 Enhance Your Calm · Twitter: ")), "{words}");
    assert_eq!(statusbrowse(&["-s", "--json", "404"]).code, Some(2), "-s and --json contradict");
}

#[test]
fn first_and_field_answer_scripts_in_one_line() {
    assert_eq!(stdout(&statusbrowse(&["--first", "--field", "rust", "not", "found"])), "http::StatusCode::NOT_FOUND\n");
    assert_eq!(
        stdout(&statusbrowse(&["--field", "spec-url", "404"])),
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\n"
    );
    assert_eq!(stdout(&statusbrowse(&["--field", "spec", "429"])), "RFC 6585, Section 4\n");
    let first = stdout(&statusbrowse(&["--first", "rate", "limit"]));
    assert!(first.starts_with("429 Too Many Requests\n"), "the best match, whole: {first:.80}");
    assert!(!first.contains("420 Enhance Your Calm\n"), "and only it");
    // A script gets names it can use: current first, deprecated after,
    // the one Spring 7.0 removed left out.
    assert_eq!(
        stdout(&statusbrowse(&["--field", "spring", "413"])),
        "HttpStatus.CONTENT_TOO_LARGE\nHttpStatus.PAYLOAD_TOO_LARGE\n"
    );
    let unknown = statusbrowse(&["--field", "colour", "404"]);
    assert_eq!(unknown.code, Some(2));
    assert!(stderr(&unknown).contains("is not a field: use one of phrase, summary"), "{}", stderr(&unknown));
}

#[test]
fn json_golden_for_one_code() {
    let output = statusbrowse(&["000", "--json"]);
    assert_eq!(output.code, Some(0));
    insta::assert_snapshot!("json_000", stdout(&output));
}

#[test]
fn json_follows_the_query() {
    let one = json(&statusbrowse(&["418", "--json"]));
    let phrases: Vec<&str> = one.as_array().unwrap().iter().map(|e| e["phrase"].as_str().unwrap()).collect();
    assert_eq!(phrases, ["I'm a teapot", "(Unused)"], "the meaning developers meet comes first");
    let class = json(&statusbrowse(&["--json", "--class", "1"]));
    assert!(class.as_array().unwrap().iter().all(|e| e["class"] == "1xx"));
    let search = json(&statusbrowse(&["--json", "rate", "limit"]));
    assert_eq!(search[0]["code"], 429);
}

#[test]
fn list_prints_every_code_one_per_line() {
    let text = stdout(&statusbrowse(&["--list"]));
    let catalog = Catalog::builtin();
    assert_eq!(text.lines().count(), catalog.entries().len());
    assert!(text.contains("\n404  Not Found\n"));
    assert!(
        text.contains("\n499  Client Closed Request · nginx (no official phrase)\n"),
        "the vendor as the browser shows it, and a phrase the catalog had to make up marked as such"
    );
    assert!(text.contains("\n102  Processing (deprecated)\n"), "and the lifecycle too");
    assert_eq!(text, stdout(&statusbrowse(&[])), "no query through a pipe lists too");
}

#[test]
fn nothing_found_exits_1_with_a_helpful_message() {
    for (args, message) in [
        (
            &["999999"][..],
            "statusbrowse: 999999 is not a status code: codes have three digits (100-599; vendors also use 000-999)\n",
        ),
        (
            &["299"],
            "statusbrowse: no status code 299 in the catalog; nearest: 226 IM Used, 300 Multiple Choices, 301 Moved Permanently\n",
        ),
        (&["6xx"], "statusbrowse: no code in the catalog matches 6xx\n"),
        (&["xyzzyq"], "statusbrowse: nothing matches \"xyzzyq\"; try fewer or other words, or `statusbrowse --list`\n"),
    ] {
        let output = statusbrowse(args);
        assert_eq!(output.code, Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr(&output), message);
    }
    let partly = statusbrowse(&["404", "299"]);
    assert_eq!(partly.code, Some(1), "one missing code is a miss");
    assert!(stdout(&partly).starts_with("404 Not Found\n"), "the found one still prints");
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--no-such-option"][..], &["--class", "7"], &["--color", "sometimes"], &["completions", "tcsh"]] {
        let output = statusbrowse(args);
        assert_eq!(output.code, Some(2), "{args:?}: {}", stderr(&output));
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let always = stdout(&statusbrowse(&["404", "--color", "always"]));
    assert!(always.contains("\x1b["), "--color always colours even in a pipe");
    let never = stdout(&statusbrowse(&["404", "--color", "never"]));
    assert!(!never.contains('\x1b'));
    let auto = stdout(&statusbrowse(&["404"]));
    assert!(!auto.contains('\x1b'), "auto in a pipe is plain");
    assert_eq!(never, auto);
}

#[test]
fn on_a_terminal_auto_colours_unless_no_color() {
    let mut session = crate::common::pty::Session::start(&["404", "--paging", "never"], &[], 100, 60);
    assert_eq!(session.wait_exit(), 0);
    assert!(String::from_utf8_lossy(&session.raw()).contains("\x1b["), "coloured on a terminal");
    let mut plain = crate::common::pty::Session::start(&["404", "--paging", "never"], &[("NO_COLOR", "1")], 100, 60);
    assert_eq!(plain.wait_exit(), 0);
    assert!(!String::from_utf8_lossy(&plain.raw()).contains("\x1b["), "NO_COLOR turns it off");
}

#[test]
fn help_shows_examples_and_version_prints() {
    let help = stdout(&statusbrowse(&["--help"]));
    assert!(help.contains("Examples:") && help.contains("statusbrowse rate limit"), "{help}");
    assert!(help.contains("Exit status: 0 found, 1 nothing matched, 2 any error"), "{help}");
    let version = stdout(&statusbrowse(&["--version"]));
    assert_eq!(version, format!("statusbrowse {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn completions_generate_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = statusbrowse(&["completions", shell]);
        assert_eq!(output.code, Some(0), "{shell}");
        let script = stdout(&output);
        assert!(script.contains("statusbrowse") && script.contains("example"), "{shell}: {script:.200}");
        assert!(!script.contains("clipboard-serve"), "{shell} offers the internal --clipboard-serve");
    }
    assert!(!stdout(&statusbrowse(&["--help"])).contains("clipboard-serve"));
    assert!(!stdout(&statusbrowse(&["man"])).contains("clipboard\\-serve"));
    // The bash script is at least valid bash.
    let script = stdout(&statusbrowse(&["completions", "bash"]));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("statusbrowse.bash");
    std::fs::write(&file, script).expect("write script");
    let checked = Command::new("bash").arg("-n").arg(&file).status().expect("bash");
    assert!(checked.success(), "bash -n accepts the completion script");
}

#[test]
fn wide_characters_in_an_example_stay_whole_when_printed() {
    // 59 CJK characters are 118 columns wide: printed into a pipe, the
    // example's line stays whole (issue 13: an example copied from a file
    // must work), while the prose around it still fits 80 columns.
    let body: String = "漢字".repeat(30).chars().take(59).collect();
    let text = format!("HTTP/1.1 590 Wide\\nContent-Length: {}\\n\\n{body}\\n", body.len() + 1);
    let home = Home::new();
    let file = home.write_beside(
        "wide.toml",
        format!("[[entry]]\ncode = 590\nphrase = \"Wide\"\nsummary = \"Wide text.\"\n\n[[entry.examples]]\ntitle = \"CJK\"\ntext = \"{text}\"\n"),
    );
    let printed = home.ok(&["--catalog", str_of(&file), "590"]);
    assert!(printed.lines().any(|line| line.trim_start() == body), "the line is whole:\n{printed}");
    let widest = printed.lines().filter(|line| !line.contains('漢')).map(UnicodeWidthStr::width).max().unwrap_or(0);
    assert!(widest <= 80, "prose of {widest} columns:\n{printed}");
}

#[test]
fn json_says_which_library_constants_are_deprecated_or_removed() {
    let run = statusbrowse(&["413", "--json"]);
    assert_eq!(run.code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let spring = &json[0]["constant_changes"]["spring"];
    assert_eq!(spring["HttpStatus.REQUEST_ENTITY_TOO_LARGE"]["status"], "removed");
    assert_eq!(spring["HttpStatus.REQUEST_ENTITY_TOO_LARGE"]["release"], "7.0");
    assert_eq!(spring["HttpStatus.REQUEST_ENTITY_TOO_LARGE"]["instead"], "HttpStatus.CONTENT_TOO_LARGE");
    assert_eq!(spring["HttpStatus.PAYLOAD_TOO_LARGE"]["status"], "deprecated");
    assert!(spring.get("HttpStatus.CONTENT_TOO_LARGE").is_none(), "a current name is not listed");
    let plain: serde_json::Value = serde_json::from_str(&statusbrowse(&["404", "--json"]).stdout).expect("JSON");
    assert!(plain[0].get("constant_changes").is_none(), "nothing to say, no field");
}
