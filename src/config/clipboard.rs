//! The user's clipboard choice, and where it sends copies on this machine.

use crate::tui::clipboard::{Route, Routing};

/// Which clipboard to use, as the user asked for it (flag, environment or
/// config file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardChoice {
    /// The system clipboard where a display is reachable, OSC 52 otherwise.
    #[default]
    Auto,
    System,
    Osc52,
}

impl ClipboardChoice {
    /// Where copies go, from the choice and the environment: over SSH, or
    /// on Linux with neither `DISPLAY` nor `WAYLAND_DISPLAY`, only the
    /// terminal can reach the user's clipboard. Only `auto` may fall back
    /// to OSC 52 when the system clipboard fails: an explicit choice is
    /// kept, and its failure reported.
    pub fn routing(self, env: impl Fn(&str) -> Option<String>) -> Routing {
        let set = |name: &str| env(name).is_some_and(|value| !value.is_empty());
        let route = match self {
            Self::System => Route::System,
            Self::Osc52 => Route::Osc52,
            Self::Auto if set("SSH_CONNECTION") || set("SSH_TTY") => Route::Osc52,
            Self::Auto if cfg!(target_os = "linux") && !set("DISPLAY") && !set("WAYLAND_DISPLAY") => Route::Osc52,
            Self::Auto => Route::System,
        };
        Routing { route, fallback: self == Self::Auto }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_follows_the_environment_and_only_auto_falls_back() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
        };
        let route = |choice: ClipboardChoice, pairs| choice.routing(env(pairs)).route;
        assert_eq!(route(ClipboardChoice::Auto, &[("SSH_CONNECTION", "1 2 3 4"), ("DISPLAY", ":0")]), Route::Osc52);
        assert_eq!(route(ClipboardChoice::Auto, &[("DISPLAY", ":0")]), Route::System);
        assert_eq!(route(ClipboardChoice::Auto, &[("WAYLAND_DISPLAY", "wayland-0")]), Route::System);
        if cfg!(target_os = "linux") {
            assert_eq!(route(ClipboardChoice::Auto, &[("DISPLAY", "")]), Route::Osc52);
        }
        assert_eq!(route(ClipboardChoice::Osc52, &[("DISPLAY", ":0")]), Route::Osc52);
        assert_eq!(route(ClipboardChoice::System, &[]), Route::System);
        assert!(ClipboardChoice::Auto.routing(env(&[])).fallback);
        assert!(!ClipboardChoice::System.routing(env(&[])).fallback);
    }
}
