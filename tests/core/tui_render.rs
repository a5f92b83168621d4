//! The real view drawn into a `TestBackend`, snapshotted with insta, plus
//! checks on the styles a text snapshot cannot show.

use ratatui::style::Modifier;
use statusbrowse::catalog::Catalog;
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::clipboard::Outcome;
use statusbrowse::tui::layout::Screen;
use statusbrowse::tui::update::{Message, update};

use crate::common::{app, press, render, screen};

#[test]
fn start_80x24() {
    insta::assert_snapshot!(screen(&app(80, 24)));
}

#[test]
fn start_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40)));
}

#[test]
fn start_250x60() {
    insta::assert_snapshot!(screen(&app(250, 60)));
}

#[test]
fn the_default_terminal_shows_the_panes_side_by_side_with_fifteen_codes_or_more() {
    let app = app(80, 24);
    let Screen::Panes(panes) = app.screen() else { panic!("80x24 shows panes") };
    assert!(panes.side_by_side);
    let codes = app.rows().into_iter().skip(app.list_offset()).take(usize::from(panes.rows.height));
    let codes = codes.filter(|row| matches!(row, statusbrowse::tui::app::Row::Hit(_))).count();
    assert!(codes >= 15, "{codes} codes at 80x24");
    assert!(panes.detail_inner.width >= 40, "the detail stays readable");
}

#[test]
fn prose_keeps_a_readable_measure_on_a_wide_terminal() {
    let app = app(250, 60);
    let Screen::Panes(panes) = app.screen() else { panic!("250x60 shows panes") };
    assert!(panes.detail_inner.width > 150);
    let lines = app.detail_lines(panes.detail_inner.width, &Theme::COLOR).expect("100 laid out");
    let widest = lines.lines.iter().map(ratatui::text::Line::width).max().unwrap_or(0);
    assert!((90..=usize::from(statusbrowse::tui::layout::MEASURE)).contains(&widest), "lines {widest} wide");
}

#[test]
fn the_list_starts_at_100_and_codes_outside_100_599_are_one_group_at_the_end() {
    let app = app(120, 40);
    let rows = app.rows();
    let headers: Vec<_> = rows
        .iter()
        .filter_map(|row| if let statusbrowse::tui::app::Row::Header(class) = row { Some(*class) } else { None })
        .collect();
    let nonstandard = statusbrowse::catalog::Class::Nonstandard;
    assert_eq!(headers.iter().filter(|class| **class == nonstandard).count(), 1, "{headers:?}");
    assert_eq!(headers.last(), Some(&nonstandard));
    assert_eq!(crate::common::selected_code(&app).as_deref(), Some("100"));
}

#[test]
fn no_text_is_drawn_in_its_own_background_colour_selected_or_not() {
    for theme in [Theme::COLOR, Theme::LIGHT, Theme::MONOCHROME] {
        let mut app = app(120, 130);
        let count = app.hits().len();
        for position in 0..count {
            let terminal = render(&app, &theme);
            let buffer = terminal.backend().buffer();
            for y in 0..130 {
                for x in 0..120 {
                    let cell = &buffer[(x, y)];
                    let text = cell.symbol().trim();
                    // Colour 8 is the background in Solarized-style themes:
                    // no text relies on it.
                    assert!(
                        text.is_empty() || cell.fg != ratatui::style::Color::DarkGray,
                        "{text:?} at {x},{y} is drawn in colour 8"
                    );
                    assert!(
                        text.is_empty() || cell.fg != cell.bg || cell.fg == ratatui::style::Color::Reset,
                        "{text:?} at {x},{y} is {:?} on {:?}, row {position} selected",
                        cell.fg,
                        cell.bg
                    );
                }
            }
            press(&mut app, "j");
        }
    }
}

#[test]
fn a_detail_with_no_room_shows_no_position() {
    for (width, height) in [(30, 8), (31, 8), (40, 8), (30, 9)] {
        let shown = screen(&app(width, height));
        assert!(!shown.contains("-0/"), "{width}x{height}:\n{shown}");
    }
}

