//! Keys to actions. One table serves dispatch, the help overlay and the
//! status-line hints, so what the screen says is always what the keys do.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{Focus, Mode};

/// A key press as bindings see it: SHIFT is folded into the character (so
/// `?` and `G` match however the terminal reports them), CTRL and ALT stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// The key of a press or repeat; `None` for releases, which some
    /// terminals (and Windows) report too and which must not act twice.
    pub fn from_event(event: KeyEvent) -> Option<Self> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let code = match event.code {
            KeyCode::Char(c) if event.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            // Shift-Tab arrives as BackTab already.
            other => other,
        };
        Some(Self {
            code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        })
    }

    /// The character this key types in a text field, if any.
    pub fn typed_char(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every mode, search included.
    Everywhere,
    /// Browsing, whichever pane has focus.
    Browse,
    /// Browsing with the list focused.
    List,
    /// Browsing with the detail pane focused.
    Detail,
    Search,
    Help,
}

impl Scope {
    fn applies(self, mode: Mode, focus: Focus) -> bool {
        match self {
            Self::Everywhere => true,
            Self::Browse => mode == Mode::Browse,
            Self::List => mode == Mode::Browse && focus == Focus::List,
            Self::Detail => mode == Mode::Browse && focus == Focus::Detail,
            Self::Search => mode == Mode::Search,
            Self::Help => mode == Mode::Help,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Everywhere => "Anywhere",
            Self::Browse | Self::List => "Browsing",
            Self::Detail => "Detail pane focused",
            Self::Search => "Searching",
            Self::Help => "This help",
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says the keys do.
    pub help: &'static str,
}

const fn b(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        scope,
        keys,
        action,
        help,
    }
}

use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};

/// The default key table, in the order help lists it. Earlier rows win.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(Scope::Everywhere, &[Key::ctrl('c')], Action::Quit, "quit"),
    b(Scope::Everywhere, &[Key::ctrl('z')], Action::Suspend, "suspend (fg to resume)"),
    b(Scope::List, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "next code"),
    b(Scope::List, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "previous code"),
    b(Scope::Browse, &[Key::plain(PageDown)], Action::PageDown, "page down"),
    b(Scope::Browse, &[Key::plain(PageUp)], Action::PageUp, "page up"),
    b(Scope::Browse, &[Key::ctrl('d')], Action::HalfPageDown, "half a page down"),
    b(Scope::Browse, &[Key::ctrl('u')], Action::HalfPageUp, "half a page up"),
    b(Scope::Browse, &[Key::plain(Home), Key::char('g')], Action::First, "first code"),
    b(Scope::Browse, &[Key::plain(End), Key::char('G')], Action::Last, "last code"),
    b(Scope::Browse, &[Key::char('/')], Action::StartSearch, "search"),
    b(Scope::Browse, &[Key::char('y')], Action::CopyExample, "copy the example response"),
    b(Scope::Browse, &[Key::char(']')], Action::NextExample, "next example"),
    b(Scope::Browse, &[Key::char('[')], Action::PreviousExample, "previous example"),
    b(Scope::Browse, &[Key::char('c')], Action::CopyStatusLine, "copy \"404 Not Found\""),
    b(Scope::Browse, &[Key::char('Y')], Action::CopySpecUrl, "copy the spec URL"),
    b(Scope::Browse, &[Key::plain(Tab), Key::plain(BackTab)], Action::ToggleFocus, "focus list / detail"),
    b(Scope::Browse, &[Key::char('J')], Action::ScrollDetailDown, "scroll detail down"),
    b(Scope::Browse, &[Key::char('K')], Action::ScrollDetailUp, "scroll detail up"),
    b(Scope::Browse, &[Key::char('?')], Action::ToggleHelp, "help"),
    b(Scope::Browse, &[Key::char('q'), Key::plain(Esc)], Action::Quit, "quit"),
    b(Scope::Detail, &[Key::plain(Down), Key::char('j')], Action::ScrollDetailDown, "scroll detail down"),
    b(Scope::Detail, &[Key::plain(Up), Key::char('k')], Action::ScrollDetailUp, "scroll detail up"),
    b(Scope::Search, &[Key::plain(Enter)], Action::AcceptSearch, "keep the filter, back to the list"),
    b(Scope::Search, &[Key::plain(Esc)], Action::CancelSearch, "clear the filter, back to the list"),
    b(Scope::Search, &[Key::plain(Down), Key::ctrl('n')], Action::MoveDown, "next match"),
    b(Scope::Search, &[Key::plain(Up), Key::ctrl('p')], Action::MoveUp, "previous match"),
    b(Scope::Search, &[Key::plain(Backspace)], Action::Backspace, "delete a character"),
    b(Scope::Search, &[Key::ctrl('u')], Action::ClearQuery, "clear the query"),
    b(Scope::Search, &[Key::ctrl('w')], Action::DeleteWord, "delete a word"),
    b(Scope::Help, &[Key::char('?'), Key::plain(Esc), Key::char('q')], Action::ToggleHelp, "close help"),
    b(Scope::Help, &[Key::plain(Down), Key::char('j')], Action::MoveDown, "scroll down"),
    b(Scope::Help, &[Key::plain(Up), Key::char('k')], Action::MoveUp, "scroll up"),
];

