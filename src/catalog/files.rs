//! Reading a user's catalog file from disk, with a message that says what
//! is wrong with it. Files are only ever read, never written.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::CatalogError;

/// Larger than this is not a catalog anyone wrote by hand or by script.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub fn read_user_file(path: &Path) -> Result<String, CatalogError> {
    let name = path.display().to_string();
    let fail = |message: String| CatalogError::Read { path: name.clone(), message };
    let metadata = fs::metadata(path).map_err(|error| fail(describe(&error)))?;
    if metadata.is_dir() {
        return Err(fail("is a directory, not a catalog file".to_owned()));
    }
    // A FIFO or a device would block or never end.
    if !metadata.is_file() {
        return Err(fail("is not a regular file".to_owned()));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "is {} MiB; catalog files are limited to {} MiB",
            metadata.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| fail(describe(&error)))?;
    String::from_utf8(bytes).map_err(|error| {
        fail(format!(
            "is not UTF-8 text (invalid byte at offset {}); statusbrowse reads TOML",
            error.utf8_error().valid_up_to()
        ))
    })
}

fn describe(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        // ELOOP: the kind for it is not stable yet.
        _ if error.raw_os_error() == Some(40) && cfg!(target_os = "linux") => "a loop of symbolic links".to_owned(),
        _ => error.to_string(),
    }
}
