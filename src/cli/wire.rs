//! `--crlf`: an example as it goes over the wire, for `nc -l` or a test
//! fixture. HTTP/1.1 ends the status line and each header line with CRLF
//! (RFC 9112 section 2.1); the catalog keeps LF, right for documents. The
//! content is left byte for byte, so Content-Length stays true.

/// `message` with CRLF line ends in its head: the status line, the header
/// lines and the blank line that ends them.
pub fn crlf(message: &str) -> String {
    let mut wire = String::with_capacity(message.len() + 64);
    let mut rest = message;
    loop {
        let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            // The blank line that ends the head; the content follows as is.
            wire.push_str("\r\n");
            wire.push_str(after);
            return wire;
        }
        wire.push_str(line);
        wire.push_str("\r\n");
        if after.is_empty() {
            // A head with no content and no blank line after it: end it.
            wire.push_str("\r\n");
            return wire;
        }
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::crlf;

    #[test]
    fn the_head_gets_crlf_and_the_content_stays_as_it_is() {
        let message = "HTTP/1.1 200 OK\nContent-Length: 6\n\nab\ncd\n";
        assert_eq!(crlf(message), "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab\ncd\n");
        assert_eq!(crlf("HTTP/1.1 204 No Content\nDate: x\n"), "HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n");
        assert_eq!(crlf("HTTP/1.1 204 No Content\r\n\r\n"), "HTTP/1.1 204 No Content\r\n\r\n", "already CRLF");
    }
}
