//! Everything read before statusbrowse does anything: the config file and
//! the user's catalogs. All of it is checked first; any mistake stops the
//! program with its file, line and column, before a screen is touched.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::{Config, Paths, file};
use crate::catalog::{Catalog, CatalogError};
use crate::user_file::{self, FileError};

/// The user's settings and the catalog with their files laid over ours.
pub struct Loaded {
    pub config: Config,
    pub catalog: Catalog,
}

#[derive(Debug, Error)]
pub enum LoadError {
    #[error(transparent)]
    Config(FileError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// Reads `config.toml` and `catalog.toml` from the config directory in
/// `paths` (either may be missing), then the `catalogs` the command line
/// names, in order.
pub fn load(paths: &Paths, catalogs: &[PathBuf]) -> Result<Loaded, LoadError> {
    let config = match paths.config_file() {
        Some(path) => match read_if_present(&path).map_err(LoadError::Config)? {
            Some(text) => file::parse(&path.display().to_string(), &text).map_err(LoadError::Config)?,
            None => Config::default(),
        },
        None => Config::default(),
    };
    let mut files = Vec::new();
    if let Some(path) = paths.catalog_file()
        && let Some(text) = read_if_present(&path).map_err(CatalogError::File)?
    {
        files.push((path.display().to_string(), text));
    }
    for path in catalogs {
        files.push((path.display().to_string(), user_file::read(path).map_err(CatalogError::File)?));
    }
    Ok(Loaded { config, catalog: Catalog::with_user_files(&files)? })
}

/// A file the user may or may not have: `Ok(None)` when it (or its
/// directory) is missing or the directory cannot be read, so a machine with
/// no config is not an error; a file that is there but fails to read is.
fn read_if_present(path: &Path) -> Result<Option<String>, FileError> {
    match std::fs::symlink_metadata(path) {
        // NotADirectory: a file stands where the directory should be.
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        _ => user_file::read(path).map(Some),
    }
}
