//! The user's own catalog files: `catalog.toml` in the config directory and
//! `--catalog FILE`, laid over the built-in catalog. What they add or amend
//! reaches every way of looking (lookup, search, JSON, lists, the browser);
//! every kind of bad file stops statusbrowse with exit 2 and a message
//! naming the file and the place; and the files are only ever read.
//!
//! Every run gets a fresh `XDG_CONFIG_HOME`, so the developer's own config
//! never leaks in.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::Value;
use statusbrowse::catalog::{Catalog, Entry, Source};
use statusbrowse::tui::app::App;

use crate::common::pty::Session;
use crate::common::run::{Home, str_of};
use crate::common::{app_on, press, screen, selected_code};

/// A private code, complete enough to show everywhere. The example's body
/// is `budget exhausted\n`: 17 bytes.
const BUDGET: &str = r#"# Our API gateway's own code.

[[entry]]
code = 590
phrase = "Upstream Budget Exhausted"
summary = "The tenant has spent its upstream call budget for this window."
description = "Our gateway answers 590 when a tenant has used up the calls it may make upstream in the current billing window."
keywords = ["budget", "quota", "gateway"]

[[entry.examples]]
title = "Budget exhausted"
text = """
HTTP/1.1 590 Upstream Budget Exhausted
Content-Type: text/plain
Content-Length: 17

budget exhausted
"""
"#;

const BUDGET_SUMMARY: &str = "The tenant has spent its upstream call budget for this window.";

/// The body of [`BUDGET`]'s example, to prove its Content-Length is right.
const BUDGET_BODY: &str = "budget exhausted\n";

/// Amends two built-in codes: 409 gains a note, a keyword and an example;
/// 404 gets our summary and nothing else changes. The example's body is
/// `{"error":"idempotency_mismatch"}\n`: 33 bytes.
const AMEND: &str = r#"[[entry]]
code = 409
notes = "We answer 409 when an Idempotency-Key is reused with a different body."
keywords = ["idempotency"]

[[entry.examples]]
title = "Idempotency key reused"
text = """
HTTP/1.1 409 Conflict
Content-Type: application/json
Content-Length: 33

{"error":"idempotency_mismatch"}
"""

[[entry]]
code = 404
summary = "Nothing here: check the ID against GET /orders."
"#;

const AMEND_NOTE: &str = "We answer 409 when an Idempotency-Key is reused with a different body.";
const AMEND_SUMMARY_404: &str = "Nothing here: check the ID against GET /orders.";

fn json(stdout: &str) -> Vec<Value> {
    match serde_json::from_str(stdout).expect("--json prints JSON") {
        Value::Array(entries) => entries,
        other => panic!("--json prints an array, not {other}"),
    }
}

fn with_code(entries: &[Value], code: u64) -> Vec<&Value> {
    entries.iter().filter(|entry| entry["code"] == code).collect()
}

fn only_with_code(entries: &[Value], code: u64) -> &Value {
    match with_code(entries, code).as_slice() {
        [entry] => entry,
        found => panic!("expected exactly one entry with code {code}, found {}", found.len()),
    }
}

fn builtin(code: u16) -> Entry {
    let catalog = Catalog::builtin();
    let mut meanings = catalog.by_code(code);
    let entry = meanings.next().expect("a built-in entry").clone();
    assert!(meanings.next().is_none(), "{code} has one built-in meaning");
    entry
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().expect("an array").iter().map(|item| item.as_str().expect("a string")).collect()
}

#[test]
fn the_fixtures_are_what_they_claim() {
    assert_eq!(BUDGET_BODY.len(), 17, "BUDGET's Content-Length");
    assert!(BUDGET.contains(&format!("Content-Length: {}\n\n{BUDGET_BODY}", BUDGET_BODY.len())));
    let body = "{\"error\":\"idempotency_mismatch\"}\n";
    assert!(AMEND.contains(&format!("Content-Length: {}\n\n{body}", body.len())));
}

