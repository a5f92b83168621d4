//! Long answers on a terminal go through a pager; short ones, piped ones
//! and `--paging never` do not. A stand-in pager records what it was given,
//! so each test sees exactly whether it ran and on what.

use std::path::{Path, PathBuf};

use crate::common::pty::Session;
use crate::common::run::{Home, statusbrowse};

/// A pager that saves its input to a file and says so on the screen.
fn recording_pager(dir: &Path) -> (String, PathBuf) {
    let file = dir.join("paged");
    (format!("sh -c 'cat > {}; echo PAGER-RAN'", file.display()), file)
}

fn on_a_terminal(args: &[&str], env: &[(&str, &str)], home: &Home) -> Session {
    let mut all = vec![("XDG_CONFIG_HOME", home.root().to_str().expect("UTF-8 path"))];
    all.extend_from_slice(env);
    Session::start(args, &all, 80, 24)
}

#[test]
fn a_long_entry_on_a_terminal_goes_through_statusbrowse_pager() {
    let home = Home::new();
    let (pager, file) = recording_pager(home.root());
    let mut session = on_a_terminal(&["404", "--color", "never"], &[("STATUSBROWSE_PAGER", &pager)], &home);
    assert_eq!(session.wait_exit(), 0);
    assert!(session.screen().contains("PAGER-RAN"), "{}", session.screen());
    let paged = std::fs::read_to_string(&file).expect("the pager got the text");
    let piped = statusbrowse(&["404"]);
    assert_eq!(paged, piped.stdout, "the pager gets the answer a pipe gets at the same width");
    assert!(paged.lines().count() > 24, "a test of a long answer");
}

#[test]
fn pager_is_the_fallback_and_an_empty_statusbrowse_pager_turns_paging_off() {
    let home = Home::new();
    let (pager, file) = recording_pager(home.root());
    let mut session = on_a_terminal(&["404"], &[("PAGER", &pager)], &home);
    assert_eq!(session.wait_exit(), 0);
    assert!(file.exists(), "$PAGER ran");
    std::fs::remove_file(&file).expect("remove");
    let mut off = on_a_terminal(&["404", "--color", "never"], &[("PAGER", &pager), ("STATUSBROWSE_PAGER", "")], &home);
    assert_eq!(off.wait_exit(), 0);
    assert!(!file.exists(), "STATUSBROWSE_PAGER= means no pager");
    assert!(off.raw().windows(13).any(|window| window == b"404 Not Found"), "printed directly");
}

#[test]
fn short_answers_never_and_always_decide_alone() {
    let home = Home::new();
    let (pager, file) = recording_pager(home.root());
    let env = [("STATUSBROWSE_PAGER", pager.as_str())];
    let mut short = on_a_terminal(&["-s", "404", "--color", "never"], &env, &home);
    assert_eq!(short.wait_exit(), 0);
    assert!(!file.exists(), "one line fits the screen: no pager");
    assert!(short.screen().contains("404 Not Found"));
    let mut never = on_a_terminal(&["404", "--paging", "never"], &env, &home);
    assert_eq!(never.wait_exit(), 0);
    assert!(!file.exists(), "--paging never");
    let mut always = on_a_terminal(&["-s", "404", "--paging", "always", "--color", "never"], &env, &home);
    assert_eq!(always.wait_exit(), 0);
    let paged = std::fs::read_to_string(&file).expect("--paging always pages even one line");
    assert!(paged.contains("404 Not Found"), "{paged}");
}

#[test]
fn a_pipe_is_never_paged() {
    let home = Home::new();
    let (pager, file) = recording_pager(home.root());
    for paging in ["auto", "always"] {
        let run = home.run_with(&["404", "--paging", paging], &[("STATUSBROWSE_PAGER", &pager), ("PAGER", &pager)]);
        assert_eq!(run.code, Some(0));
        assert!(run.stdout.starts_with("404 Not Found\n"), "{paging}: {:.80}", run.stdout);
        assert!(!file.exists(), "--paging {paging} into a pipe ran the pager");
    }
}

#[test]
fn a_pager_that_cannot_start_is_a_warning_and_the_answer_still_comes() {
    let home = Home::new();
    let mut session = on_a_terminal(&["404", "--color", "never"], &[("PAGER", "no-such-pager-here --flag")], &home);
    assert_eq!(session.wait_exit(), 0);
    let shown = String::from_utf8_lossy(&session.raw()).into_owned();
    assert!(shown.contains("cannot start the pager `no-such-pager-here --flag` from $PAGER"), "{shown:.400}");
    assert!(shown.contains("404 Not Found"), "{shown:.400}");
    let mut unclosed = on_a_terminal(&["404"], &[("STATUSBROWSE_PAGER", "less 'oops")], &home);
    assert_eq!(unclosed.wait_exit(), 0);
    let shown = String::from_utf8_lossy(&unclosed.raw()).into_owned();
    assert!(shown.contains("$STATUSBROWSE_PAGER is not a command"), "{shown:.400}");
}

#[test]
fn the_default_less_pages_and_ctrl_c_in_it_leaves_statusbrowse_waiting() {
    let home = Home::new();
    let mut session = on_a_terminal(&["404"], &[], &home);
    session.make_cooked();
    // less shows the first screen and waits at its prompt.
    session.wait_for_screen("less showing the entry", |screen| {
        screen.starts_with("404 Not Found") && screen.lines().count() >= 23
    });
    // Ctrl-C reaches the whole foreground group: less stays, and so must
    // statusbrowse, or the shell would take the terminal from under less.
    session.send("\x03");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(session.still_running(), "statusbrowse lives on under less");
    session.send("q");
    assert_eq!(session.wait_exit(), 0, "quitting less ends statusbrowse with success");
}
