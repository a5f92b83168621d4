//! `config.toml`, parsed and checked as a whole: a mistake stops
//! statusbrowse with its line and column, never with half a config.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::Color;
use serde::Deserialize;
use toml::Spanned;

use super::{ClipboardChoice, Config};
use crate::catalog::Class;
use crate::present::theme::{Role, Theme};
use crate::tui::action::Action;
use crate::tui::keys::{Key, Keymap};
use crate::user_file::FileError;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    ui: RawUi,
    /// Class names (`4xx`) and colour roles (`selection`), each a colour.
    #[serde(default)]
    colors: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUi {
    clipboard: Option<ClipboardChoice>,
    mouse: Option<bool>,
    theme: Option<Spanned<String>>,
}

/// Parses and checks a config file; `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<Config, FileError> {
    let raw: RawConfig = toml::from_str(text).map_err(|error| FileError::toml(file, text, &error))?;
    let invalid = |offset: usize, message: String| FileError::at(file, text, offset, message);
    let (mut colors, mut roles) = (BTreeMap::new(), BTreeMap::new());
    for (name, value) in raw.colors {
        let color = Color::from_str(value.get_ref()).map_err(|_| {
            let message = format!(
                "{:?} is not a colour (a name like \"blue\", an index like \"208\", or \"#rrggbb\")",
                value.get_ref()
            );
            invalid(value.span().start, message)
        })?;
        if let Some(class) = Class::ALL.into_iter().find(|class| class.label() == name) {
            colors.insert(class, color);
        } else if let Some(role) = Role::ALL.into_iter().find(|role| role.name() == name) {
            roles.insert(role, color);
        } else {
            let known: Vec<&str> =
                Class::ALL.iter().map(|class| class.label()).chain(Role::ALL.iter().map(|role| role.name())).collect();
            let message = format!("{name:?} is not something to colour (one of {})", known.join(", "));
            return Err(invalid(value.span().start, message));
        }
    }
    let theme = match raw.ui.theme {
        Some(name) => Some(Theme::preset(name.get_ref()).ok_or_else(|| {
            invalid(name.span().start, format!("{:?} is not a theme (\"dark\" or \"light\")", name.get_ref()))
        })?),
        None => None,
    };
    let keymap = keymap(&raw.keys, &invalid)?;
    Ok(Config { clipboard: raw.ui.clipboard, mouse: raw.ui.mouse, theme, colors, roles, keymap })
}

type Bindings = BTreeMap<String, Spanned<Vec<Spanned<String>>>>;

