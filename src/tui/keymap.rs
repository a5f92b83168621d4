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
        Self { code, ctrl: false, alt: false }
    }

    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self { code: KeyCode::Char(c), ctrl: true, alt: false }
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub action: Action,
    /// What the help overlay says the keys do.
    pub help: &'static str,
}

/// A row of the default table.
struct Default {
    scope: Scope,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
}

const fn b(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> Default {
    Default { scope, keys, action, help }
}

use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};

/// The default key table, in the order help lists it. Earlier rows win.
#[rustfmt::skip]
const DEFAULTS: &[Default] = &[
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

/// Actions a user may bind in the config file, by the name used there.
/// Typing keys (in search) and the help overlay's own keys stay fixed.
pub const CONFIGURABLE: &[(&str, Action)] = &[
    ("move_down", Action::MoveDown),
    ("move_up", Action::MoveUp),
    ("page_down", Action::PageDown),
    ("page_up", Action::PageUp),
    ("half_page_down", Action::HalfPageDown),
    ("half_page_up", Action::HalfPageUp),
    ("first", Action::First),
    ("last", Action::Last),
    ("search", Action::StartSearch),
    ("copy_example", Action::CopyExample),
    ("next_example", Action::NextExample),
    ("previous_example", Action::PreviousExample),
    ("copy_status_line", Action::CopyStatusLine),
    ("copy_spec_url", Action::CopySpecUrl),
    ("toggle_focus", Action::ToggleFocus),
    ("scroll_detail_down", Action::ScrollDetailDown),
    ("scroll_detail_up", Action::ScrollDetailUp),
    ("help", Action::ToggleHelp),
    ("quit", Action::Quit),
    ("suspend", Action::Suspend),
];

/// One key bound to two actions that can apply at the same moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub key: Key,
    pub first: Binding,
    pub second: Binding,
}

impl fmt::Display for Clash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} would both {} and {}", self.key, self.first.help, self.second.help)
    }
}

/// The key table in force: the defaults with the user's bindings applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl std::default::Default for Keymap {
    fn default() -> Self {
        Self {
            bindings: DEFAULTS
                .iter()
                .map(|row| Binding { scope: row.scope, keys: row.keys.to_vec(), action: row.action, help: row.help })
                .collect(),
        }
    }
}

impl Keymap {
    /// Binds `action` to `keys` instead of its default keys, wherever it is
    /// bound while browsing. Ctrl-c keeps quitting from anywhere whatever
    /// else changes. Apply every rebinding, then ask [`Keymap::clash`]: a
    /// swap (c for y, y for c) clashes half-way and is fine at the end.
    pub fn rebind(&mut self, action: Action, keys: Vec<Key>) -> Result<(), String> {
        let browsing = |scope: Scope| matches!(scope, Scope::Browse | Scope::List);
        let only_everywhere = !self.bindings.iter().any(|binding| binding.action == action && browsing(binding.scope));
        let target = |scope: Scope| if only_everywhere { scope == Scope::Everywhere } else { browsing(scope) };
        let mut found = false;
        for binding in &mut self.bindings {
            if binding.action == action && target(binding.scope) {
                binding.keys = if found { Vec::new() } else { keys.clone() };
                found = true;
            }
        }
        if !found {
            return Err("this action cannot be bound".to_owned());
        }
        self.bindings.retain(|binding| !binding.keys.is_empty());
        Ok(())
    }

