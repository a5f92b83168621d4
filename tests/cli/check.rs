//! `statusbrowse check` as a script or CI job meets it: files and stdin,
//! exit statuses 0, 1 and 2, --strict, --json, --rules and --explain.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::run::{Home, str_of};

const MISSING_CHALLENGE: &str = "HTTP/1.1 401 Unauthorized\r\n\
Date: Thu, 03 Dec 2026 10:00:00 GMT\r\n\
Content-Type: application/json\r\n\
Content-Length: 27\r\n\
\r\n\
{\"error\": \"token expired\"}\n";

const FINE_BUT_NO_DATE: &str = "HTTP/2 200\r\ncontent-type: text/plain\r\ncontent-length: 3\r\n\r\nok\n";

/// Runs `statusbrowse check` with `input` on stdin.
fn check_stdin(args: &[&str], input: &[u8]) -> (Option<i32>, String, String) {
    let home = Home::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_statusbrowse"))
        .arg("check")
        .args(args)
        .env("XDG_CONFIG_HOME", home.root())
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start statusbrowse");
    child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    let output = child.wait_with_output().expect("statusbrowse ends");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (output.status.code(), text(output.stdout), text(output.stderr))
}

#[test]
fn an_error_level_finding_exits_1_and_says_what_and_how_to_fix() {
    let (code, stdout, stderr) = check_stdin(&[], MISSING_CHALLENGE.as_bytes());
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.starts_with("response 1 (line 1): HTTP/1.1 401 Unauthorized\n"), "{stdout}");
    assert!(stdout.contains("error   401-without-www-authenticate"), "{stdout}");
    assert!(stdout.contains("RFC 9110 section 15.5.2: https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2"));
    assert!(stdout.contains("fix: "), "{stdout}");
    assert!(stdout.ends_with("1 response: 1 error, 0 warnings, 0 notes (curl -i)\n"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "no colour into a pipe");
}

#[test]
fn warnings_pass_unless_strict() {
    let (code, stdout, _) = check_stdin(&[], FINE_BUT_NO_DATE.as_bytes());
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("warning date-missing"), "{stdout}");
    let (code, _, _) = check_stdin(&["--strict"], FINE_BUT_NO_DATE.as_bytes());
    assert_eq!(code, Some(1));
}

#[test]
fn input_that_is_not_http_exits_2_naming_the_line() {
    let (code, stdout, stderr) = check_stdin(&[], b"<!doctype html>\n<title>hi</title>\n");
    assert_eq!(code, Some(2));
    assert_eq!(stdout, "");
    assert!(stderr.starts_with("statusbrowse: check: standard input, line 1: expected a status line"), "{stderr}");
    let (code, _, stderr) = check_stdin(&[], b"HTTP/1.1 200 OK\r\nDate: today\r\nno colon here\r\n\r\n");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("line 3: expected a header field"), "{stderr}");
}

#[test]
fn a_file_argument_reads_like_stdin_and_a_missing_file_is_named() {
    let home = Home::new();
    let file = home.write_beside("response.txt", MISSING_CHALLENGE);
    let run = home.run(&["check", str_of(&file)]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.contains("401-without-www-authenticate"));
    let missing = home.root().join("nope.txt");
    let stderr = home.refused(&["check", str_of(&missing)]);
    assert!(stderr.contains("cannot read") && stderr.contains("nope.txt"), "{stderr}");
}

#[test]
fn json_has_every_response_and_finding_with_its_spec() {
    let (code, stdout, _) = check_stdin(&["--json"], MISSING_CHALLENGE.as_bytes());
    assert_eq!(code, Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(json["format"], "curl -i");
    assert_eq!(json["summary"]["errors"], 1);
    let finding = &json["responses"][0]["findings"][0];
    assert_eq!(finding["rule"], "401-without-www-authenticate");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["spec"]["section"], "15.5.2");
    assert_eq!(finding["line"], 1);
}

#[test]
fn rules_lists_them_all_and_explain_shows_one_with_a_good_example() {
    let home = Home::new();
    let list = home.ok(&["check", "--rules"]);
    assert!(list.lines().count() >= 30, "{list}");
    assert!(list.lines().any(|line| line.starts_with("error   405-without-allow")), "{list}");
    let explained = home.ok(&["check", "--explain", "405-without-allow"]);
    assert!(explained.contains("RFC 9110 section 15.5.6"), "{explained}");
    assert!(explained.contains("Done right: 405 Method Not Allowed"), "{explained}");
    assert!(explained.contains("Allow: "), "the example shows the field: {explained}");
    let stderr = home.refused(&["check", "--explain", "no-such-rule"]);
    assert!(stderr.contains("no rule named `no-such-rule`"), "{stderr}");
}

#[test]
fn a_terminal_on_stdin_is_not_waited_on() {
    // stdin is /dev/null here, not a terminal: an empty input is refused.
    let home = Home::new();
    let stderr = home.refused(&["check"]);
    assert!(stderr.contains("empty"), "{stderr}");
}