/// The default keys with the `[keys]` table laid over them. Everything is
/// rebound first, then checked for clashes: a swap is only consistent once
/// both halves are in.
fn keymap(bindings: &Bindings, invalid: &impl Fn(usize, String) -> FileError) -> Result<Keymap, FileError> {
    let rebindable = Keymap::rebindable();
    let mut keymap = Keymap::default();
    let mut placed: Vec<(Action, usize)> = Vec::new();
    for (name, keys) in bindings {
        let Some(action) = rebindable.iter().copied().find(|action| action.config_name() == name) else {
            let names: Vec<&str> = rebindable.iter().map(|action| action.config_name()).collect();
            let message = format!("unknown action {name:?} in [keys]; the actions are {}", names.join(", "));
            return Err(invalid(keys.span().start, message));
        };
        if keys.get_ref().is_empty() {
            return Err(invalid(keys.span().start, format!("{name} needs at least one key")));
        }
        let mut parsed = Vec::new();
        for key in keys.get_ref() {
            parsed.push(Key::from_str(key.get_ref()).map_err(|message| invalid(key.span().start, message))?);
        }
        keymap.rebind(action, parsed).map_err(|message| invalid(keys.span().start, format!("{name}: {message}")))?;
        placed.push((action, keys.span().start));
    }
    if let Some(clash) = keymap.clash() {
        // Point at the user's line for one of the two actions.
        let (action, offset) = [clash.first.action, clash.second.action]
            .into_iter()
            .find_map(|action| placed.iter().find(|(placed, _)| *placed == action).copied())
            .unwrap_or((clash.first.action, 0));
        return Err(invalid(offset, format!("{}: {clash}", action.config_name())));
    }
    Ok(keymap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_FILE;
    use crate::present::theme::Theme;
    use crate::tui::app::{Focus, Mode};

    #[test]
    fn the_default_file_is_the_defaults() {
        let config = parse("default.toml", DEFAULT_FILE).expect("the shipped default parses");
        assert_eq!(config.keymap, Keymap::default());
        assert_eq!(config.clipboard, Some(ClipboardChoice::Auto));
        assert_eq!(config.mouse, Some(true));
        assert_eq!(config.theme(), Theme::COLOR, "the shipped colours are the dark preset's");
        // Every action a user may rebind is in the file, with its keys.
        for action in Keymap::rebindable() {
            assert!(DEFAULT_FILE.contains(&format!("\n{} = [", action.config_name())), "{action:?}");
        }
    }

    #[test]
    fn an_empty_file_changes_nothing() {
        assert_eq!(parse("c.toml", "").unwrap(), Config::default());
    }

    fn error(text: &str) -> String {
        parse("c.toml", text).unwrap_err().to_string()
    }

    #[test]
    fn a_preset_and_role_colours_make_the_theme() {
        let config = parse("c.toml", "[ui]\ntheme = \"light\"\n[colors]\nmatch = \"red\"\n").expect("valid");
        let red = Theme::LIGHT.with_roles(&BTreeMap::from([(Role::Match, Color::Red)]));
        assert_eq!(config.theme(), red);
        assert_ne!(Theme::LIGHT.selected(), Theme::COLOR.selected(), "light has its own selection");
        assert_eq!(config.theme().matched().fg, Some(Color::Red));
    }

    #[test]
    fn mistakes_are_named_with_their_position() {
        assert!(error("[ui]\nmouse = \"yes\"\n").starts_with("c.toml:2:9: "), "{}", error("[ui]\nmouse = \"yes\"\n"));
        assert!(
            error("[ui]\ncolour = 1\n").contains("c.toml:2:1: unknown field `colour`"),
            "{}",
            error("[ui]\ncolour = 1\n")
        );
        assert!(error("[ui]\nclipboard = \"x11\"\n").starts_with("c.toml:2:13: "));
        let color = error("[colors]\n4xx = \"chartreuse-ish\"\n");
        assert!(color.starts_with("c.toml:2:7: \"chartreuse-ish\" is not a colour"), "{color}");
        let class = error("[colors]\n6xx = \"red\"\n");
        assert!(class.starts_with("c.toml:2:7: \"6xx\" is not something to colour"), "{class}");
        assert!(class.contains("4xx") && class.contains("selection"), "it names what can be: {class}");
        let theme = error("[ui]\ntheme = \"solarized\"\n");
        assert!(theme.starts_with("c.toml:2:9: \"solarized\" is not a theme"), "{theme}");
        let action = error("[keys]\nteleport = [\"t\"]\n");
        assert!(action.starts_with("c.toml:2:12: unknown action \"teleport\""), "{action}");
        assert!(action.contains("copy_example") && !action.contains("accept_search"), "{action}");
        let key = error("[keys]\nquit = [\"q\", \"hyper-q\"]\n");
        assert!(key.starts_with("c.toml:2:14: \"hyper-q\" is not a key"), "{key}");
        let clash = error("[keys]\ncopy_example = [\"j\"]\n");
        assert!(clash.starts_with("c.toml:2:16: copy_example: j would both"), "{clash}");
        let typed = error("[keys]\nquit = [\"q\"]\nsuspend = [\"a\"]\n");
        assert!(typed.starts_with("c.toml:3:11: suspend: a would type in the search"), "{typed}");
        let unsendable = error("[keys]\nhelp = [\"?\", \"ctrl-[\"]\n");
        assert!(unsendable.starts_with("c.toml:2:14: \"ctrl-[\" is a key no terminal sends"), "{unsendable}");
    }

    #[test]
    fn settings_apply() {
        let config = parse(
            "c.toml",
            "[ui]\nclipboard = \"osc52\"\nmouse = false\n[colors]\n4xx = \"#ff8800\"\n[keys]\ncopy_example = [\"x\"]\n",
        )
        .unwrap();
        assert_eq!((config.clipboard, config.mouse), (Some(ClipboardChoice::Osc52), Some(false)));
        assert_eq!(config.colors, BTreeMap::from([(Class::ClientError, Color::Rgb(0xff, 0x88, 0))]));
        assert_eq!(config.keymap.resolve(Key::char('x'), Mode::Browse, Focus::List), Some(Action::CopyExample));
    }
}
