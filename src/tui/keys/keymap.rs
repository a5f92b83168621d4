//! The key table in force: which key does what, in which mode, and the
//! user's rebindings laid over the defaults.

use std::borrow::Cow;
use std::fmt;

use super::defaults::DEFAULTS;
use super::key::Key;
use crate::tui::action::Action;
use crate::tui::app::{Focus, Mode};

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
    Related,
    /// The comparison grid.
    Compare,
    /// The guide: digits answer.
    Guide,
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
            Self::Related => mode == Mode::Related,
            Self::Compare => mode == Mode::Compare,
            Self::Guide => mode == Mode::Guide,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Everywhere => "Anywhere",
            Self::Browse | Self::List => "Browsing",
            Self::Detail => "Detail pane focused",
            Self::Search => "Searching",
            Self::Help => "This help",
            Self::Related => "Related codes (r)",
            Self::Compare => "Comparing (=)",
            Self::Guide => "The guide (w): digits answer",
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub scope: Scope,
    /// The default keys are borrowed from the table: every command line
    /// reads the config, and the defaults were 73 allocations of it.
    pub keys: Cow<'static, [Key]>,
    pub action: Action,
    /// What the help overlay says the keys do.
    pub help: &'static str,
}

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

impl Default for Keymap {
    fn default() -> Self {
        Self {
            bindings: DEFAULTS
                .iter()
                .map(|row| Binding {
                    scope: row.scope,
                    keys: Cow::Borrowed(row.keys),
                    action: row.action,
                    help: row.help,
                })
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
        // What works everywhere works while typing a search too, where a
        // key that types a character must type it.
        if only_everywhere && let Some(typed) = keys.iter().find(|key| key.typed_char().is_some()) {
            return Err(format!(
                "{typed} would type in the search, where this action works too: bind a key with ctrl or alt, \
                 or a named key"
            ));
        }
        let target = |scope: Scope| if only_everywhere { scope == Scope::Everywhere } else { browsing(scope) };
        let mut found = false;
        for binding in &mut self.bindings {
            if binding.action == action && target(binding.scope) {
                binding.keys = if found { Cow::Borrowed(&[]) } else { Cow::Owned(keys.clone()) };
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

    /// The actions a config file may rebind, each once, in table order:
    /// those bound while browsing or everywhere. Typing keys (in search) and
    /// the help overlay's own keys stay fixed.
    pub fn rebindable() -> Vec<Action> {
        let mut actions: Vec<Action> = Vec::new();
        for binding in DEFAULTS {
            if matches!(binding.scope, Scope::Everywhere | Scope::Browse | Scope::List)
                && !actions.contains(&binding.action)
            {
                actions.push(binding.action);
            }
        }
        actions
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
            // A digit can only be the start of a code: it starts a search.
            (None, Mode::Browse) => key.typed_char().filter(char::is_ascii_digit).map(Action::Insert),
            // The guide's answers are numbered.
            (None, Mode::Guide) => key.typed_char().filter(char::is_ascii_digit).map(Action::Insert),
            (None, Mode::Help | Mode::Related | Mode::Compare) => None,
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

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    fn resolve(key: Key, mode: Mode, focus: Focus) -> Option<Action> {
        Keymap::default().resolve(key, mode, focus)
    }

    #[test]
    fn the_defaults_bind_no_key_twice() {
        assert_eq!(Keymap::default().clash(), None);
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
        let typed = keymap.rebind(Action::Suspend, vec![Key::char('a')]).unwrap_err();
        assert!(typed.contains("would type in the search"), "{typed}");
        assert_eq!(keymap.resolve(Key::char('a'), Mode::Search, Focus::List), Some(Action::Insert('a')));
    }

    #[test]
    fn the_rebindable_actions_are_those_bound_while_browsing() {
        let actions = Keymap::rebindable();
        assert_eq!(actions.len(), 34);
        for action in [Action::Quit, Action::Suspend, Action::MoveDown, Action::CopyExample, Action::ToggleHelp] {
            assert!(actions.contains(&action), "{action:?}");
        }
        for action in [Action::AcceptSearch, Action::DeleteWord, Action::Insert('x')] {
            assert!(!actions.contains(&action), "{action:?}");
        }
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
