//! A key as bindings see it: normalised from the terminal's event at the
//! edge, shown in help, and parsed from the names a config file uses.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

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

    pub const fn alt(code: KeyCode) -> Self {
        Self { code, ctrl: false, alt: true }
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
    pub(super) fn typed_char(self) -> Option<char> {
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

impl FromStr for Key {
    type Err = String;

    /// `j`, `G`, `?`, `ctrl-d`, `alt-x`, `enter`, `esc`, `tab`, `shift-tab`,
    /// `up`, `down`, `left`, `right`, `pgup`, `pgdn`, `home`, `end`,
    /// `space`, `backspace`, `f1`..`f12`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut rest = text;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            let (flag, prefix) = if lower.starts_with("ctrl-") {
                (&mut ctrl, "ctrl-")
            } else if lower.starts_with("alt-") {
                (&mut alt, "alt-")
            } else {
                break;
            };
            if rest.chars().count() == prefix.len() {
                break;
            }
            if std::mem::replace(flag, true) {
                return Err(format!("{text:?} names {} twice", prefix.trim_end_matches('-')));
            }
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => named(&rest.to_ascii_lowercase())
                .ok_or_else(|| format!("{text:?} is not a key (try \"j\", \"ctrl-d\", \"pgdn\", \"enter\")"))?,
        };
        let key = Self { code, ctrl, alt };
        if !key.can_be_sent() {
            return Err(format!(
                "{text:?} is a key no terminal sends: with ctrl, use a letter (not m, which is Enter; i \
                 is Tab except in terminals with the kitty keyboard protocol), a space or 4-7; ctrl-[ is esc"
            ));
        }
        Ok(key)
    }
}

impl Key {
    /// Whether a terminal can send this key as statusbrowse reads keys
    /// (no keyboard-enhancement protocol): Ctrl works only with what has a
    /// control byte of its own. Ctrl-I and Ctrl-M arrive as Tab and Enter.
    fn can_be_sent(self) -> bool {
        match self.code {
            // Ctrl-i reaches us only where the terminal speaks the kitty
            // keyboard protocol (elsewhere it is Tab); Ctrl-m never does.
            KeyCode::Char(c) if self.ctrl => {
                (c.is_ascii_lowercase() && c != 'm') || ('4'..='7').contains(&c) || c == ' '
            }
            _ => true,
        }
    }
}

/// A key by its config-file name, lower case.
fn named(name: &str) -> Option<KeyCode> {
    Some(match name {
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
        function => {
            let number: u8 = function.strip_prefix('f')?.parse().ok()?;
            return (1..=12).contains(&number).then_some(KeyCode::F(number));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_from_config_names() {
        assert_eq!("ctrl-D".parse::<Key>(), Ok(Key::ctrl('d')));
        assert_eq!("G".parse::<Key>(), Ok(Key::char('G')));
        assert_eq!("pgdn".parse::<Key>(), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!("F12".parse::<Key>(), Ok(Key::plain(KeyCode::F(12))));
        assert_eq!("-".parse::<Key>(), Ok(Key::char('-')));
        assert!("f13".parse::<Key>().is_err());
        assert!("f".parse::<Key>().is_ok(), "a lone f is the letter");
        assert!("ctrl-".parse::<Key>().is_err(), "a modifier needs a key");
        assert!("hyper-x".parse::<Key>().is_err());
        assert!("".parse::<Key>().is_err());
        assert!("ctrl--".parse::<Key>().is_err_and(|message| message.contains("no terminal sends")));
    }

    #[test]
    fn keys_no_terminal_sends_are_refused() {
        for text in ["ctrl-[", "ctrl-é", "ctrl-M", "ctrl-/", "ctrl-ctrl-q", "alt-alt-x", "ctrl-alt-ctrl-x"] {
            assert!(text.parse::<Key>().is_err(), "{text} was accepted");
        }
        // ctrl-i: sent apart from Tab by terminals with the kitty protocol.
        for text in ["ctrl-a", "ctrl-Z", "ctrl-i", "ctrl-space", "ctrl-4", "alt-é", "ctrl-alt-x", "alt-[", "ctrl-up"] {
            assert!(text.parse::<Key>().is_ok(), "{text} was refused");
        }
    }

    #[test]
    fn releases_are_ignored() {
        let mut event = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        event.kind = KeyEventKind::Release;
        assert_eq!(Key::from_event(event), None);
    }

    #[test]
    fn ctrl_letters_fold_to_lower_case() {
        let event = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(event), Some(Key::ctrl('c')));
    }
}
