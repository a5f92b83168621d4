//! Where statusbrowse looks for the user's files.

use std::path::PathBuf;

/// statusbrowse's config directory and the files in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub dir: Option<PathBuf>,
}

impl Paths {
    /// `$XDG_CONFIG_HOME/statusbrowse` when set (on every platform, as
    /// command-line users expect), otherwise the platform's config
    /// directory (`~/.config`, `~/Library/Application Support`, `%APPDATA%`).
    pub fn from_env() -> Self {
        let xdg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).filter(|path| path.is_absolute());
        Self { dir: xdg.or_else(dirs::config_dir).map(|dir| dir.join("statusbrowse")) }
    }

    pub fn config_file(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join("config.toml"))
    }

    pub fn catalog_file(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join("catalog.toml"))
    }
}
