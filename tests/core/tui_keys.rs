//! The browser's key rules (issue 12): Esc goes back one level, digits
//! start a search, keys act on the focused pane, examples are one key away.

use statusbrowse::tui::app::{Focus, Mode};
use statusbrowse::tui::layout::Screen;
use statusbrowse::tui::update::Effect;

use crate::common::{self, app, press, selected_code};

#[test]
fn esc_goes_back_one_level_and_quits_only_at_the_top() {
    let mut app = app(120, 40);
    press(&mut app, "/gateway<Enter><Tab>");
    let chosen = app.selected_entry().expect("a gateway code").clone();
    assert_eq!((app.focus(), app.query()), (Focus::Detail, "gateway"));
    assert!(press(&mut app, "<Esc>").is_empty(), "the focused detail gives focus back");
    assert_eq!((app.focus(), app.query()), (Focus::List, "gateway"));
    assert!(press(&mut app, "<Esc>").is_empty(), "then the kept filter goes");
    assert_eq!(app.query(), "");
    assert_eq!(app.selected_entry(), Some(&chosen), "on the same entry");
    assert_eq!(press(&mut app, "<Esc>"), [Effect::Quit], "with nothing to undo, Esc quits");
    let mut app = app_with_help();
    assert!(press(&mut app, "<Esc>").is_empty());
    assert_eq!(app.mode(), Mode::Browse, "help closes first");
}

fn app_with_help() -> statusbrowse::tui::app::App {
    let mut app = app(120, 40);
    press(&mut app, "?");
    app
}

#[test]
fn digits_start_a_search_for_a_code_and_letters_stay_commands() {
    let mut app = app(120, 40);
    press(&mut app, "429");
    assert_eq!((app.mode(), app.query()), (Mode::Search, "429"));
    assert_eq!(selected_code(&app).as_deref(), Some("429"));
    press(&mut app, "<Enter>");
    press(&mut app, "5");
    assert_eq!(app.query(), "5", "a digit starts a new search, not the kept one plus a digit");
    let mut app = common::app(120, 40);
    assert_eq!(press(&mut app, "q"), [Effect::Quit], "letters are still commands");
}

#[test]
fn paging_and_jumps_move_the_focused_pane() {
    let mut app = app(120, 40);
    press(&mut app, "/401<Enter>");
    let Screen::Panes(panes) = app.screen() else { panic!("120x40 shows panes") };
    let page = usize::from(panes.detail_inner.height);
    press(&mut app, "<Enter>");
    assert_eq!(app.focus(), Focus::Detail, "Enter in the list focuses the detail");
    press(&mut app, "G");
    let end = app.detail_scroll();
    assert!(end > page, "G goes to the end of the detail, more than a page down");
    press(&mut app, "j");
    assert_eq!(app.detail_scroll(), end, "and stays there");
    press(&mut app, "g");
    assert_eq!(app.detail_scroll(), 0, "g goes back to the top");
    press(&mut app, "<PgDn>");
    assert_eq!((app.detail_scroll(), selected_code(&app).as_deref()), (page.min(end), Some("401")));
    press(&mut app, "g ");
    assert_eq!(app.detail_scroll(), page.min(end), "Space pages too");
    press(&mut app, "g<C-d>");
    assert_eq!(app.detail_scroll(), page / 2);
    let mut app = common::app(120, 40);
    press(&mut app, "/40<Enter><Enter><C-n>");
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(selected_code(&app).as_deref(), Some("401"), "Ctrl-n moves the list whatever has focus");
    press(&mut app, "<C-p>");
    assert_eq!(selected_code(&app).as_deref(), Some("400"));
    let mut app = common::app(120, 40);
    press(&mut app, "<PgDn>");
    assert_eq!(app.detail_scroll(), 0, "with the list focused, paging moves the list");
    assert!(app.selected() > Some(0));
}

#[test]
fn ctrl_l_redraws_from_anywhere() {
    let mut app = app(120, 40);
    assert_eq!(press(&mut app, "<C-l>"), [Effect::Redraw]);
    press(&mut app, "/rate");
    assert_eq!(press(&mut app, "<C-l>"), [Effect::Redraw]);
    assert_eq!(app.query(), "rate");
}

#[test]
fn the_429_example_is_five_keystrokes_from_launch_and_e_shows_it() {
    let mut app = app(80, 24);
    let effects = press(&mut app, "429<Enter>y");
    let entry = app.selected_entry().expect("429").clone();
    assert_eq!(common::copied(&effects), [&*entry.examples[0].text]);
    press(&mut app, "e");
    assert_eq!(app.focus(), Focus::Detail);
    assert!(heading_in_view(&app), "e scrolls to the example");
    let mut app = common::app(120, 40);
    press(&mut app, "/418<Enter>e");
    assert!(app.detail_scroll() > 0, "a code with one example works too");
}

#[test]
fn brackets_show_the_first_example_before_stepping() {
    let mut app = app(120, 40);
    press(&mut app, "/401<Enter>");
    press(&mut app, "]");
    assert_eq!(app.example_index(), 0, "from the top, ] shows example 1");
    assert!(heading_in_view(&app), "scrolled to it");
    press(&mut app, "]");
    assert_eq!(app.example_index(), 1, "then the next one");
    assert!(heading_in_view(&app));
}