// 1. A private code in $XDG_CONFIG_HOME/statusbrowse/catalog.toml.

#[test]
fn own_code_is_looked_up_by_number() {
    let home = Home::new();
    home.write_catalog(BUDGET);
    let out = home.ok(&["590"]);
    assert!(out.starts_with("590 Upstream Budget Exhausted\n"), "{out}");
    assert!(out.contains("from your catalog"), "{out}");
    assert!(out.contains(BUDGET_SUMMARY), "{out}");
    assert!(out.contains("HTTP/1.1 590 Upstream Budget Exhausted"), "the example is shown: {out}");
    let example = format!(
        "HTTP/1.1 590 Upstream Budget Exhausted\nContent-Type: text/plain\nContent-Length: 17\n\n{BUDGET_BODY}"
    );
    assert_eq!(home.ok(&["590", "--example"]), example, "the example, byte for byte");
}

#[test]
fn own_code_is_found_by_search() {
    let home = Home::new();
    home.write_catalog(BUDGET);
    let out = home.ok(&["budget"]);
    let first = out.lines().next().expect("a match");
    assert_eq!(first, "590  Upstream Budget Exhausted [yours]", "the best match comes first: {out}");
    let out = home.ok(&["upstream", "budget"]);
    assert!(out.starts_with("590  Upstream Budget Exhausted [yours]\n"), "{out}");
}

#[test]
fn own_code_is_in_the_json_catalog() {
    let home = Home::new();
    home.write_catalog(BUDGET);
    let entries = json(&home.ok(&["--json"]));
    let builtin_count = Catalog::builtin().entries().len();
    assert_eq!(entries.len(), builtin_count + 1, "the whole catalog and ours");
    let ours = only_with_code(&entries, 590);
    assert_eq!(ours["source"], "user");
    assert_eq!(ours["phrase"], "Upstream Budget Exhausted");
    assert_eq!(ours["class"], "5xx");
    assert_eq!(ours["status"], "unofficial");
    assert_eq!(ours["summary"], BUDGET_SUMMARY);
    assert_eq!(strings(&ours["keywords"]), ["budget", "quota", "gateway"]);
    let examples = ours["examples"].as_array().expect("examples");
    assert_eq!(examples.len(), 1);
    assert_eq!(examples[0]["kind"], "response");
    assert!(examples[0]["text"].as_str().expect("text").ends_with(&format!("\n\n{BUDGET_BODY}")));
    let others: Vec<&Value> = entries.iter().filter(|entry| entry["code"] != 590).collect();
    assert!(others.iter().all(|entry| entry["source"] == "builtin"), "nothing else is marked as ours");
}

#[test]
fn own_code_is_listed_in_its_class_with_the_yours_mark() {
    let home = Home::new();
    home.write_catalog(BUDGET);
    let out = home.ok(&["5xx"]);
    let lines: Vec<&str> = out.lines().collect();
    let ours = lines.iter().position(|line| *line == "590  Upstream Budget Exhausted [yours]");
    let ours = ours.unwrap_or_else(|| panic!("590 listed with [yours]:\n{out}"));
    let codes: Vec<u16> = lines.iter().map(|line| line[..3].parse().expect("a code")).collect();
    assert!(codes.is_sorted(), "in code order: {out}");
    assert!(codes[ours - 1] < 590 && codes[ours + 1] > 590, "between its neighbours: {out}");
    assert!(lines.contains(&"500  Internal Server Error"), "{out}");
    assert_eq!(lines.iter().filter(|line| line.contains("yours")).count(), 1, "only ours is marked: {out}");
}

// 2. Amending built-in codes.

