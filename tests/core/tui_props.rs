//! Random key sequences and resizes, from 0x0 up, against the invariants
//! the browser must keep whatever the user does.

use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::action::Action;
use statusbrowse::tui::app::Mode;
use statusbrowse::tui::input::translate;
use statusbrowse::tui::layout::Screen;
use statusbrowse::tui::update::{Effect, update};

use crate::common::{self, app, render};

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Resize(u16, u16),
    Click(u16, u16),
    Wheel(u16, u16, bool),
}

fn step() -> impl Strategy<Value = Step> {
    // Commands and text alike: letters and digits, the keys with a meaning,
    // whitespace of every width (Ctrl-w cuts after it), combining marks,
    // and anything else Unicode holds.
    let typed = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('0', '9'),
        2 => prop::sample::select(vec!['/', '?', ' ', 'G', 'J', 'K', 'Y', '[', ']', '=', 'é', '漢', '😀', '\u{301}', 'ا']),
        2 => prop::sample::select(vec!['\u{a0}', '\u{1680}', '\u{2003}', '\u{2028}', '\u{202f}', '\u{3000}', '\u{85}']),
        1 => prop::sample::select(vec!['\u{300}', '\u{20dd}', '\u{fe0f}', '\u{200d}', '\u{fff9}', '\u{fffe}']),
        2 => any::<char>(),
    ];
    let named = prop::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Tab,
    ]);
    prop_oneof![
        6 => typed.prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        4 => named.prop_map(|code| Step::Key(code, KeyModifiers::NONE)),
        1 => prop::sample::select(vec!['d', 'u', 'w', 'n', 'p']).prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::CONTROL)),
        1 => (0u16..=140, 0u16..=50).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0u16..140, 0u16..50).prop_map(|(x, y)| Step::Click(x, y)),
        1 => (0u16..140, 0u16..50, any::<bool>()).prop_map(|(x, y, down)| Step::Wheel(x, y, down)),
    ]
}

fn event(step: &Step) -> Event {
    match step {
        Step::Key(code, modifiers) => Event::Key(KeyEvent::new(*code, *modifiers)),
        Step::Resize(w, h) => Event::Resize(*w, *h),
        Step::Click(x, y) => Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: *x,
            row: *y,
            modifiers: KeyModifiers::NONE,
        }),
        Step::Wheel(x, y, down) => Event::Mouse(MouseEvent {
            kind: if *down { MouseEventKind::ScrollDown } else { MouseEventKind::ScrollUp },
            column: *x,
            row: *y,
            modifiers: KeyModifiers::NONE,
        }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_keeps_the_invariants(steps in prop::collection::vec(step(), 0..120)) {
        let mut app = app(100, 30);
        for (index, step) in steps.iter().enumerate() {
            let mode_before = app.mode();
            let query_before = app.query().to_owned();
            let Some(action) = translate(&event(step), &app) else { continue };
            let effect = update(&mut app, action);
            if effect == Some(Effect::Quit) {
                break;
            }
            // The selection always indexes the filtered list.
            prop_assert_eq!(app.selected().is_some(), !app.hits().is_empty());
            if let Some(selected) = app.selected() {
                prop_assert!(selected < app.hits().len());
            }
            // Only search mode edits the query, but for a digit typed while
            // browsing, which starts a new search.
            match action {
                Action::Insert(digit) if mode_before == Mode::Browse => {
                    let typed = digit.to_string();
                    prop_assert_eq!((app.mode(), app.query()), (Mode::Search, typed.as_str()));
                }
                // Esc may clear a kept filter; going to a related code (or
                // back or forward, or the guide's answer) clears one that
                // hides it.
                Action::Back
                | Action::FollowRelated
                | Action::FollowAnswer
                | Action::HistoryBack
                | Action::HistoryForward
                | Action::Click { .. } => prop_assert!(app.query().is_empty() || app.query() == query_before),
                _ if mode_before != Mode::Search => prop_assert_eq!(app.query(), query_before.as_str()),
                _ => {}
            }
            // The selected row is always on screen.
            if let (Screen::Panes(panes), Some(row)) = (app.screen(), app.selected_row()) {
                let height = usize::from(panes.rows.height);
                prop_assert!(height == 0 || (row >= app.list_offset() && row < app.list_offset() + height),
                    "row {} outside {}..+{}", row, app.list_offset(), height);
            }
            // A copy copies the selected entry's chosen example, once.
            if action == Action::CopyExample {
                match (&effect, app.selected_entry()) {
                    (Some(Effect::Copy { text }), Some(entry)) => prop_assert_eq!(text, &entry.examples[app.example_index()].text),
                    (None, None) => {}
                    other => prop_assert!(false, "copy gave {:?}", other),
                }
            }
            if index % 7 == 0 || index + 1 == steps.len() {
                let terminal = render(&app, &Theme::COLOR);
                // The detail pane shows the selected entry.
                if let (Some(entry), Screen::Panes(panes)) = (app.selected_entry(), app.screen())
                    && !matches!(app.mode(), Mode::Help | Mode::Related | Mode::Compare | Mode::Guide)
                    && panes.detail_inner.height > 0
                    && app.detail_scroll() == 0
                {
                    let buffer = terminal.backend().buffer();
                    let first: String = (panes.detail_inner.x..panes.detail_inner.right())
                        .map(|x| buffer[(x, panes.detail_inner.y)].symbol())
                        .collect();
                    let code = entry.code_str();
                    let shown = &code[..code.len().min(usize::from(panes.detail_inner.width))];
                    prop_assert!(first.starts_with(shown), "detail shows {first:?}, selected {code}");
                }
            }
        }
    }

    #[test]
    fn any_terminal_size_renders(width in 0u16..=300, height in 0u16..=120, keys in "[a-z/?G=1-5]{0,8}") {
        let mut app = app(width, height);
        common::press(&mut app, &keys);
        let _ = render(&app, &Theme::COLOR);
        let _ = render(&app, &Theme::MONOCHROME);
    }
}

#[test]
fn every_small_size_renders_without_panicking() {
    for width in 0..=45 {
        for height in 0..=14 {
            let mut app = app(width, height);
            let _ = render(&app, &Theme::COLOR);
            common::press(&mut app, "G/4");
            let _ = render(&app, &Theme::COLOR);
        }
    }
}
