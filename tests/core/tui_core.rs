//! The browser's pure core: key sequences in, state and effects out.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::action::Action;
use statusbrowse::tui::app::{App, Focus, Mode, Row, ToastKind};
use statusbrowse::tui::clipboard::{Clipboard, ClipboardError, Outcome, Recording, Started};
use statusbrowse::tui::input::translate;
use statusbrowse::tui::layout::Screen;
use statusbrowse::tui::run::{Events, Host, run};
use statusbrowse::tui::update::{Effect, update};

use crate::common::{self, app, events, press, selected_code};

/// Rows the list shows at once on the app's screen.
fn list_height(app: &App) -> usize {
    match app.screen() {
        Screen::Panes(panes) => usize::from(panes.rows.height),
        Screen::TooSmall(_) => panic!("the screen is too small for panes"),
    }
}

#[test]
fn starts_on_the_first_code_with_everything_listed() {
    let app = app(120, 40);
    assert_eq!(app.hits().len(), app.catalog().entries().len());
    assert_eq!(
        selected_code(&app).as_deref(),
        Some("100"),
        "100 Continue first; AWS's 000 is with the nonstandard codes at the end"
    );
    assert_eq!((app.mode(), app.focus()), (Mode::Browse, Focus::List));
}

#[test]
fn movement_is_clamped_at_both_ends() {
    let mut app = app(120, 40);
    press(&mut app, "kk<Up>");
    assert_eq!(app.selected(), Some(0));
    press(&mut app, "jj<Down>");
    assert_eq!(app.selected(), Some(3));
    press(&mut app, "G");
    assert_eq!(app.selected(), Some(app.hits().len() - 1));
    press(&mut app, "j<Down><PgDn><C-d>");
    assert_eq!(app.selected(), Some(app.hits().len() - 1));
    press(&mut app, "g");
    assert_eq!(app.selected(), Some(0));
    press(&mut app, "<End><Home>");
    assert_eq!(app.selected(), Some(0));
}

#[test]
fn paging_moves_by_the_visible_rows() {
    let mut app = app(120, 40);
    let page = list_height(&app);
    assert!(page > 10 && page < app.hits().len(), "{page}");
    press(&mut app, "<PgDn>");
    assert_eq!(app.selected(), Some(page));
    press(&mut app, "<C-u>");
    assert_eq!(app.selected(), Some(page - page / 2));
    press(&mut app, "<PgUp>");
    assert_eq!(app.selected(), Some(0));
}

#[test]
fn teapot_search_then_copy_gives_exactly_the_example() {
    let mut app = app(120, 40);
    let effects = press(&mut app, "/teapot");
    assert!(effects.is_empty());
    assert_eq!(app.mode(), Mode::Search);
    let first = app.selected_entry().expect("a match");
    assert_eq!((first.code, &*first.phrase), (418, "I'm a teapot"));
    let effects = press(&mut app, "<Enter>y");
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.query(), "teapot", "Enter keeps the filter");
    let entry = app.selected_entry().expect("still selected");
    assert_eq!(common::copied(&effects), [&*entry.examples[0].text]);
}

#[test]
fn in_search_mode_letters_are_text_never_commands() {
    let mut app = app(120, 40);
    let effects = press(&mut app, "/qyjG?c");
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(app.query(), "qyjG?c");
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(press(&mut app, "<C-c>"), [Effect::Quit]);
}

#[test]
fn esc_in_search_clears_the_filter_and_keeps_the_entry() {
    let mut app = app(120, 40);
    press(&mut app, "/gateway time");
    let chosen = selected_code(&app);
    assert_eq!(chosen.as_deref(), Some("504"));
    press(&mut app, "<Esc>");
    assert_eq!((app.mode(), app.query()), (Mode::Browse, ""));
    assert_eq!(app.hits().len(), app.catalog().entries().len());
    assert_eq!(selected_code(&app), chosen);
    let row = app.selected_row().expect("row");
    let offset = app.list_offset();
    assert!(row >= offset && row < offset + list_height(&app), "the kept entry is on screen");
}

#[test]
fn query_editing_keys() {
    let mut app = app(120, 40);
    press(&mut app, "/rate limit<BS><BS>");
    assert_eq!(app.query(), "rate lim");
    press(&mut app, "<C-w>");
    assert_eq!(app.query(), "rate ");
    press(&mut app, "<C-u>");
    assert_eq!(app.query(), "");
    assert_eq!(app.hits().len(), app.catalog().entries().len());
}

