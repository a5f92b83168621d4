//! What the user chose: `config.toml` and their catalog files in
//! statusbrowse's config directory, the command line's flags and the
//! environment, typed end to end and resolved in one place (flag, then
//! environment, then file, then default).

mod clipboard;
mod file;
mod load;
mod paths;
mod read;

use std::collections::BTreeMap;

use ratatui::style::Color;

pub use clipboard::ClipboardChoice;
pub use file::parse;
pub use load::{LoadError, Loaded, load};
pub use paths::Paths;

use crate::catalog::Class;
use crate::present::theme::{Role, Theme};
use crate::tui::keys::Keymap;

/// The commented default file `statusbrowse config --default` prints.
pub const DEFAULT_FILE: &str = include_str!("../../assets/config.toml");

/// Settings as the file has them; `None` where it is silent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub clipboard: Option<ClipboardChoice>,
    pub mouse: Option<bool>,
    /// The preset `[ui] theme` names.
    pub theme: Option<Theme>,
    /// The classes whose colour the file sets.
    pub colors: BTreeMap<Class, Color>,
    /// The colour roles the file sets (`selection`, `match`, ...).
    pub roles: BTreeMap<Role, Color>,
    /// The defaults with the file's `[keys]` laid over them.
    pub keymap: Keymap,
}

/// What the command line says about the browser: its flags, and the
/// environment variables clap reads for them (`STATUSBROWSE_CLIPBOARD`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Overrides {
    pub clipboard: Option<ClipboardChoice>,
    pub no_mouse: bool,
}

/// The browser's settings in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub clipboard: ClipboardChoice,
    pub mouse: bool,
    pub keymap: Keymap,
    /// The colours in force, before `NO_COLOR` or `--color` have a say.
    pub theme: Theme,
}

impl Config {
    /// The settings in force: the command line (flags, then the
    /// environment) over this file, over the defaults.
    pub fn settings(&self, overrides: Overrides) -> Settings {
        Settings {
            clipboard: overrides.clipboard.or(self.clipboard).unwrap_or_default(),
            mouse: !overrides.no_mouse && self.mouse.unwrap_or(true),
            keymap: self.keymap.clone(),
            theme: self.theme(),
        }
    }

    /// The preset the file names (dark by default) with its colours laid
    /// over it.
    pub fn theme(&self) -> Theme {
        self.theme.unwrap_or(Theme::COLOR).with_classes(&self.colors).with_roles(&self.roles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_wins_over_the_file_over_the_default() {
        let file = parse("config.toml", "[ui]\nclipboard = \"osc52\"\nmouse = false\n").expect("valid");
        let none = Overrides::default();
        assert_eq!(file.settings(none).clipboard, ClipboardChoice::Osc52, "the file, when nothing else says");
        let flag = Overrides { clipboard: Some(ClipboardChoice::System), no_mouse: false };
        assert_eq!(file.settings(flag).clipboard, ClipboardChoice::System, "the flag (or environment) wins");
        assert!(!file.settings(flag).mouse, "no --no-mouse does not turn the file's false into true");
        let empty = Config::default();
        assert_eq!(empty.settings(none).clipboard, ClipboardChoice::Auto, "auto without a setting");
        assert!(empty.settings(none).mouse);
        assert!(!empty.settings(Overrides { no_mouse: true, ..none }).mouse);
        let keys = parse("config.toml", "[keys]\ncopy_example = [\"x\"]\n").expect("valid");
        assert_eq!(keys.settings(none).keymap, keys.keymap, "the keys in force go to the browser");
    }
}
