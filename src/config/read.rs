//! Reading a user's file from disk, carefully: the user names it, and it
//! may be anything. Files are only ever read, never written.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use crate::user_file::FileError;

/// The largest file statusbrowse reads. It bounds the time and memory a
/// catalog can take: a file this size of short entries (about 280,000)
/// loads in under two seconds and a third of a gigabyte. Larger is no
/// catalog anyone wrote by hand or by script.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a user's file as text. Files are only ever read, never written.
/// What is not a regular file of text (a FIFO, a directory, a device, a
/// binary, one too large) is refused with the reason instead of blocking or
/// reading garbage: the file is opened without waiting and checked as
/// opened (a check of the path first could be of another file by the time
/// it is opened), and a read that would wait, as `/proc/kmsg`'s does, is
/// refused too.
pub fn read_user_file(path: &Path) -> Result<String, FileError> {
    use std::os::unix::fs::OpenOptionsExt;
    let fail = |message: String| FileError::Read { path: path.display().to_string(), message };
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(nix::fcntl::OFlag::O_NONBLOCK.bits() | nix::fcntl::OFlag::O_NOCTTY.bits())
        .open(path)
        .map_err(|error| fail(describe(&error)))?;
    let metadata = file.metadata().map_err(|error| fail(describe(&error)))?;
    if metadata.is_dir() {
        return Err(fail("is a directory, not a file".to_owned()));
    }
    if !metadata.is_file() {
        return Err(fail("is not a regular file".to_owned()));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(too_large(metadata.len())));
    }
    let bytes = match read_at_most(file, MAX_FILE_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Err(fail(format!("grew past {} MiB while it was read", MAX_FILE_BYTES >> 20))),
        Err(error) if error.kind() == io::ErrorKind::WouldBlock => {
            return Err(fail("cannot be read without waiting: it is not a file of text".to_owned()));
        }
        Err(error) => return Err(fail(describe(&error))),
    };
    String::from_utf8(bytes).map_err(|error| {
        fail(format!(
            "is not UTF-8 text (invalid byte at offset {}); statusbrowse reads TOML",
            error.utf8_error().valid_up_to()
        ))
    })
}

/// Everything `reader` holds, or `None` when that is more than `limit`
/// bytes: a file that grows while it is read is refused, not cut short.
fn read_at_most(reader: impl Read, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

fn too_large(bytes: u64) -> String {
    format!("is {} MiB; statusbrowse reads files of up to {} MiB", bytes >> 20, MAX_FILE_BYTES >> 20)
}

fn describe(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        // ELOOP: the kind for it is not stable yet.
        _ if error.raw_os_error() == Some(40) && cfg!(target_os = "linux") => "a loop of symbolic links".to_owned(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_larger_than_the_limit_is_refused_not_cut() {
        assert_eq!(read_at_most(&b"12345"[..], 5).unwrap(), Some(b"12345".to_vec()));
        assert_eq!(read_at_most(&b"123456"[..], 5).unwrap(), None);
        // A file that never ends, as one growing while read may seem.
        assert_eq!(read_at_most(std::io::repeat(b'#'), 1 << 20).unwrap(), None);
    }
}