#[test]
fn digits_rank_codes_by_prefix() {
    let mut app = app(120, 40);
    press(&mut app, "/41");
    let codes: Vec<u16> = app.hits().iter().take(9).map(|hit| app.entry_of(hit).code).collect();
    assert!(codes.iter().all(|code| (410..=419).contains(code)), "{codes:?}");
    assert!(codes.windows(2).all(|pair| pair[0] <= pair[1]), "in code order: {codes:?}");
    assert_eq!(app.hits()[0].highlights, [0, 1]);
}

#[test]
fn no_match_leaves_nothing_selected_and_copy_says_so() {
    let mut app = app(120, 40);
    press(&mut app, "/zzqqxxjj<Enter>");
    assert!(app.hits().is_empty());
    assert_eq!(app.selected(), None);
    assert!(press(&mut app, "yc").is_empty());
    let toast = app.toast().expect("a toast");
    assert_eq!(toast.kind, ToastKind::Error);
    assert!(toast.text.contains("Nothing selected"), "{}", toast.text);
}

#[test]
fn brackets_choose_among_examples() {
    let mut app = app(120, 40);
    press(&mut app, "/401<Enter>");
    let entry = app.selected_entry().expect("401").clone();
    assert!(entry.examples.len() >= 2, "401 has Bearer and Basic examples");
    let effects = press(&mut app, "]]y");
    assert_eq!(app.example_index(), 1, "the first ] shows example 1, the second picks 2");
    assert_eq!(common::copied(&effects), [&*entry.examples[1].text]);
    press(&mut app, "[");
    assert_eq!(app.example_index(), 0);
    press(&mut app, "[");
    assert_eq!(app.example_index(), entry.examples.len() - 1, "wraps around");
}

#[test]
fn c_copies_the_status_line_and_shift_y_the_spec_url() {
    let mut app = app(120, 40);
    press(&mut app, "/404<Enter>");
    let effects = press(&mut app, "cY");
    assert_eq!(
        common::copied(&effects),
        ["404 Not Found", "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"]
    );
}

#[test]
fn detail_scrolls_with_focus_or_shift_keys() {
    let mut app = app(120, 40);
    press(&mut app, "/10<Enter>");
    press(&mut app, "JJ");
    assert_eq!(app.detail_scroll(), 2);
    assert_eq!(app.selected(), Some(0), "J leaves the selection alone");
    press(&mut app, "<Tab>jjj");
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(app.detail_scroll(), 5);
    press(&mut app, "k<Tab>j");
    assert_eq!(app.detail_scroll(), 0, "a new entry starts at the top");
    assert_eq!(app.focus(), Focus::List);
    for _ in 0..500 {
        press(&mut app, "J");
    }
    let bottom = app.detail_scroll();
    press(&mut app, "J");
    assert_eq!(app.detail_scroll(), bottom, "scrolling stops at the last line");
    assert!(bottom > 0);
}

#[test]
fn help_opens_and_closes_without_quitting() {
    let mut app = app(120, 40);
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Help);
    assert!(press(&mut app, "q").is_empty());
    assert_eq!(app.mode(), Mode::Browse);
    press(&mut app, "?<Esc>");
    assert_eq!(app.mode(), Mode::Browse);
}

#[test]
fn quitting_and_suspending_are_effects() {
    let mut app = app(120, 40);
    assert_eq!(press(&mut app, "q"), [Effect::Quit]);
    assert_eq!(press(&mut app, "<Esc>"), [Effect::Quit], "Esc with nothing to go back from");
    assert_eq!(press(&mut app, "<C-c>"), [Effect::Quit]);
    assert_eq!(press(&mut app, "<C-z>"), [Effect::Suspend]);
}

#[test]
fn a_resize_keeps_the_selection_on_screen() {
    let mut app = app(120, 40);
    press(&mut app, "G");
    let big_offset = app.list_offset();
    update(&mut app, Action::Resize(60, 20));
    let row = app.selected_row().expect("row");
    assert!(app.list_offset() > big_offset);
    assert!(row >= app.list_offset() && row < app.list_offset() + list_height(&app));
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls() {
    let mut app = app(120, 40);
    let mouse = |kind, column, row| Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE });
    let Screen::Panes(panes) = app.screen() else { panic!("too small") };
    // The fourth entry's row, below the class headers before it.
    let target = app.rows().iter().position(|row| *row == Row::Hit(3)).expect("a row for hit 3");
    let y = panes.rows.y + u16::try_from(target).expect("on screen");
    let action = translate(&mouse(MouseEventKind::Down(MouseButton::Left), panes.rows.x + 4, y), &app).unwrap();
    update(&mut app, action);
    assert_eq!(app.selected(), Some(3));
    let (x, y) = (panes.detail_inner.x + 10, panes.detail_inner.y + 5);
    let action = translate(&mouse(MouseEventKind::ScrollDown, x, y), &app).unwrap();
    update(&mut app, action);
    assert_eq!(app.detail_scroll(), 3);
}