#[test]
fn amending_a_builtin_code_merges_with_it() {
    let home = Home::new();
    let file = home.write_beside("team.toml", AMEND);
    let entries = json(&home.ok(&["--catalog", str_of(&file), "--json", "409", "404"]));
    assert_eq!(entries.len(), 2, "amending adds no entry");

    let ours = only_with_code(&entries, 409);
    let theirs = builtin(409);
    assert_eq!(ours["source"], "merged");
    assert_eq!(ours["phrase"], "Conflict", "the built-in phrase is kept");
    assert_eq!(ours["summary"], &*theirs.summary, "the built-in summary is kept");
    assert_eq!(ours["description"], &*theirs.description);
    assert_eq!(strings(&ours["notes"]), [AMEND_NOTE]);
    let keywords = strings(&ours["keywords"]);
    assert!(theirs.keywords.iter().all(|keyword| keywords.contains(&keyword)), "ours grow: {keywords:?}");
    assert_eq!(keywords.last(), Some(&"idempotency"), "{keywords:?}");
    let examples = ours["examples"].as_array().expect("examples");
    assert_eq!(examples.len(), theirs.examples.len() + 1, "the built-in examples and ours");
    assert_eq!(examples.last().expect("ours")["title"], "Idempotency key reused", "ours come last");
    for (written, builtin) in examples.iter().zip(theirs.examples.iter()) {
        assert_eq!(written["text"], &*builtin.text, "the built-in examples are untouched");
    }

    let ours = only_with_code(&entries, 404);
    let theirs = builtin(404);
    assert_eq!(ours["source"], "merged");
    assert_eq!(ours["summary"], AMEND_SUMMARY_404, "the summary is overridden");
    assert_eq!(ours["phrase"], "Not Found");
    assert_eq!(ours["description"], &*theirs.description, "only the summary changed");
    assert_eq!(ours["when_to_use"], &*theirs.when_to_use);
    assert_eq!(ours["examples"].as_array().expect("examples").len(), theirs.examples.len());
    assert!(ours.get("notes").is_none(), "no notes were given for 404: {ours}");
}

#[test]
fn amended_codes_read_as_amended_in_text() {
    let home = Home::new();
    let file = home.write_beside("team.toml", AMEND);
    let catalog = ["--catalog", str_of(&file)];

    let out = home.ok(&[&catalog[..], &["409"]].concat());
    assert!(out.starts_with("409 Conflict\n"), "{out}");
    assert!(out.contains("with additions from your catalog"), "{out}");
    let notes = out.find("Your notes").unwrap_or_else(|| panic!("a notes section:\n{out}"));
    assert!(out[notes..].contains(AMEND_NOTE), "{out}");
    let count = builtin(409).examples.len() + 1;
    assert!(out.contains(&format!("Example {count}/{count}: Idempotency key reused")), "{out}");
    let example = home.ok(&[&catalog[..], &["409", &format!("--example={count}")]].concat());
    assert!(
        example.starts_with("HTTP/1.1 409 Conflict\n") && example.ends_with("{\"error\":\"idempotency_mismatch\"}\n")
    );

    let out = home.ok(&[&catalog[..], &["404"]].concat());
    assert!(out.contains(AMEND_SUMMARY_404), "{out}");
    assert!(!out.contains(&*builtin(404).summary), "the built-in summary is replaced: {out}");
    assert!(!out.contains("Your notes"), "{out}");

    let list = home.ok(&[&catalog[..], &["40x"]].concat());
    assert!(list.lines().any(|line| line == "404  Not Found [+yours]"), "{list}");
    assert!(list.lines().any(|line| line == "409  Conflict [+yours]"), "{list}");
    assert!(list.lines().any(|line| line == "400  Bad Request"), "{list}");
}

// 3. `--catalog FILE`, repeatable, in order, after catalog.toml.

/// Amends 590 (which catalog.toml adds) and adds 591.
const FIRST: &str = r#"[[entry]]
code = 590
summary = "Summary from the first file."
notes = "Note from the first file."

[[entry]]
code = 591
phrase = "Tenant Frozen"
keywords = ["frozen"]
"#;

/// Amends 590 again, and 591, which only the first file adds.
const SECOND: &str = r#"[[entry]]
code = 590
summary = "Summary from the second file."
notes = "Note from the second file."

