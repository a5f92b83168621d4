//! OSC 52: asking the terminal to set the clipboard, the only way to reach
//! the user's clipboard over SSH. Terminals never confirm it.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

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
    }
}