/// Whether the chosen example's heading is on screen.
fn heading_in_view(app: &statusbrowse::tui::app::App) -> bool {
    let Screen::Panes(panes) = app.screen() else { return false };
    let shown =
        app.detail_lines(panes.detail_inner.width, &statusbrowse::present::theme::Theme::COLOR).expect("laid out");
    let start = shown.example_starts[app.example_index()];
    (app.detail_scroll()..app.detail_scroll() + usize::from(panes.detail_inner.height)).contains(&start)
}

#[test]
fn z_gives_the_focused_pane_the_whole_screen_and_back() {
    let mut app = app(120, 40);
    press(&mut app, "/429<Enter>z");
    assert_eq!(app.zoomed(), Some(Focus::List));
    let Screen::Panes(panes) = app.screen() else { panic!("panes") };
    assert_eq!((panes.list.width, panes.detail.area()), (120, 0));
    press(&mut app, "e");
    assert_eq!(app.zoomed(), Some(Focus::Detail), "the zoom follows the focus");
    let Screen::Panes(panes) = app.screen() else { panic!("panes") };
    assert_eq!((panes.detail.width, panes.list.area()), (120, 0));
    let shown = common::screen(&app);
    assert!(shown.contains("Example 1/3"), "the zoomed detail shows the example:\n{shown}");
    press(&mut app, "z");
    assert_eq!(app.zoomed(), None);
    let Screen::Panes(panes) = app.screen() else { panic!("panes") };
    assert!(panes.list.area() > 0 && panes.detail.area() > 0);
}

#[test]
fn v_and_d_hide_vendor_and_retired_codes_and_the_title_says_so() {
    let mut app = app(120, 40);
    let everything = app.hits().len();
    press(&mut app, "/404<Enter><Esc>");
    assert_eq!(selected_code(&app).as_deref(), Some("404"));
    press(&mut app, "v");
    let entries: Vec<_> = app.hits().iter().map(|hit| app.entry_of(hit).clone()).collect();
    assert!(entries.iter().all(|entry| entry.is_registered()), "no vendor code listed");
    assert!(entries.len() < everything);
    assert_eq!(selected_code(&app).as_deref(), Some("404"), "the selection stays on its entry");
    assert!(common::screen(&app).contains(" Codes · vendors hidden "));
    press(&mut app, "d");
    let retired = |entry: &statusbrowse::catalog::Entry| {
        use statusbrowse::catalog::Status::{Deprecated, Obsolete, Unused};
        matches!(entry.status, Deprecated | Obsolete | Unused)
    };
    assert!(app.hits().iter().all(|hit| !retired(app.entry_of(hit)) && app.entry_of(hit).is_registered()));
    assert!(common::screen(&app).contains(" Codes · vendors, retired hidden "));
    press(&mut app, "/gateway");
    assert!(app.hits().iter().all(|hit| app.entry_of(hit).is_registered()), "searches are filtered too");
    press(&mut app, "<Esc>vd");
    assert_eq!(app.hits().len(), everything, "and everything comes back");
    assert!(!common::screen(&app).contains("hidden"));
}

#[test]
fn help_pages_jumps_and_says_when_there_is_more_below() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    let shown = common::screen(&app);
    assert!(shown.contains("↓ more"), "the box says there is more:\n{shown}");
    press(&mut app, "<PgDn>");
    let paged = app.help_scroll();
    assert!(paged > 10, "a page, not a line: {paged}");
    press(&mut app, "G");
    let end = app.help_scroll();
    assert!(end >= paged);
    let shown = common::screen(&app);
    assert!(!shown.contains("↓ more") && shown.contains("set-clipboard"), "the end, and nothing more:\n{shown}");
    press(&mut app, "g");
    assert_eq!(app.help_scroll(), 0);
    press(&mut app, " ");
    assert_eq!(app.help_scroll(), paged, "Space pages too");
    press(&mut app, "<PgUp>");
    assert_eq!(app.help_scroll(), 0);
}

#[test]
fn r_picks_a_related_code_and_history_goes_back_and_forward() {
    let mut app = app(120, 40);
    press(&mut app, "/404<Enter>");
    let related = app.related_entries();
    assert!(!related.is_empty(), "404 names related codes");
    press(&mut app, "r");
    assert_eq!(app.mode(), Mode::Related);
    press(&mut app, "j");
    assert_eq!(app.related_cursor(), 1);
    let chosen = app.catalog().entries()[related[1]].clone();
    press(&mut app, "<Enter>");
    assert_eq!(app.mode(), Mode::Browse);
    assert_eq!(app.selected_entry(), Some(&chosen), "Enter goes to it, though the filter 404 hid it");
    assert_eq!(app.query(), "", "the filter that hid it is cleared");
    press(&mut app, "<BS>");
    assert_eq!(selected_code(&app).as_deref(), Some("404"), "Backspace goes back");
    press(&mut app, "<C-o>");
    assert_eq!(selected_code(&app).as_deref(), Some("404"), "nothing further back: it stays");
    let alt_right = ratatui::crossterm::event::Event::Key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Right,
        ratatui::crossterm::event::KeyModifiers::ALT,
    ));
    let action = statusbrowse::tui::input::translate(&alt_right, &app).expect("Alt-Right is bound");
    statusbrowse::tui::update::update(&mut app, action);
    assert_eq!(app.selected_entry(), Some(&chosen), "Alt-Right goes forward again");
    press(&mut app, "r<Esc>");
    assert_eq!(app.mode(), Mode::Browse, "Esc closes the picker");
}

