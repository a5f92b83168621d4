//! A whole keystroke in the browser, as the loop does it: the key through
//! the key table, `update` (search, rank, select), and a full frame drawn
//! into a 120x40 buffer. Each iteration types one letter and erases it:
//! two keystrokes.

mod support;

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::action::Action;
use statusbrowse::tui::app::App;
use statusbrowse::tui::keys::Keymap;
use statusbrowse::tui::update::update;
use statusbrowse::tui::view::draw;

fn main() {
    divan::main();
}

fn keystrokes(bencher: Bencher, extra: usize) {
    let mut app = App::new(support::catalog(extra), Size::new(120, 40), Keymap::default());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    for action in
        [Action::StartSearch, Action::Insert('g'), Action::Insert('a'), Action::Insert('t'), Action::Insert('e')]
    {
        update(&mut app, action);
    }
    let theme = Theme::COLOR;
    bencher.bench_local(|| {
        update(&mut app, Action::Insert('w'));
        terminal.draw(|frame| draw(frame, &app, &theme)).expect("draw");
        update(&mut app, Action::Backspace);
        terminal.draw(|frame| draw(frame, &app, &theme)).expect("draw");
    });
}

#[divan::bench]
fn builtin(bencher: Bencher) {
    keystrokes(bencher, 0);
}

#[divan::bench(sample_count = 20)]
fn user_10k(bencher: Bencher) {
    keystrokes(bencher, 10_000);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn user_100k(bencher: Bencher) {
    keystrokes(bencher, 100_000);
}
