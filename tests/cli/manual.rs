//! `statusbrowse man`: every section a manual owes its reader, the keys as
//! the browser dispatches them, and no page named that does not exist.

use std::process::Command;

use statusbrowse::tui::keys::Keymap;

use crate::common::run::statusbrowse;

const SECTIONS: [&str; 12] = [
    "NAME",
    "SYNOPSIS",
    "DESCRIPTION",
    "OPTIONS",
    "COMMANDS",
    "KEYS",
    "SEARCH SYNTAX",
    "FILES",
    "ENVIRONMENT",
    "EXIT STATUS",
    "EXAMPLES",
    "SEE ALSO",
];

fn page() -> String {
    let output = statusbrowse(&["man"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    output.stdout
}

/// The roff with its font changes and escapes undone, to read as text.
fn plain(roff: &str) -> String {
    roff.replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\fP", "")
        .replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\(aq", "'")
        .replace("\\\\", "\\")
}

/// The text of section `name`, up to the next `.SH`.
fn section(page: &str, name: &str) -> String {
    let start = page.find(&format!(".SH \"{name}\"")).or_else(|| page.find(&format!(".SH {name}\n")));
    let start = start.unwrap_or_else(|| panic!("no section {name}"));
    let rest = &page[start + 4..];
    plain(&rest[..rest.find("\n.SH ").map_or(rest.len(), |end| end + 1)])
}

#[test]
fn every_section_is_there_in_order() {
    let page = page();
    let headings: Vec<String> = page
        .lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .map(|heading| heading.trim_matches('"').to_owned())
        .collect();
    assert_eq!(headings, SECTIONS);
}

#[test]
fn no_page_is_named_that_does_not_exist() {
    let page = plain(&page());
    assert!(!page.contains("statusbrowse-"), "a statusbrowse-NAME(1) page is referenced");
    assert!(!page.contains("SUBCOMMANDS"));
    assert!(!page.contains("clipboard-serve"), "the internal helper flag is not for users");
    for command in ["statusbrowse completions", "statusbrowse man", "statusbrowse config [--path] [--default]"] {
        assert!(section(&plain(&page), "COMMANDS").contains(command), "{command}");
    }
}

#[test]
fn keys_come_from_the_key_table() {
    let keys = section(&page(), "KEYS");
    for binding in Keymap::default().bindings() {
        assert!(keys.contains(binding.help), "KEYS lacks {:?}", binding.help);
        assert!(keys.contains(binding.scope.title()), "KEYS lacks the heading {:?}", binding.scope.title());
    }
    for (key, what) in [("Ctrl-c", "quit"), ("Down, j", "next code"), ("Backspace, Ctrl-o, Alt-Left", "back to")] {
        let line = keys.lines().position(|line| line == key).unwrap_or_else(|| panic!("no key line {key:?}"));
        assert!(keys.lines().nth(line + 1).is_some_and(|next| next.starts_with(what)), "{key} then {what}");
    }
}

#[test]
fn the_environment_files_exit_status_and_examples_are_documented() {
    let page = page();
    let environment = section(&page, "ENVIRONMENT");
    for name in ["NO_COLOR", "STATUSBROWSE_CLIPBOARD", "STATUSBROWSE_PAGER", "PAGER", "BROWSER", "XDG_CONFIG_HOME"] {
        assert!(environment.lines().any(|line| line.split(", ").any(|word| word == name)), "{name}");
    }
    let files = section(&page, "FILES");
    assert!(files.contains("config.toml") && files.contains("catalog.toml") && files.contains("XDG_CONFIG_HOME"));
    let status = section(&page, "EXIT STATUS");
    for code in ["0", "1", "2"] {
        assert!(status.lines().any(|line| line == code), "exit status {code}");
    }
    let examples = section(&page, "EXAMPLES");
    assert!(examples.contains("statusbrowse 204 --example --crlf | nc -l 8080"), "{examples}");
    let syntax = section(&page, "SEARCH SYNTAX");
    assert!(syntax.contains("vendor:") && syntax.contains("4xx"), "{syntax}");
    let options = section(&page, "OPTIONS");
    assert!(options.contains("--paging") && options.contains("--example"), "{options}");
}

/// What a reader sees: the page through man itself (man-db, which `.ci/run`
/// installs where it is missing).
#[test]
fn man_shows_every_section() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("statusbrowse.1");
    std::fs::write(&file, page()).expect("write the page");
    let output = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run man -l");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "man failed: {}", String::from_utf8_lossy(&output.stderr));
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("warning"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for name in SECTIONS {
        assert!(shown.lines().any(|line| line == name), "man does not show {name}:\n{shown}");
    }
    assert!(shown.lines().any(|line| line.trim_start().starts_with("statusbrowse 204 --example --crlf | nc -l 8080")));
}
