//! Everything read before statusbrowse does anything: the config file and
//! the user's catalogs. All of it is checked first; any mistake stops the
//! program with its file, line and column, before a screen is touched.

use std::path::Path;

use crate::catalog::{Catalog, read_user_file};
use crate::config::{self, Config, Paths, read_if_present};
use crate::tui::Options;
use crate::tui::clipboard::Choice;
use crate::tui::view::theme::Theme;

use super::args::Args;

pub struct Settings {
    pub config: Config,
    pub catalog: Catalog,
}

pub fn load(args: &Args) -> Result<Settings, String> {
    let paths = Paths::from_env();
    let read = |path: &Path| read_user_file(path).map_err(|error| error.to_string());
    let config = match paths.config_file() {
        Some(file) => match read_if_present(&file, read)? {
            Some(text) => config::parse(&file.display().to_string(), &text).map_err(|error| error.to_string())?,
            None => Config::default(),
        },
        None => Config::default(),
    };
    let mut files = Vec::new();
    if let Some(file) = paths.catalog_file()
        && let Some(text) = read_if_present(&file, read)?
    {
        files.push((file.display().to_string(), text));
    }
    for path in &args.catalog {
        files.push((path.display().to_string(), read(path)?));
    }
    let catalog = Catalog::with_user_files(&files).map_err(|error| match error {
        crate::catalog::CatalogError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|problem| format!("  {problem}")).collect();
            format!("your catalog has {} problem(s):\n{}", problems.len(), lines.join("\n"))
        }
        other => other.to_string(),
    })?;
    Ok(Settings { config, catalog })
}

impl Settings {
    /// The theme: colour as decided, class colours from the config.
    pub fn theme(&self, color: bool) -> Theme {
        let base = if color { Theme::COLOR } else { Theme::MONOCHROME };
        base.with_classes(&self.config.colors)
    }

    /// Flags first, then the environment (clap reads it), then the file.
    pub fn browser_options(&self, args: &Args) -> Options {
        Options {
            clipboard: args.clipboard.or(self.config.clipboard).unwrap_or(Choice::Auto),
            mouse: !args.no_mouse && self.config.mouse.unwrap_or(true),
            keymap: self.config.keymap.clone(),
            theme: Theme::from_env().with_classes(&self.config.colors),
        }
    }
}