[[entry]]
code = 591
notes = "Note on 591 from the second file."
keywords = ["suspended"]
"#;

#[test]
fn catalog_files_apply_in_order_after_the_default_one() {
    let home = Home::new();
    home.write_catalog(&BUDGET.replace("keywords = [", "notes = \"Note from catalog.toml.\"\nkeywords = ["));
    let first = home.write_beside("first.toml", FIRST);
    let second = home.write_beside("second.toml", SECOND);

    let entries = json(&home.ok(&["--catalog", str_of(&first), "--json", "590", "591"]));
    let budget = only_with_code(&entries, 590);
    assert_eq!(budget["summary"], "Summary from the first file.", "--catalog amends what catalog.toml added");
    assert_eq!(budget["phrase"], "Upstream Budget Exhausted", "catalog.toml's phrase is kept");
    assert_eq!(strings(&budget["notes"]), ["Note from catalog.toml.", "Note from the first file."]);

    let entries = json(&home.ok(&["--catalog", str_of(&first), "--catalog", str_of(&second), "--json", "590", "591"]));
    let budget = only_with_code(&entries, 590);
    assert_eq!(budget["source"], "user");
    assert_eq!(budget["summary"], "Summary from the second file.", "the later file wins");
    assert_eq!(
        strings(&budget["notes"]),
        ["Note from catalog.toml.", "Note from the first file.", "Note from the second file."],
        "notes in the order the files apply"
    );
    let frozen = only_with_code(&entries, 591);
    assert_eq!(frozen["source"], "user", "amending one's own entry keeps it one's own");
    assert_eq!(frozen["phrase"], "Tenant Frozen", "the second file amends what the first added");
    assert_eq!(strings(&frozen["notes"]), ["Note on 591 from the second file."]);
    assert_eq!(strings(&frozen["keywords"]), ["frozen", "suspended"]);
    assert_eq!(entries.len(), 2);

    // The other way round, the first file has the last word.
    let entries = json(&home.ok(&["--catalog", str_of(&second), "--catalog", str_of(&first), "--json", "590"]));
    let budget = only_with_code(&entries, 590);
    assert_eq!(budget["summary"], "Summary from the first file.", "the later file wins");
    assert_eq!(
        strings(&budget["notes"]),
        ["Note from catalog.toml.", "Note from the second file.", "Note from the first file."]
    );

    // Without catalog.toml, the first file's 590 has nothing to amend.
    fs::remove_file(home.config_dir().join("catalog.toml")).expect("remove catalog.toml");
    let stderr = home.refused(&["--catalog", str_of(&first), "590"]);
    assert!(stderr.contains(&format!("{}:1:1: 590 : phrase is empty", str_of(&first))), "{stderr}");
}

// 4. The browser: the pure core, and the real binary in a terminal.

fn budget_app(width: u16, height: u16) -> App {
    let catalog = Catalog::with_user_files(&[("catalog.toml".to_owned(), BUDGET.to_owned())]).expect("catalog");
    app_on(catalog, width, height)
}

/// The list row of the selected entry.
fn selected_row(shown: &str) -> &str {
    shown.lines().find(|line| line.starts_with("│▶")).unwrap_or_else(|| panic!("a selected row:\n{shown}"))
}

#[test]
fn the_browser_finds_an_own_code() {
    let mut app = budget_app(100, 30);
    press(&mut app, "/budget");
    assert_eq!(selected_code(&app).as_deref(), Some("590"));
    let entry = app.selected_entry().expect("selected");
    assert_eq!((&*entry.phrase, entry.source), ("Upstream Budget Exhausted", Source::User));
    let shown = screen(&app);
    assert!(selected_row(&shown).contains("▶590 Upstream Budget"), "{shown}");
    assert!(shown.contains("│590 Upstream Budget Exhausted "), "the detail names it in full:\n{shown}");
    assert!(shown.contains("from your catalog"), "the detail says where it is from:\n{shown}");
    press(&mut app, "<Enter>");
    assert_eq!(selected_code(&app).as_deref(), Some("590"), "Enter keeps it selected");
}

