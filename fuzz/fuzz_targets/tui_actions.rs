//! The browser driven by any sequence of terminal events (keys, typed
//! text from all of Unicode, resizes from 0x0, clicks and the wheel),
//! through the real key table and `update`, drawn into a test backend
//! now and then: no panic, and the selection always one of the hits.
//!
//! The input is read a few bytes per event; see `Events`.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Size;
use statusbrowse::catalog::Catalog;
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::app::App;
use statusbrowse::tui::input::translate;
use statusbrowse::tui::keys::Keymap;
use statusbrowse::tui::update::{Effect, update};
use statusbrowse::tui::view::draw;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::builtin)
}

/// Terminal events decoded from bytes: a tag byte, then what it needs.
struct Events<'a>(&'a [u8]);

impl Events<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }
}

const NAMED: [KeyCode; 12] = [
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Delete,
];

impl Iterator for Events<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
        let mouse = |kind, column, row| Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE });
        Some(match self.byte()? % 8 {
            // An ASCII key, as typed.
            0 | 1 => key(KeyCode::Char(char::from(self.byte()? % 95 + 32)), KeyModifiers::NONE),
            // Any character at all: three bytes of code point.
            2 => {
                let point = u32::from_be_bytes([0, self.byte()?, self.byte()?, self.byte()?]);
                key(KeyCode::Char(char::from_u32(point % 0x11_0000).unwrap_or(' ')), KeyModifiers::NONE)
            }
            3 => key(NAMED[usize::from(self.byte()?) % NAMED.len()], KeyModifiers::NONE),
            4 => key(KeyCode::Char(char::from(self.byte()? % 26 + b'a')), KeyModifiers::CONTROL),
            5 => Event::Resize(u16::from(self.byte()?), u16::from(self.byte()? % 80)),
            6 => mouse(MouseEventKind::Down(MouseButton::Left), u16::from(self.byte()?), u16::from(self.byte()?)),
            _ => {
                let kind = if self.byte()? % 2 == 0 { MouseEventKind::ScrollDown } else { MouseEventKind::ScrollUp };
                mouse(kind, u16::from(self.byte()?), u16::from(self.byte()?))
            }
        })
    }
}

fuzz_target!(|data: &[u8]| {
    let mut app = App::new(catalog().clone(), Size::new(100, 30), Keymap::default());
    for (index, event) in Events(data).enumerate() {
        let Some(action) = translate(&event, &app) else { continue };
        // Quitting and suspending are the loop's to carry out; the state
        // must stay sound after them all the same.
        let _: Option<Effect> = update(&mut app, action);
        assert_eq!(app.selected().is_some(), !app.hits().is_empty());
        assert!(app.selected().is_none_or(|selected| selected < app.hits().len()));
        if index % 16 == 0 {
            let size = app.size();
            let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).expect("a test terminal");
            terminal.draw(|frame| draw(frame, &app, &Theme::COLOR)).expect("drawing to memory");
        }
    }
});
