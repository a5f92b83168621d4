//! End to end in a real pseudo-terminal: the built binary, typed at.

mod common;

use base64::Engine;
use common::pty::Session;
use statusbrowse::catalog::Catalog;

fn teapot_example() -> String {
    let catalog = Catalog::builtin().expect("catalog");
    let entry = catalog
        .by_code(418)
        .find(|entry| entry.phrase == "I'm a teapot")
        .expect("the teapot entry");
    entry.examples[0].text.clone()
}

#[test]
fn find_the_teapot_copy_it_over_osc52_and_quit_cleanly() {
    let mut session = Session::start(&[], &[("STATUSBROWSE_CLIPBOARD", "osc52")], 100, 30);
    session.wait_for_screen("the list", |screen| {
        screen.contains("Codes") && screen.contains("100 Continue")
    });
    assert!(session.alternate_screen());
    session.send("/teapot");
    session.wait_for_screen("the teapot selected", |screen| {
        screen.contains("▶418 I'm a teapot")
    });
    session.send("\r");
    session.send("y");
    let payload = base64::engine::general_purpose::STANDARD.encode(teapot_example());
    session.wait_for_output(
        "the OSC 52 sequence",
        format!("\x1b]52;c;{payload}\x07").as_bytes(),
    );
    session.wait_for_screen("the toast", |screen| screen.contains("Sent 418 example"));
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert!(!session.alternate_screen(), "left the alternate screen");
    let raw = session.raw();
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(64)..]).into_owned();
    assert!(
        tail.contains("\x1b[?1049l"),
        "leaves the alternate screen last: {tail:?}"
    );
    assert!(
        tail.contains("\x1b[?25h"),
        "shows the cursor again: {tail:?}"
    );
}