/// At 100x30 the list pane is 37 columns wide: the phrase gives way to the
/// `[yours]` mark, which is what tells the user's code from ours.
#[test]
fn the_browser_marks_an_own_code_as_yours_at_100_columns() {
    let mut app = budget_app(100, 30);
    press(&mut app, "/budget");
    let shown = screen(&app);
    let row = selected_row(&shown);
    assert!(row.contains("▶590 Upstream Budget"), "{shown}");
    assert!(row.contains("… [yours]│"), "the phrase is cut, never the mark: {row:?}\n{shown}");
}

#[test]
fn the_browser_marks_an_own_code_as_yours_where_there_is_room() {
    let mut app = budget_app(120, 30);
    press(&mut app, "/budget");
    let shown = screen(&app);
    assert!(selected_row(&shown).contains("▶590 Upstream Budget Exhausted [yours]"), "{shown}");
    press(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(selected_row(&shown).contains("▶590 Upstream Budget Exhausted [yours]"), "in the whole list:\n{shown}");
}

#[test]
fn the_browser_in_a_terminal_finds_an_own_code() {
    let home = Home::new();
    home.write_catalog(BUDGET);
    let mut session = Session::start(&[], &[("XDG_CONFIG_HOME", str_of(home.root()))], 100, 30);
    session.wait_for_screen("the list", |screen| screen.contains("Codes") && screen.contains("100 Continue"));
    session.send("/budget");
    session.wait_for_screen("590 selected", |screen| {
        screen.contains("▶590 Upstream Budget") && screen.contains("[yours]")
    });
    session.wait_for_screen("the detail", |screen| screen.contains("from your catalog"));
    session.send("\r");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

// 5. Bad files: exit 2, the file and the place, what is wrong, no stdout.

/// `catalog.toml` and `--catalog` files are refused alike, with the path
/// as given.
#[test]
fn toml_syntax_error_is_refused_with_its_place() {
    let home = Home::new();
    let path = home.write_catalog("[[entry]]\ncode = 590\nphrase = \"Upstream Budget Exhausted\n");
    let stderr = home.refused(&["404"]);
    let at = format!("statusbrowse: {}:3:", str_of(&path));
    assert!(stderr.starts_with(&at), "names the file and line 3: {stderr}");
    assert_column_then_message(&stderr[at.len()..], "string");

    let bad = home.write_beside("bad.toml", "[[entry]\ncode = 590\n");
    fs::remove_file(&path).expect("remove catalog.toml");
    let stderr = home.refused(&["--catalog", str_of(&bad), "404"]);
    let at = format!("statusbrowse: {}:1:", str_of(&bad));
    assert!(stderr.starts_with(&at), "{stderr}");
}

/// After `file:line:`, a column and then a message that mentions `word`.
fn assert_column_then_message(rest: &str, word: &str) {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    assert!(digits > 0, "a column after the line: {rest:?}");
    let message = rest[digits..].strip_prefix(": ").unwrap_or_else(|| panic!("then the message: {rest:?}"));
    assert!(message.contains(word), "says what is wrong ({word}): {message:?}");
}

#[test]
fn unknown_field_is_refused_with_its_place() {
    let home = Home::new();
    let path = home
        .write_beside("team.toml", "[[entry]]\ncode = 590\nphrase = \"Upstream Budget Exhausted\"\ncolour = \"red\"\n");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    assert!(stderr.starts_with(&format!("statusbrowse: {}:4:1: unknown field `colour`", str_of(&path))), "{stderr}");
    assert!(stderr.contains("`keywords`"), "lists the fields there are: {stderr}");
}

#[test]
fn code_1000_is_refused_by_validation() {
    let home = Home::new();
    let path =
        home.write_beside("team.toml", "# codes have three digits\n\n[[entry]]\ncode = 1000\nphrase = \"Too Long\"\n");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    assert!(stderr.contains("your catalog has 1 problem(s)"), "{stderr}");
    let expected = format!("{}:3:1: 1000 Too Long: code 1000 is not a three-digit status code", str_of(&path));
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn code_70000_is_refused_by_the_parser() {
    let home = Home::new();
    let path = home
        .write_beside("team.toml", "# codes have three digits\n\n[[entry]]\ncode = 70000\nphrase = \"Way Too Long\"\n");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    let at = format!("statusbrowse: {}:4:8: ", str_of(&path));
    assert!(stderr.starts_with(&at), "points at the value: {stderr}");
    assert!(stderr.contains("70000"), "{stderr}");
}

/// A new code whose one example is `example`, written as a TOML string.
fn with_example(example: &str) -> String {
    format!(
        "[[entry]]\ncode = 590\nphrase = \"Upstream Budget Exhausted\"\n\n[[entry.examples]]\ntitle = \"Broken\"\ntext = \"\"\"\n{example}\"\"\"\n"
    )
}

#[test]
fn example_with_another_code_in_its_status_line_is_refused_at_the_example() {
    let home = Home::new();
    let text = with_example("HTTP/1.1 591 Upstream Budget Exhausted\nContent-Length: 0\n");
    let path = home.write_beside("team.toml", &text);
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    let expected = format!(
        "{}:5:1: 590 Upstream Budget Exhausted: example \"Broken\": status line says 591 but the entry is 590",
        str_of(&path)
    );
    assert!(stderr.contains(&expected), "points at [[entry.examples]] on line 5: {stderr}");
}

#[test]
fn example_with_a_header_line_without_colon_is_refused_at_the_example() {
    let home = Home::new();
    let text = with_example("HTTP/1.1 590 Upstream Budget Exhausted\nContent-Length 0\n");
    let path = home.write_beside("team.toml", &text);
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    let expected =
        format!("{}:5:1: 590 Upstream Budget Exhausted: example \"Broken\": not a valid HTTP response", str_of(&path));
    assert!(stderr.contains(&expected), "points at [[entry.examples]] on line 5: {stderr}");
}

#[test]
fn bad_example_added_to_a_builtin_code_is_refused_at_the_users_line() {
    let home = Home::new();
    let text = "[[entry]]\ncode = 409\n\n[[entry.examples]]\ntitle = \"Short\"\ntext = \"\"\"\nHTTP/1.1 409 Conflict\nContent-Length: 99\n\nshort\n\"\"\"\n";
    let path = home.write_beside("team.toml", text);
    let stderr = home.refused(&["--catalog", str_of(&path), "409"]);
    let expected = format!(
        "{}:4:1: 409 Conflict: example \"Short\": Content-Length says 99 but the body is 6 bytes",
        str_of(&path)
    );
    assert!(stderr.contains(&expected), "the user's file, not the built-in one: {stderr}");
    assert!(!stderr.contains("assets/"), "{stderr}");
}

#[test]
fn amending_a_code_of_several_meanings_needs_a_vendor() {
    let home = Home::new();
    let path = home.write_beside("team.toml", "[[entry]]\ncode = 530\nnotes = \"Ours.\"\n");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    let catalog = Catalog::builtin();
    let vendors: Vec<&str> = catalog.by_code(530).filter_map(|entry| entry.vendor.as_deref()).collect();
    assert!(vendors.len() > 1, "530 has several meanings: {vendors:?}");
    assert!(stderr.contains(&format!("{}:1:1: 530", str_of(&path))), "{stderr}");
    assert!(stderr.contains("several meanings"), "{stderr}");
    for vendor in &vendors {
        assert!(stderr.contains(vendor), "names {vendor}: {stderr}");
    }
    assert!(stderr.contains("vendor = "), "says how to fix it: {stderr}");

    // With the vendor, it amends that one.
    let path = home.write_beside("team.toml", "[[entry]]\ncode = 530\nvendor = \"cloudflare\"\nnotes = \"Ours.\"\n");
    let entries = json(&home.ok(&["--catalog", str_of(&path), "--json", "530"]));
    let merged: Vec<&Value> = entries.iter().filter(|entry| entry["source"] == "merged").collect();
    assert_eq!(merged.len(), 1, "{entries:?}");
    assert_eq!(merged[0]["vendor"], "Cloudflare");
    assert_eq!(entries.len(), vendors.len());
}

#[test]
fn missing_catalog_file_is_refused() {
    let home = Home::new();
    let path = home.root().join("no-such.toml");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    assert_eq!(stderr, format!("statusbrowse: {}: no such file\n", str_of(&path)));
}

#[test]
fn directory_as_catalog_file_is_refused() {
    let home = Home::new();
    let stderr = home.refused(&["--catalog", str_of(home.root()), "404"]);
    assert!(stderr.starts_with(&format!("statusbrowse: {}: is a directory", str_of(home.root()))), "{stderr}");

    // A directory where catalog.toml belongs is no better.
    fs::create_dir_all(home.config_dir().join("catalog.toml")).expect("dir");
    let stderr = home.refused(&["404"]);
    let at = home.config_dir().join("catalog.toml");
    assert!(stderr.starts_with(&format!("statusbrowse: {}: is a directory", str_of(&at))), "{stderr}");
}

#[test]
fn non_utf8_catalog_file_is_refused() {
    let home = Home::new();
    let path = home.write_beside("latin1.toml", b"[[entry]]\ncode = 590\nphrase = \"Budget \xe9puis\xe9\"\n");
    let stderr = home.refused(&["--catalog", str_of(&path), "404"]);
    assert!(stderr.starts_with(&format!("statusbrowse: {}: is not UTF-8", str_of(&path))), "{stderr}");
    assert!(stderr.contains("offset 38"), "says where: {stderr}");
}

// 6. The user's files are only ever read.

/// Bytes, modification time and permissions of a file.
fn snapshot(path: &Path) -> (Vec<u8>, SystemTime, fs::Permissions) {
    let metadata = fs::metadata(path).expect("metadata");
    (fs::read(path).expect("read"), metadata.modified().expect("mtime"), metadata.permissions())
}

/// Sets the file's modification time well in the past, so any write at all
/// would show.
fn age(path: &Path) {
    let file = fs::File::options().write(true).open(path).expect("open");
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000)).expect("set mtime");
}

fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> =
        fs::read_dir(dir).expect("read dir").map(|entry| entry.expect("entry").path()).collect();
    names.sort();
    names
}