#[test]
fn zoomed_detail_80x24() {
    let mut app = app(80, 24);
    press(&mut app, "/404<Enter>ez");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn related_picker_80x24() {
    let mut app = app(80, 24);
    press(&mut app, "/429<Enter>rj");
    insta::assert_snapshot!(screen(&app));
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
    // What the loop reports after a copy: the toast is the app's own.
    let mut app = app(100, 30);
    press(&mut app, "/429<Enter>y");
    update(&mut app, Message::CopyFinished(Ok(Outcome::Copied)));
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
    let Screen::Panes(panes) = app.screen() else { panic!("too small") };
    let (x, bottom_row) = (panes.rows.right() - 1, panes.rows.bottom() - 1);
    assert_eq!(buffer[(x, bottom_row)].symbol(), "█", "thumb at the bottom");
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
    let (x, y) = find(buffer, "▶100").expect("selected row");
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

#[test]
fn wide_characters_in_an_example_wrap_by_display_width() {
    // 59 CJK characters are 118 columns: they must wrap inside the detail
    // pane, none lost and none past its edge.
    let body: String = "漢字".repeat(30)[..59 * 3].to_owned();
    let length = body.len() + 1;
    let file = format!(
        "[[entry]]\ncode = 590\nphrase = \"Wide\"\nsummary = \"Wide text.\"\n\n[[entry.examples]]\ntitle = \"CJK\"\ntext = \"HTTP/1.1 590 Wide\\nContent-Length: {length}\\n\\n{body}\\n\"\n"
    );
    let catalog = Catalog::with_user_files(&[("wide.toml".to_owned(), file)]).expect("a valid catalog");
    let mut app = crate::common::app_on(catalog, 100, 40);
    press(&mut app, "/590<Enter>");
    let shown = screen(&app);
    let Screen::Panes(panes) = app.screen() else { panic!("too small") };
    let inside = usize::from(panes.detail_inner.x)..usize::from(panes.detail_inner.right());
    let cjk: String = shown
        .lines()
        .map(|line| {
            line.chars().skip(inside.start).take(inside.len()).filter(|c| *c == '漢' || *c == '字').collect::<String>()
        })
        .collect();
    assert_eq!(cjk, body, "every character shows, in order:\n{shown}");
}

/// The status line's text.
fn status_line(app: &statusbrowse::tui::app::App) -> String {
    screen(app).lines().last().unwrap_or("").to_owned()
}

#[test]
fn hints_follow_the_state_and_help_and_quit_go_last() {
    let mut app = app(120, 40);
    assert!(!status_line(&app).contains("clear filter"));
    press(&mut app, "/gateway<Enter>");
    assert!(status_line(&app).contains("Esc clear filter"), "{}", status_line(&app));
    press(&mut app, "<Enter>");
    assert!(status_line(&app).contains("Esc list"), "{}", status_line(&app));
    for width in [30, 40, 50, 60] {
        let app = app_sized(width);
        let line = status_line(&app);
        assert!(line.contains("? help") && line.contains("q quit"), "{width}: {line:?}");
    }
}

fn app_sized(width: u16) -> statusbrowse::tui::app::App {
    app(width, 24)
}

/// The first `rows` rows of the screen as text with each run of one style
/// marked `{fg/bg/modifiers}`: what a text snapshot cannot show.
fn styled(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>, rows: u16) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..rows.min(buffer.area.height) {
        let mut last = None;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            let style = (cell.fg, cell.bg, cell.modifier);
            if last != Some(style) {
                out.push_str(&format!("{{{:?}/{:?}/{:?}}}", cell.fg, cell.bg, cell.modifier));
                last = Some(style);
            }
            out.push_str(cell.symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn light_theme_80x24() {
    let mut app = app(80, 24);
    press(&mut app, "/gateway<Enter>j");
    insta::assert_snapshot!(styled(&render(&app, &Theme::LIGHT), 6));
}

#[test]
fn no_color_80x24() {
    let mut app = app(80, 24);
    press(&mut app, "/gateway<Enter>j");
    insta::assert_snapshot!(styled(&render(&app, &Theme::MONOCHROME), 6));
}

/// `statusbrowse 404` on a terminal prints what the detail pane shows: the
/// command line's streamed lines are the pane's, line for line and span
/// for span, for every entry at a narrow and a wide width.
#[test]
fn the_printed_entry_is_the_detail_panes_entry() {
    use statusbrowse::present::{entry, theme::Theme};
    let catalog = statusbrowse::catalog::Catalog::builtin();
    for built in catalog.entries() {
        for width in [40, 100] {
            let pane = entry::lines(built, &catalog, width, None, &Theme::COLOR).lines;
            // Printed lines may borrow from the entry: compared as their
            // spans and styles, written out.
            let pane: Vec<String> = pane.iter().map(|line| format!("{line:?}")).collect();
            let mut printed = Vec::new();
            entry::print(built, &catalog, width, true, &Theme::COLOR, |line| printed.push(format!("{line:?}")));
            assert_eq!(printed, pane, "{} at {width} columns", built.status_line());
        }
    }
}
