//! What every test binary shares: driving the browser without a terminal
//! (keys in a small notation, the real `translate` and `update`, the real
//! view drawn into a `TestBackend`), the binary in a pseudo-terminal
//! (`pty`), and the binary run as a script (`run`).
#![allow(dead_code)]

pub mod meant;
pub mod pty;
pub mod run;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use statusbrowse::catalog::Catalog;
use statusbrowse::present::theme::Theme;
use statusbrowse::tui::app::App;
use statusbrowse::tui::input::translate;
use statusbrowse::tui::keys::Keymap;
use statusbrowse::tui::update::{Effect, update};
use statusbrowse::tui::view::draw;

pub fn app(width: u16, height: u16) -> App {
    app_on(Catalog::builtin(), width, height)
}

/// The browser on `catalog` with the default keys.
pub fn app_on(catalog: Catalog, width: u16, height: u16) -> App {
    App::new(catalog, Size::new(width, height), Keymap::default())
}

/// `"/teapot<Enter>y"`: characters type themselves; `<Name>` is a special
/// key: Enter Esc Tab BackTab BS Up Down PgUp PgDn Home End Left Right,
/// `A-BS` for Alt-Backspace, `C-x` for Ctrl.
pub fn events(keys: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            rest = &rest[end + 1..];
            let (code, modifiers) = match name {
                "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
                "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
                "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
                "BackTab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
                "BS" => (KeyCode::Backspace, KeyModifiers::NONE),
                "Up" => (KeyCode::Up, KeyModifiers::NONE),
                "Down" => (KeyCode::Down, KeyModifiers::NONE),
                "PgUp" => (KeyCode::PageUp, KeyModifiers::NONE),
                "PgDn" => (KeyCode::PageDown, KeyModifiers::NONE),
                "Home" => (KeyCode::Home, KeyModifiers::NONE),
                "End" => (KeyCode::End, KeyModifiers::NONE),
                "Left" => (KeyCode::Left, KeyModifiers::NONE),
                "Right" => (KeyCode::Right, KeyModifiers::NONE),
                "A-BS" => (KeyCode::Backspace, KeyModifiers::ALT),
                ctrl if ctrl.starts_with("C-") => {
                    (KeyCode::Char(ctrl.chars().nth(2).expect("C-x")), KeyModifiers::CONTROL)
                }
                other => panic!("unknown key <{other}>"),
            };
            out.push(Event::Key(KeyEvent::new(code, modifiers)));
            continue;
        }
        let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        out.push(Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers)));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Feeds `keys` through the real input path; returns every effect.
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for event in events(keys) {
        if let Some(action) = translate(&event, app)
            && let Some(effect) = update(app, action)
        {
            effects.push(effect);
        }
    }
    effects
}

pub fn render(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("terminal");
    terminal.draw(|frame| draw(frame, app, theme)).expect("draw");
    terminal
}

/// The screen as text lines, styles dropped.
pub fn screen(app: &App) -> String {
    let terminal = render(app, &Theme::MONOCHROME);
    lines(terminal.backend().buffer())
}

pub fn lines(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub fn selected_code(app: &App) -> Option<String> {
    app.selected_entry().map(|entry| entry.code_str())
}

/// Clipboard helpers (`statusbrowse --clipboard-serve`) serving `display`,
/// found through /proc.
pub fn clipboard_helpers_on(display: &str) -> usize {
    let wanted = format!("DISPLAY={display}");
    std::fs::read_dir("/proc")
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|entry| {
                    let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                    let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
                    cmdline.windows(17).any(|w| w == b"--clipboard-serve")
                        && environ.split(|b| *b == 0).any(|var| var == wanted.as_bytes())
                })
                .count()
        })
        .unwrap_or(0)
}

/// The texts a run of effects put on the clipboard, in order.
pub fn copied(effects: &[Effect]) -> Vec<&str> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Copy { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The RFC section fixture as (RFC number, section) pairs:
/// `("9110", "15.4.2")`.
pub fn rfc_sections() -> std::collections::BTreeSet<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rfc-sections.tsv");
    std::fs::read_to_string(path)
        .expect("rfc-sections.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut cells = line.split('\t');
            Some((cells.next()?.to_owned(), cells.next()?.to_owned()))
        })
        .collect()
}