#[test]
fn catalog_files_are_never_written() {
    let home = Home::new();
    let default = home.write_catalog(BUDGET);
    let good = home.write_beside("team.toml", AMEND);
    let bad = home.write_beside("bad.toml", with_example("HTTP/1.1 591 Wrong\nContent-Length: 0\n"));
    for path in [&default, &good, &bad] {
        age(path);
    }
    let files = [&default, &good, &bad];
    let before = files.map(|path| snapshot(path));
    let listed = (listing(home.root()), listing(&home.config_dir()));

    home.ok(&["590"]);
    home.ok(&["--catalog", str_of(&good), "--json"]);
    home.ok(&["--catalog", str_of(&good), "409", "--example=1"]);
    home.refused(&["--catalog", str_of(&good), "--catalog", str_of(&bad), "404"]);
    assert!(files.map(|path| snapshot(path)) == before, "good and bad files alike are untouched");

    fs::write(&default, "[[entry]\nbroken").expect("break catalog.toml");
    age(&default);
    let broken = snapshot(&default);
    home.refused(&["404"]);
    home.refused(&["--catalog", str_of(&good)]);
    assert!(snapshot(&default) == broken, "a broken catalog.toml is not rewritten");
    assert!(snapshot(&good) == before[1], "{good:?} is untouched");
    assert_eq!((listing(home.root()), listing(&home.config_dir())), listed, "no file is created");
}
