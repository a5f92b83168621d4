//! Everything read before statusbrowse does anything: the config file and
//! the user's catalogs. All of it is checked first; any mistake stops the
//! program with its file, line and column, before a screen is touched.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::read::read_user_file;
use super::{Config, Paths, file};
use crate::catalog::{Catalog, CatalogError};
use crate::user_file::FileError;

/// The user's settings and the catalog with their files laid over ours.
pub struct Loaded {
    pub config: Config,
    pub catalog: Catalog,
    /// What the user should know but that stops nothing: a config directory
    /// that cannot be read, so its files were not applied.
    pub warnings: Vec<String>,
}

#[derive(Debug, Error)]
pub enum LoadError {
    #[error(transparent)]
    Config(FileError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// Catalog files from this size on take a moment to load: `load` says so
/// before it starts on one.
const SAY_LOADING_FROM: u64 = 1 << 20;

/// Reads `config.toml` and `catalog.toml` from the config directory in
/// `paths` (either may be missing), then the `catalogs` the command line
/// names, in order. `progress` hears of each large file before it is read,
/// so a user waiting knows why.
pub fn load(paths: &Paths, catalogs: &[PathBuf], progress: &mut dyn FnMut(&str)) -> Result<Loaded, LoadError> {
    let mut warnings = Vec::new();
    let config = match paths.config_file() {
        Some(path) => match read_if_present(&path, &mut warnings).map_err(LoadError::Config)? {
            Some(text) => file::parse(&path.display().to_string(), &text).map_err(LoadError::Config)?,
            None => Config::default(),
        },
        None => Config::default(),
    };
    let mut say_if_large = |path: &Path| {
        if let Ok(metadata) = std::fs::metadata(path)
            && metadata.is_file()
            && metadata.len() >= SAY_LOADING_FROM
        {
            let megabytes = metadata.len() as f64 / 1e6;
            progress(&format!("loading {} ({megabytes:.1} MB)…", path.display()));
        }
    };
    let mut files = Vec::new();
    if let Some(path) = paths.catalog_file() {
        say_if_large(&path);
        if let Some(text) = read_if_present(&path, &mut warnings).map_err(CatalogError::File)? {
            files.push((path.display().to_string(), text));
        }
    }
    for path in catalogs {
        say_if_large(path);
        files.push((path.display().to_string(), read_user_file(path).map_err(CatalogError::File)?));
    }
    Ok(Loaded { config, catalog: Catalog::with_user_files(&files)?, warnings })
}

/// A file the user may or may not have: `Ok(None)` when it (or its
/// directory) is missing, so a machine with no config is not an error; a
/// file that is there but fails to read is. A directory that is there but
/// cannot be read is a warning, once: its files are not applied, and the
/// user should know why.
fn read_if_present(path: &Path, warnings: &mut Vec<String>) -> Result<Option<String>, FileError> {
    use std::io::ErrorKind::{NotADirectory, NotFound, PermissionDenied};
    match std::fs::symlink_metadata(path) {
        // NotADirectory: a file stands where the directory should be.
        Err(error) if matches!(error.kind(), NotFound | NotADirectory) => Ok(None),
        Err(error) if error.kind() == PermissionDenied => {
            let dir = path.parent().unwrap_or(path).display();
            let warning = format!("cannot read {dir} (permission denied): the files in it are not applied");
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
            Ok(None)
        }
        _ => read_user_file(path).map(Some),
    }
}
