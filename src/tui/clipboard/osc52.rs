//! OSC 52: asking the terminal to set the clipboard, the only way to reach
//! the user's clipboard over SSH. Terminals never confirm it.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The longest sequence statusbrowse sends. Terminals cap OSC 52 and drop
/// longer ones without a word (xterm and many others near 100 KB; tmux
/// 3.3 keeps 500 KB and silently loses 1 MB): above this, saying "sent"
/// would be a lie.
pub const MAX_SEQUENCE_BYTES: usize = 100_000;

/// How long the sequence for `text` is: base64 is four bytes for three.
pub fn sequence_len(text: &str) -> usize {
    "\x1b]52;c;".len() + text.len().div_ceil(3) * 4 + "\x07".len()
}

/// `ESC ] 52 ; c ; <base64> BEL`: set the clipboard selection. BEL rather
/// than ST because more terminals (and tmux) accept it.
pub fn write(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "\x1b]52;c;{}\x07", STANDARD.encode(text))?;
    out.flush()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bytes_are_exact() {
        let mut out = Vec::new();
        super::write(&mut out, "HTTP/1.1 418 I'm a teapot\n").unwrap();
        assert_eq!(out, b"\x1b]52;c;SFRUUC8xLjEgNDE4IEknbSBhIHRlYXBvdAo=\x07");
        assert_eq!(super::sequence_len("HTTP/1.1 418 I'm a teapot\n"), out.len());
    }
}
