//! Each catalog rule, shown to catch what it is for: a valid entry passes,
//! and one deliberate fault at a time produces the matching problem.

use statusbrowse::catalog::{parse_file, validate};
use statusbrowse::user_file::FileError;

/// A small valid catalog: 301 with a Location, plus 308 it relates to.
const VALID: &str = r#"
[[entry]]
code = 301
phrase = "Moved Permanently"
status = "standard"
spec = { document = "RFC 9110", section = "15.4.2", url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2" }
summary = "Moved for good."
description = "The resource has a new permanent URI."
when_to_use = "A page moved."
when_not_to_use = "An API that receives POST: use 308."
keywords = ["redirect"]
related_codes = [308]
related_headers = ["Location"]

[[entry.examples]]
title = "Page moved"
text = '''
HTTP/1.1 301 Moved Permanently
Location: https://example.com/new
Content-Type: text/plain
Content-Length: 6

moved
'''

[[entry]]
code = 308
phrase = "Permanent Redirect"
status = "standard"
spec = { document = "RFC 9110", section = "15.4.9", url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9" }
summary = "Moved for good; keep the method."
description = "Like 301, but the method and content must not change."
when_to_use = "An API endpoint moved."
when_not_to_use = "A temporary move: use 307."
keywords = ["redirect"]

[[entry.examples]]
title = "API moved"
text = '''
HTTP/1.1 308 Permanent Redirect
Location: https://api.example.com/v2/orders
Content-Length: 0
'''
"#;

fn problems_in(text: &str) -> Vec<String> {
    let entries = parse_file("test.toml", text).expect("parses");
    validate(&entries).iter().map(ToString::to_string).collect()
}

/// The problems after replacing `from` with `to` in the valid catalog.
fn problems_after(from: &str, to: &str) -> Vec<String> {
    assert!(VALID.contains(from), "the valid catalog has {from:?}");
    problems_in(&VALID.replacen(from, to, 1))
}

fn assert_one_problem(problems: &[String], needle: &str) {
    assert!(
        problems.len() == 1 && problems[0].contains(needle),
        "expected one problem mentioning {needle:?}, got {problems:#?}"
    );
}

#[test]
fn the_valid_catalog_has_no_problem() {
    assert_eq!(problems_in(VALID), Vec::<String>::new());
}

#[test]
fn wrong_content_length_is_caught() {
    let problems = problems_after("Content-Length: 6", "Content-Length: 7");
    assert_one_problem(&problems, "Content-Length says 7 but the body is 6 bytes");
}

#[test]
fn status_line_must_match_the_entry() {
    let problems = problems_after("HTTP/1.1 301 Moved Permanently", "HTTP/1.1 302 Found");
    assert_one_problem(&problems, "status line says 302 but the entry is 301");
}

#[test]
fn an_unparseable_response_is_caught() {
    let problems = problems_after("Content-Type: text/plain", "Content Type: text/plain");
    assert_one_problem(&problems, "not a valid HTTP response head");
}

#[test]
fn a_redirect_without_location_is_caught() {
    let problems = problems_after("Location: https://example.com/new\n", "");
    assert_one_problem(&problems, "lacks the Location header");
}

#[test]
fn json_bodies_must_parse() {
    let problems = problems_after(
        "Content-Type: text/plain\nContent-Length: 6\n\nmoved\n",
        "Content-Type: application/problem+json\nContent-Length: 6\n\n{oops\n",
    );
    assert_one_problem(&problems, "JSON body does not parse");
}

#[test]
fn a_bodyless_code_with_a_body_is_caught() {
    let catalog = VALID.replacen("code = 301", "code = 304", 1).replacen(
        "HTTP/1.1 301 Moved Permanently",
        "HTTP/1.1 304 Not Modified\nETag: \"a\"",
        1,
    );
    let problems = problems_in(&catalog);
    assert!(problems.iter().any(|p| p.contains("has no content, but this one has a body")), "{problems:#?}");
}

#[test]
fn related_codes_must_exist() {
    let problems = problems_after("related_codes = [308]", "related_codes = [399]");
    assert_one_problem(&problems, "related code 399 is not in the catalog");
}

#[test]
fn unofficial_entries_need_a_vendor_and_registered_ones_a_spec() {
    let problems = problems_after("status = \"standard\"", "status = \"unofficial\"");
    assert_one_problem(&problems, "needs a vendor");
    let no_spec = VALID.replacen(
        "spec = { document = \"RFC 9110\", section = \"15.4.2\", url = \"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2\" }\n",
        "",
        1,
    );
    assert_one_problem(&problems_in(&no_spec), "needs its spec");
}

#[test]
fn spec_links_must_be_https() {
    let problems = problems_after(
        "url = \"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2\"",
        "url = \"http://example.com\"",
    );
    assert_one_problem(&problems, "is not https");
}

#[test]
fn duplicate_meanings_are_caught() {
    let doubled = format!("{VALID}\n{}", &VALID[VALID.find("[[entry]]\ncode = 308").expect("308")..]);
    let problems = problems_in(&doubled);
    assert!(problems.iter().any(|p| p.contains("same code, phrase and vendor")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("already registered")), "{problems:#?}");
}

#[test]
fn empty_required_text_is_caught() {
    let problems = problems_after("summary = \"Moved for good.\"", "summary = \"  \"");
    assert_one_problem(&problems, "summary is empty");
}

#[test]
fn control_characters_in_text_are_caught() {
    let problems = problems_after("summary = \"Moved for good.\"", "summary = \"Moved \\u001b[31mfor good.\"");
    assert_one_problem(&problems, "control character");
}

#[test]
fn every_entry_needs_an_example() {
    let cut = VALID.find("[[entry.examples]]\ntitle = \"API moved\"").expect("308 example");
    let problems = problems_in(&VALID[..cut]);
    assert_one_problem(&problems, "no examples");
}

#[test]
fn log_examples_must_show_the_code() {
    let log = VALID.replacen(
        "[[entry.examples]]\ntitle = \"API moved\"\ntext",
        "[[entry.examples]]\ntitle = \"API moved\"\nkind = \"log\"\ntext",
        1,
    );
    assert_eq!(problems_in(&log), Vec::<String>::new(), "the text shows 308");
    let problems = problems_in(&log.replacen("HTTP/1.1 308 Permanent Redirect", "HTTP/1.1 200 OK", 1));
    assert_one_problem(&problems, "does not show the code 308");
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let error = parse_file("mine.toml", "[[entry]]\ncode = \"abc\"\n").unwrap_err();
    let message = error.to_string();
    assert!(message.starts_with("mine.toml:2:"), "{message}");
    assert!(matches!(error, FileError::At { .. }));
}