/// Events from a script; when it runs out the user presses `q`.
struct Script(VecDeque<Event>);

impl Events for Script {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Option<Event>> {
        Ok(Some(self.0.pop_front().unwrap_or_else(|| events("q").remove(0))))
    }
}

/// Events that are a wait with nothing happening `idle` times over, then
/// `keys`, then `q`.
struct Idle {
    idle: usize,
    keys: VecDeque<Event>,
}

impl Events for Idle {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Event>> {
        if let Some(event) = self.keys.pop_front() {
            return Ok(Some(event));
        }
        if self.idle > 0 && timeout.is_some_and(|timeout| !timeout.is_zero()) {
            self.idle -= 1;
            return Ok(None);
        }
        Ok(if self.idle == 0 { Some(events("q").remove(0)) } else { None })
    }
}

/// A system clipboard that takes its time: pending for `polls` checks.
struct Slow {
    polls: usize,
}

impl Clipboard for Slow {
    fn copy(&mut self, _text: &str) -> Started {
        Started::Pending
    }

    fn poll(&mut self) -> Option<Result<Outcome, ClipboardError>> {
        self.polls = self.polls.checked_sub(1)?;
        (self.polls == 0).then_some(Ok(Outcome::Copied))
    }

    fn is_pending(&self) -> bool {
        self.polls > 0
    }
}