    /// A key that would do two things where both bindings apply at once.
    pub fn clash(&self) -> Option<Clash> {
        let overlap = |a: Scope, b: Scope| {
            a == b
                || matches!((a, b), (Scope::Everywhere, _) | (_, Scope::Everywhere))
                || matches!(
                    (a, b),
                    (Scope::Browse, Scope::List | Scope::Detail) | (Scope::List | Scope::Detail, Scope::Browse)
                )
        };
        for (index, first) in self.bindings.iter().enumerate() {
            for second in &self.bindings[index + 1..] {
                if first.action == second.action || !overlap(first.scope, second.scope) {
                    continue;
                }
                if let Some(key) = first.keys.iter().find(|key| second.keys.contains(key)) {
                    return Some(Clash { key: *key, first: first.clone(), second: second.clone() });
                }
            }
        }
        None
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// What `key` does in this mode and focus. In search mode a key that is
    /// not bound there types itself, so `q` and `y` are text, never commands.
    pub fn resolve(&self, key: Key, mode: Mode, focus: Focus) -> Option<Action> {
        let bound = self
            .bindings
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
    pub fn keys_for(&self, action: Action, scope: Scope) -> Vec<Key> {
        self.bindings
            .iter()
            .filter(|binding| binding.action == action && binding.scope == scope)
            .flat_map(|binding| binding.keys.iter().copied())
            .collect()
    }
}

impl std::str::FromStr for Key {
    type Err = String;

    /// `j`, `G`, `?`, `ctrl-d`, `alt-x`, `enter`, `esc`, `tab`, `shift-tab`,
    /// `up`, `down`, `left`, `right`, `pgup`, `pgdn`, `home`, `end`,
    /// `space`, `backspace`, `f1`..`f12`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut rest = text;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 1 && lower.starts_with("ctrl-") {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.chars().count() > 1 && lower.starts_with("alt-") {
                alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "shift-tab" | "backtab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                f if f.starts_with('f') && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) => {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                _ => return Err(format!("{text:?} is not a key (try \"j\", \"ctrl-d\", \"pgdn\", \"enter\")")),
            },
        };
        Ok(Self { code, ctrl, alt })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(key: Key, mode: Mode, focus: Focus) -> Option<Action> {
        Keymap::default().resolve(key, mode, focus)
    }

    #[test]
    fn the_defaults_bind_no_key_twice() {
        assert_eq!(Keymap::default().clash(), None);
    }

    #[test]
    fn keys_parse_from_config_names() {
        assert_eq!("ctrl-D".parse::<Key>(), Ok(Key::ctrl('d')));
        assert_eq!("G".parse::<Key>(), Ok(Key::char('G')));
        assert_eq!("pgdn".parse::<Key>(), Ok(Key::plain(PageDown)));
        assert_eq!("-".parse::<Key>(), Ok(Key::char('-')));
        assert!("ctrl-".parse::<Key>().is_err(), "a modifier needs a key");
        assert!("hyper-x".parse::<Key>().is_err());
        assert!("".parse::<Key>().is_err());
    }

    #[test]
    fn rebinding_replaces_the_keys_and_catches_clashes() {
        let mut keymap = Keymap::default();
        keymap.rebind(Action::CopyExample, vec![Key::char('x')]).unwrap();
        assert_eq!(keymap.clash(), None);
        assert_eq!(keymap.resolve(Key::char('x'), Mode::Browse, Focus::List), Some(Action::CopyExample));
        assert_eq!(keymap.resolve(Key::char('y'), Mode::Browse, Focus::List), None);
        let mut clashing = keymap.clone();
        clashing.rebind(Action::CopyExample, vec![Key::char('j')]).unwrap();
        let clash = clashing.clash().expect("j moves and copies").to_string();
        assert!(clash.contains("next code") && clash.contains("copy the example"), "{clash}");
        let mut clashing = keymap.clone();
        clashing.rebind(Action::Last, vec![Key::ctrl('c')]).unwrap();
        assert!(clashing.clash().expect("ctrl-c").to_string().contains("quit"));
        keymap.rebind(Action::Quit, vec![Key::char('Q')]).unwrap();
        assert_eq!(keymap.resolve(Key::ctrl('c'), Mode::Search, Focus::List), Some(Action::Quit), "Ctrl-c stays");
        assert_eq!(keymap.resolve(Key::char('Q'), Mode::Search, Focus::List), Some(Action::Insert('Q')));
        keymap.rebind(Action::Suspend, vec![Key::ctrl('s')]).unwrap();
        assert_eq!(keymap.resolve(Key::ctrl('s'), Mode::Browse, Focus::List), Some(Action::Suspend));
    }

    #[test]
    fn a_swap_is_not_a_clash() {
        let mut keymap = Keymap::default();
        keymap.rebind(Action::CopyExample, vec![Key::char('c')]).unwrap();
        keymap.rebind(Action::CopyStatusLine, vec![Key::char('y')]).unwrap();
        assert_eq!(keymap.clash(), None);
        assert_eq!(keymap.resolve(Key::char('c'), Mode::Browse, Focus::List), Some(Action::CopyExample));
    }

    #[test]
    fn shifted_characters_match_without_shift() {
        let event = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        let key = Key::from_event(event).unwrap();
        assert_eq!(resolve(key, Mode::Browse, Focus::List), Some(Action::ToggleHelp));
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Key::from_event(event).unwrap(), Mode::Browse, Focus::List), Some(Action::Last));
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
            assert_eq!(resolve(Key::char(c), Mode::Search, Focus::List), Some(Action::Insert(c)));
        }
        assert_eq!(resolve(Key::ctrl('c'), Mode::Search, Focus::List), Some(Action::Quit));
        assert_eq!(resolve(Key::ctrl('u'), Mode::Search, Focus::List), Some(Action::ClearQuery));
    }

    #[test]
    fn focus_decides_what_j_does() {
        assert_eq!(resolve(Key::char('j'), Mode::Browse, Focus::List), Some(Action::MoveDown));
        assert_eq!(resolve(Key::char('j'), Mode::Browse, Focus::Detail), Some(Action::ScrollDetailDown));
    }

    #[test]
    fn ctrl_letters_match_whatever_case_the_terminal_reports() {
        let event = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(resolve(Key::from_event(event).unwrap(), Mode::Browse, Focus::List), Some(Action::Quit));
    }
}
