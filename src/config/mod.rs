//! The user's settings: `config.toml` in statusbrowse's config directory.
//! The whole file is read and checked before anything starts, so a mistake
//! stops statusbrowse with its line and column, never with half a config.

mod paths;

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::Color;
use serde::Deserialize;
use thiserror::Error;
use toml::Spanned;

pub use paths::{Paths, read_if_present};

use crate::catalog::{Class, Location};
use crate::tui::clipboard::Choice;
use crate::tui::keymap::{CONFIGURABLE, Key, Keymap};

/// The commented default file `statusbrowse config --default` prints.
pub const DEFAULT_FILE: &str = include_str!("../../assets/config.toml");

/// Settings as read; `None` where the file is silent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub clipboard: Option<Choice>,
    pub mouse: Option<bool>,
    pub colors: Vec<(Class, Color)>,
    pub keymap: Keymap,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    #[error("{at}: {message}")]
    Invalid { at: Location, message: String },
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    ui: RawUi,
    #[serde(default)]
    colors: RawColors,
    #[serde(default)]
    keys: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUi {
    clipboard: Option<Choice>,
    mouse: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawColors {
    #[serde(rename = "1xx")]
    informational: Option<Spanned<String>>,
    #[serde(rename = "2xx")]
    successful: Option<Spanned<String>>,
    #[serde(rename = "3xx")]
    redirection: Option<Spanned<String>>,
    #[serde(rename = "4xx")]
    client_error: Option<Spanned<String>>,
    #[serde(rename = "5xx")]
    server_error: Option<Spanned<String>>,
    nonstandard: Option<Spanned<String>>,
}

/// Parses and checks a config file; `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<Config, ConfigError> {
    let invalid =
        |offset: usize, message: String| ConfigError::Invalid { at: Location::at(file, text, offset), message };
    let raw: RawConfig = toml::from_str(text)
        .map_err(|error| invalid(error.span().map_or(0, |span| span.start), error.message().trim_end().to_owned()))?;
    let mut config = Config { clipboard: raw.ui.clipboard, mouse: raw.ui.mouse, ..Config::default() };
    let colors = raw.colors;
    for (class, value) in [
        (Class::Informational, colors.informational),
        (Class::Successful, colors.successful),
        (Class::Redirection, colors.redirection),
        (Class::ClientError, colors.client_error),
        (Class::ServerError, colors.server_error),
        (Class::Nonstandard, colors.nonstandard),
    ] {
        let Some(value) = value else { continue };
        let color = Color::from_str(value.get_ref()).map_err(|_| {
            invalid(
                value.span().start,
                format!(
                    "{:?} is not a colour (a name like \"blue\", an index like \"208\", or \"#rrggbb\")",
                    value.get_ref()
                ),
            )
        })?;
        config.colors.push((class, color));
    }
    // Rebind everything first, then look for clashes: a swap is only
    // consistent once both halves are in.
    let mut placed: Vec<(&str, usize)> = Vec::new();
    for (name, keys) in &raw.keys {
        let Some((_, action)) = CONFIGURABLE.iter().find(|(known, _)| *known == name) else {
            let names: Vec<&str> = CONFIGURABLE.iter().map(|(known, _)| *known).collect();
            return Err(invalid(
                keys.span().start,
                format!("unknown action {name:?} in [keys]; the actions are {}", names.join(", ")),
            ));
        };
        if keys.get_ref().is_empty() {
            return Err(invalid(keys.span().start, format!("{name} needs at least one key")));
        }
        let mut parsed = Vec::new();
        for key in keys.get_ref() {
            parsed.push(Key::from_str(key.get_ref()).map_err(|message| invalid(key.span().start, message))?);
        }
        config
            .keymap
            .rebind(*action, parsed)
            .map_err(|message| invalid(keys.span().start, format!("{name}: {message}")))?;
        placed.push((name, keys.span().start));
    }
    if let Some(clash) = config.keymap.clash() {
        // Point at the user's line for one of the two actions.
        let named = |action| CONFIGURABLE.iter().find(|(_, known)| *known == action).map(|(name, _)| *name);
        let (name, offset) = [clash.first.action, clash.second.action]
            .into_iter()
            .filter_map(named)
            .find_map(|name| placed.iter().find(|(placed, _)| *placed == name).copied())
            .unwrap_or(("keys", 0));
        return Err(invalid(offset, format!("{name}: {clash}")));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_is_the_defaults() {
        let config = parse("default.toml", DEFAULT_FILE).expect("the shipped default parses");
        assert_eq!(config.keymap, Keymap::default());
        assert_eq!(config.clipboard, Some(Choice::Auto));
        assert_eq!(config.mouse, Some(true));
        let theme = crate::tui::view::theme::Theme::COLOR.with_classes(&config.colors);
        assert_eq!(theme, crate::tui::view::theme::Theme::COLOR);
    }

    #[test]
    fn an_empty_file_changes_nothing() {
        assert_eq!(parse("c.toml", "").unwrap(), Config::default());
    }

    fn error(text: &str) -> String {
        parse("c.toml", text).unwrap_err().to_string()
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
        let action = error("[keys]\nteleport = [\"t\"]\n");
        assert!(action.starts_with("c.toml:2:12: unknown action \"teleport\""), "{action}");
        let key = error("[keys]\nquit = [\"q\", \"hyper-q\"]\n");
        assert!(key.starts_with("c.toml:2:14: \"hyper-q\" is not a key"), "{key}");
        let clash = error("[keys]\ncopy_example = [\"j\"]\n");
        assert!(clash.starts_with("c.toml:2:16: copy_example: j would both"), "{clash}");
    }

    #[test]
    fn settings_apply() {
        let config = parse(
            "c.toml",
            "[ui]\nclipboard = \"osc52\"\nmouse = false\n[colors]\n4xx = \"#ff8800\"\n[keys]\ncopy_example = [\"x\"]\n",
        )
        .unwrap();
        assert_eq!((config.clipboard, config.mouse), (Some(Choice::Osc52), Some(false)));
        assert_eq!(config.colors, [(Class::ClientError, Color::Rgb(0xff, 0x88, 0))]);
        use crate::tui::action::Action;
        use crate::tui::app::{Focus, Mode};
        assert_eq!(config.keymap.resolve(Key::char('x'), Mode::Browse, Focus::List), Some(Action::CopyExample));
    }
}