/// What `key` does in this mode and focus. In search mode a key that is not
/// bound there types itself, so `q` and `y` are text, never commands.
pub fn resolve(key: Key, mode: Mode, focus: Focus) -> Option<Action> {
    let bound = BINDINGS
        .iter()
        .find(|binding| binding.scope.applies(mode, focus) && binding.keys.contains(&key))
        .map(|binding| binding.action);
    match (bound, mode) {
        (Some(action), _) => Some(action),
        (None, Mode::Search) => key.typed_char().map(Action::Insert),
        (None, _) => None,
    }
}

/// The keys bound to `action` in `scope`, first the one hints show.
pub fn keys_for(action: Action, scope: Scope) -> Vec<Key> {
    BINDINGS
        .iter()
        .filter(|binding| binding.action == action && binding.scope == scope)
        .flat_map(|binding| binding.keys.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, first) in BINDINGS.iter().enumerate() {
            for second in &BINDINGS[i + 1..] {
                if first.scope == second.scope {
                    for key in first.keys {
                        assert!(!second.keys.contains(key), "{key} bound twice in {:?}", first.scope);
                    }
                }
            }
        }
    }

    #[test]
    fn shifted_characters_match_without_shift() {
        let event = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        let key = Key::from_event(event).unwrap();
        assert_eq!(resolve(key, Mode::Browse, Focus::List), Some(Action::ToggleHelp));
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            resolve(Key::from_event(event).unwrap(), Mode::Browse, Focus::List),
            Some(Action::Last)
        );
    }

    #[test]
    fn releases_are_ignored() {
        let mut event = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        event.kind = KeyEventKind::Release;
        assert_eq!(Key::from_event(event), None);
    }

    #[test]
    fn letters_are_text_in_search_mode() {
        for c in ['q', 'y', 'j', 'G', '?', '/', ' ', 'é'] {
            assert_eq!(
                resolve(Key::char(c), Mode::Search, Focus::List),
                Some(Action::Insert(c))
            );
        }
        assert_eq!(resolve(Key::ctrl('c'), Mode::Search, Focus::List), Some(Action::Quit));
        assert_eq!(
            resolve(Key::ctrl('u'), Mode::Search, Focus::List),
            Some(Action::ClearQuery)
        );
    }

    #[test]
    fn focus_decides_what_j_does() {
        assert_eq!(
            resolve(Key::char('j'), Mode::Browse, Focus::List),
            Some(Action::MoveDown)
        );
        assert_eq!(
            resolve(Key::char('j'), Mode::Browse, Focus::Detail),
            Some(Action::ScrollDetailDown)
        );
    }

    #[test]
    fn ctrl_letters_match_whatever_case_the_terminal_reports() {
        let event = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(
            resolve(Key::from_event(event).unwrap(), Mode::Browse, Focus::List),
            Some(Action::Quit)
        );
    }
}