#[test]
fn a_code_with_no_related_codes_says_so() {
    let mut app = app(120, 40);
    let without =
        app.catalog().entries().iter().find(|entry| entry.related_codes.is_empty()).map(|entry| entry.code_str());
    if let Some(code) = without {
        press(&mut app, &format!("/{code}<Enter>r"));
        assert_eq!(app.mode(), Mode::Browse);
        assert!(app.toast().is_some_and(|toast| toast.text.contains("names no related code")));
    }
}

#[test]
fn a_click_on_a_related_code_in_the_detail_follows_it() {
    let mut app = app(120, 40);
    press(&mut app, "/404<Enter>");
    let Screen::Panes(panes) = app.screen() else { panic!("panes") };
    let shown = common::screen(&app);
    let (row, line) =
        shown.lines().enumerate().find(|(_, line)| line.contains("Related codes")).expect("the related line");
    let first = app.catalog().entries()[app.related_entries()[0]].code_str();
    let column = line[..line.find(&format!("{first} ")).expect("the first related code")].chars().count();
    let click = ratatui::crossterm::event::Event::Mouse(ratatui::crossterm::event::MouseEvent {
        kind: ratatui::crossterm::event::MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left),
        column: u16::try_from(column + 1).expect("fits"),
        row: u16::try_from(row).expect("fits"),
        modifiers: ratatui::crossterm::event::KeyModifiers::NONE,
    });
    assert!(
        panes.detail_inner.contains(ratatui::layout::Position::new(
            u16::try_from(column).unwrap_or(0),
            u16::try_from(row).unwrap_or(0)
        ))
    );
    let action = statusbrowse::tui::input::translate(&click, &app).expect("a click");
    statusbrowse::tui::update::update(&mut app, action);
    assert_eq!(selected_code(&app).as_deref(), Some(first.as_str()), "the click followed {first}");
    press(&mut app, "<BS>");
    assert_eq!(selected_code(&app).as_deref(), Some("404"));
}

#[test]
fn the_query_is_edited_where_the_cursor_is() {
    let mut app = app(120, 40);
    press(&mut app, "/ratelimit<Left><Left><Left><Left><Left> ");
    assert_eq!(app.query(), "rate limit");
    assert_eq!(selected_code(&app).as_deref(), Some("429"), "the search runs on the edited query");
    press(&mut app, "<Home>x");
    assert_eq!((app.query(), app.cursor()), ("xrate limit", 1));
    press(&mut app, "<BS><End>s");
    assert_eq!(app.query(), "rate limits");
    press(&mut app, "<A-BS>");
    assert_eq!(app.query(), "rate ", "Alt-Backspace deletes the word before the cursor");
    press(&mut app, "gateway<Left><Left><Left><C-u>");
    assert_eq!((app.query(), app.cursor()), ("way", 0), "Ctrl-u deletes to the start");
    press(&mut app, "<Right><Right><Right><Right><C-w>");
    assert_eq!(app.query(), "", "Right stops at the end; Ctrl-w takes the word");
    press(&mut app, "<Esc>429");
    assert_eq!((app.query(), app.cursor()), ("429", 3), "a new search starts with the cursor at its end");
}

#[test]
fn a_wrapped_example_line_is_marked_and_copied_whole() {
    let mut app = app(40, 30);
    let effects = press(&mut app, "/429<Enter>ey");
    let shown = common::screen(&app);
    assert!(shown.contains('↪'), "a wrapped line of the example is marked:\n{shown}");
    let copied = common::copied(&effects);
    let entry = app.selected_entry().expect("429");
    assert_eq!(copied, [&*entry.examples[0].text]);
    assert!(!copied[0].contains('↪'), "the copy is the text, unwrapped");
}

#[test]
fn ctrl_i_goes_forward_where_the_terminal_tells_it_from_tab() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = app(120, 40);
    press(&mut app, "/404<Enter>r<Enter><BS>");
    assert_eq!(selected_code(&app).as_deref(), Some("404"));
    // What a kitty-protocol terminal sends for Ctrl-i.
    let ctrl_i = Event::Key(KeyEvent::new(KeyCode::Char('i'), KeyModifiers::CONTROL));
    let action = statusbrowse::tui::input::translate(&ctrl_i, &app).expect("Ctrl-i is bound");
    statusbrowse::tui::update::update(&mut app, action);
    assert_ne!(selected_code(&app).as_deref(), Some("404"), "forward again");
    // What other terminals send for it: Tab, which still toggles focus.
    press(&mut app, "<Tab>");
    assert_eq!(app.focus(), Focus::Detail);
}