#[test]
fn waiting_draws_nothing() {
    // The loop wakes 40 times while a copy is pending and nothing changes:
    // one frame for the copy under way, one for its outcome, no more.
    let mut app = app(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut clipboard = Slow { polls: 40 };
    let mut script = Idle { idle: 60, keys: events("/429<Enter>y").into() };
    run(&mut terminal, &mut app, &Theme::COLOR, &mut script, &mut clipboard, &mut NoHost).unwrap();
    assert!(app.toast().is_some_and(|toast| toast.text.starts_with("Copied 429")), "{:?}", app.toast());
    let frames = terminal.draw(|_| {}).unwrap().count;
    assert!(frames <= 8, "{frames} frames for 5 keys, a copy and its outcome");
}

struct NoHost;

impl Host for NoHost {
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn open(&mut self, _url: &str) -> io::Result<Option<String>> {
        Ok(None)
    }
}

/// A host with a browser: it records what it was asked to open.
#[derive(Default)]
struct Browser {
    opened: Vec<String>,
}

impl Host for Browser {
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn open(&mut self, url: &str) -> io::Result<Option<String>> {
        self.opened.push(url.to_owned());
        Ok(Some("w3m".to_owned()))
    }
}

#[test]
fn o_opens_the_reference_or_copies_it_where_nothing_can() {
    let url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5";
    let mut app = app(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut browser = Browser::default();
    let mut script = Script(events("/404<Enter>o").into());
    run(&mut terminal, &mut app, &Theme::COLOR, &mut script, &mut Recording::default(), &mut browser).unwrap();
    assert_eq!(browser.opened, [url]);
    assert_eq!(app.toast().map(|toast| toast.text.as_str()), Some("Opened the reference with w3m"));
    let mut app = common::app(100, 30);
    let mut clipboard = Recording::default();
    let mut script = Script(events("/404<Enter>o").into());
    run(&mut terminal, &mut app, &Theme::COLOR, &mut script, &mut clipboard, &mut NoHost).unwrap();
    assert_eq!(clipboard.copies, [url]);
    let toast = app.toast().expect("a toast").text.clone();
    assert!(toast.contains("the reference URL (nothing here opens a browser)"), "{toast}");
}

#[test]
fn the_real_loop_copies_into_the_clipboard_and_toasts() {
    let mut app = app(100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut clipboard = Recording::default();
    let mut script = Script(events("/429<Enter>y").into());
    run(&mut terminal, &mut app, &Theme::COLOR, &mut script, &mut clipboard, &mut NoHost).unwrap();
    let entry = app.selected_entry().expect("429");
    assert_eq!(entry.code, 429);
    assert_eq!(clipboard.copies, [entry.examples[0].text.clone()]);
    let toast = app.toast().expect("toast");
    let count = entry.examples.len();
    assert_eq!(toast.text, format!("Copied 429 example 1/{count} to the clipboard"));
}

/// The list row the selection is drawn on, counted from the top of the
/// screen, or `None` when it is not on screen.
fn selection_on_screen(app: &App) -> Option<usize> {
    common::screen(app).lines().position(|line| line.contains('▶'))
}

#[test]
fn starting_a_search_keeps_the_selection_on_screen() {
    // The search line takes the list's top row: with the selection on the
    // last visible row, the list must scroll to keep it in view.
    let mut app = app(120, 40);
    let Screen::Panes(panes) = app.screen() else { panic!("too small") };
    let last_visible = usize::from(panes.rows.bottom()) - 1;
    while selection_on_screen(&app) != Some(last_visible) {
        press(&mut app, "j");
        assert!(app.selected() < Some(app.hits().len() - 1), "never reached the last visible row");
    }
    press(&mut app, "/");
    assert_eq!(app.mode(), Mode::Search);
    let row = app.selected_row().expect("a selection");
    assert!(row >= app.list_offset() && row < app.list_offset() + list_height(&app), "{row} scrolled out");
    assert!(selection_on_screen(&app).is_some(), "the selected row is drawn:\n{}", common::screen(&app));
}

#[test]
fn help_scrolls_to_its_last_line_at_every_width() {
    for width in [40, 50, 60, 73, 80, 100] {
        let mut app = app(width, 30);
        press(&mut app, "?");
        let last = statusbrowse::tui::help::lines(
            app.keymap(),
            &Theme::MONOCHROME,
            statusbrowse::tui::layout::help_text_width(app.size()),
        )
        .last()
        .map(ToString::to_string)
        .expect("help has lines");
        for _ in 0..300 {
            press(&mut app, "j");
        }
        let shown = common::screen(&app);
        assert!(shown.contains(last.trim()), "{width} columns: {last:?} is not reachable:\n{shown}");
        // And no further: one more line up shows something new at the top.
        let bottom = app.help_scroll();
        press(&mut app, "j");
        assert_eq!(app.help_scroll(), bottom, "{width} columns: scrolled past the end");
    }
}

#[test]
fn delete_word_cuts_after_any_whitespace_however_wide() {
    for space in [' ', '\u{a0}', '\u{2003}', '\u{3000}'] {
        let mut app = app(120, 40);
        press(&mut app, &format!("/a{space}b"));
        press(&mut app, "<C-w>");
        assert_eq!(app.query(), format!("a{space}"), "{space:?}");
        press(&mut app, "<C-w>");
        assert_eq!(app.query(), "", "{space:?}");
    }
    let mut app = app(120, 40);
    press(&mut app, "/rate\u{3000}\u{a0}limit\u{3000}<C-w>");
    assert_eq!(app.query(), "rate\u{3000}\u{a0}", "the trailing space and the word go");
}

#[test]
fn the_detail_scrolls_to_the_end_of_an_entry_longer_than_65535_lines() {
    let log = "592 GET /ok 0.001\\n".repeat(70_000);
    let file = format!(
        "[[entry]]\ncode = 592\nphrase = \"Long\"\nsummary = \"s\"\n\n[[entry.examples]]\ntitle = \"Log\"\nkind = \"log\"\ntext = \"{log}\"\n"
    );
    let catalog = statusbrowse::catalog::Catalog::with_user_files(&[("long.toml".to_owned(), file)]).expect("loads");
    let mut app = common::app_on(catalog, 100, 40);
    press(&mut app, "/592<Enter>");
    let Screen::Panes(panes) = app.screen() else { panic!("too small") };
    let total = app.detail_lines(panes.detail_inner.width, &Theme::MONOCHROME).expect("a selection").lines.len();
    let bottom = total - usize::from(panes.detail_inner.height);
    assert!(bottom > usize::from(u16::MAX), "{total} lines is not long enough");
    press(&mut app, &"J".repeat(bottom + 10));
    assert_eq!(app.detail_scroll(), bottom, "the last screenful is reachable, and no further");
    assert!(common::screen(&app).contains(&format!(" {}-{total}/{total} ", bottom + 1)));
}
