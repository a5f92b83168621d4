//! The real view drawn into a `TestBackend`, snapshotted with insta, plus
//! checks on the styles a text snapshot cannot show.

mod common;

use common::{app, press, render, screen};
use ratatui::style::Modifier;
use statusbrowse::tui::app::ToastKind;
use statusbrowse::tui::view::theme::Theme;

#[test]
fn start_80x24() {
    insta::assert_snapshot!(screen(&app(80, 24)));
}

#[test]
fn start_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40)));
}

#[test]
fn start_40x12() {
    insta::assert_snapshot!(screen(&app(40, 12)));
}

#[test]
fn too_small() {
    insta::assert_snapshot!(screen(&app(24, 6)));
}

#[test]
fn search_with_highlights() {
    let mut app = app(100, 30);
    press(&mut app, "/gateway");
    insta::assert_snapshot!(screen(&app));
    // The matched letters of "502 Bad Gateway" are underlined and bold.
    let terminal = render(&app, &Theme::COLOR);
    let buffer = terminal.backend().buffer();
    let (row_x, y) = find(buffer, "▶502 Bad Gateway").expect("the list row");
    let x = row_x + 9;
    for offset in 0..7 {
        let cell = &buffer[(x + offset, y)];
        assert!(
            cell.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD),
            "{:?} at +{offset} is not highlighted",
            cell.symbol()
        );
    }
    assert!(!buffer[(x - 2, y)].modifier.contains(Modifier::UNDERLINED), "the space before is not");
}

#[test]
fn no_matches() {
    let mut app = app(100, 30);
    press(&mut app, "/zzqqxx");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay() {
    let mut app = app(100, 40);
    press(&mut app, "?");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn toast() {
    let mut app = app(100, 30);
    press(&mut app, "/429<Enter>");
    app.show_toast("Copied 429 example 1/3 to the clipboard", ToastKind::Info);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn last_entry_selected() {
    let mut app = app(100, 30);
    press(&mut app, "G");
    insta::assert_snapshot!(screen(&app));
    // The scrollbar's thumb reaches the bottom of its track.
    let terminal = render(&app, &Theme::COLOR);
    let buffer = terminal.backend().buffer();
    let bottom_row = 27;
    let x = (0..100).find(|x| buffer[(*x, 0)].symbol() == "┐").expect("list border");
    assert_eq!(buffer[(x - 1, bottom_row)].symbol(), "█", "thumb at the bottom");
}

#[test]
fn narrow_detail_focused() {
    let mut app = app(60, 20);
    press(&mut app, "/418<Enter><Tab>jj");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn monochrome_selection_is_reverse_video() {
    let app = app(100, 30);
    let terminal = render(&app, &Theme::MONOCHROME);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "▶000").expect("selected row");
    assert!(buffer[(x + 1, y)].modifier.contains(Modifier::REVERSED));
    let colored = (0..100).any(|x| (0..30).any(|y| buffer[(x, y)].fg != ratatui::style::Color::Reset));
    assert!(!colored, "NO_COLOR draws no colours");
}

/// Where `needle` starts on screen.
fn find(buffer: &ratatui::buffer::Buffer, needle: &str) -> Option<(u16, u16)> {
    let width = buffer.area.width;
    for y in 0..buffer.area.height {
        let row: Vec<&str> = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
        let text = row.concat();
        if let Some(byte) = text.find(needle) {
            let column = text[..byte].chars().count();
            return Some((u16::try_from(column).ok()?, y));
        }
    }
    None
}
