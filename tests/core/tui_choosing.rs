//! Choosing a code in the browser: `m` marks, `=` lays the marked codes
//! (or the selected code's preset) side by side, `w` asks the guide's
//! questions and Enter on its answer goes to that code.

use statusbrowse::tui::app::Mode;

use crate::common::{app, press, screen, selected_code};

#[test]
fn marked_codes_compare_side_by_side_and_esc_closes() {
    let mut app = app(120, 40);
    press(&mut app, "401<Enter>m");
    press(&mut app, "403<Enter>m");
    assert!(app.is_marked(401) && app.is_marked(403));
    press(&mut app, "=");
    assert_eq!(app.mode(), Mode::Compare);
    let shown = screen(&app);
    assert!(shown.contains("401 Unauthorized") && shown.contains("403 Forbidden"), "{shown}");
    assert!(shown.contains("reveals existence"), "{shown}");
    press(&mut app, "<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
    press(&mut app, "m");
    assert!(!app.is_marked(403), "m again unmarks");
}

#[test]
fn with_nothing_marked_equals_shows_the_selected_codes_group_and_p_steps_through_presets() {
    let mut app = app(120, 40);
    press(&mut app, "308<Enter>=");
    assert_eq!(app.mode(), Mode::Compare);
    let shown = screen(&app);
    assert!(shown.contains("Compare: redirects"), "{shown}");
    press(&mut app, "p");
    assert!(!screen(&app).contains("Compare: redirects"), "p moves to another preset");
}

#[test]
fn the_guide_answers_by_digit_goes_back_and_enter_opens_the_code() {
    let tree = statusbrowse::guide::Tree::builtin().expect("guide");
    let scenarios = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/guide-scenarios.tsv"))
        .expect("scenarios");
    let line = scenarios.lines().find(|line| line.ends_with("\t429")).expect("a 429 situation");
    let answers: Vec<&str> = line.split('\t').nth(1).expect("answers").split(',').map(str::trim).collect();
    let mut app = app(120, 40);
    press(&mut app, "w");
    assert_eq!(app.mode(), Mode::Guide);
    assert!(screen(&app).contains(&tree.question(&tree.start).expect("start").text), "the first question shows");
    press(&mut app, answers[0]);
    press(&mut app, "<BS>");
    assert!(screen(&app).contains("Question 1:"), "back at the first question");
    for answer in &answers {
        press(&mut app, answer);
    }
    assert!(screen(&app).contains("Answer: 429 Too Many Requests"), "{}", screen(&app));
    press(&mut app, "<Enter>");
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(selected_code(&app).as_deref(), Some("429"));
}
