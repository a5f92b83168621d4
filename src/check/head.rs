//! Status lines and field lines, read leniently as a client would, with
//! every breach of RFC 9112's syntax noted rather than fatal.

use super::message::{BadFieldLine, Field, Place, Version};

/// A status line taken apart: `HTTP/1.1 404 Not Found`, `HTTP/2 200`.
pub struct StatusLine {
    pub protocol: String,
    pub version: Version,
    pub code_text: String,
    pub reason: String,
}

/// Whether `line` starts like a status line: `HTTP/` and a version, a
/// space, and a code. What a body ends at in a run of responses.
pub fn looks_like_status_line(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"HTTP/") else { return false };
    let version_end = rest.iter().position(|byte| *byte == b' ').unwrap_or(rest.len());
    let version = &rest[..version_end];
    let version_ok = !version.is_empty()
        && version.len() <= 3
        && version[0].is_ascii_digit()
        && version.iter().all(|byte| byte.is_ascii_digit() || *byte == b'.');
    let code = rest.get(version_end + 1..).unwrap_or_default();
    version_ok && code.len() >= 3 && code[..3].iter().all(u8::is_ascii_digit)
}

/// Reads a status line, or says why it is not one.
pub fn status_line(line: &str) -> Result<StatusLine, String> {
    let Some(rest) = line.strip_prefix("HTTP/") else {
        return Err(format!("expected a status line such as `HTTP/1.1 200 OK`, found `{}`", shorten(line)));
    };
    let (version_text, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let version = match version_text {
        "1.0" | "1.1" => Version::One,
        "2" | "2.0" | "3" | "3.0" => Version::Multiplexed,
        _ => return Err(format!("`HTTP/{}` is not an HTTP version (1.0, 1.1, 2 or 3)", shorten(version_text))),
    };
    let (code_text, reason) = rest.split_once(' ').unwrap_or((rest, ""));
    if code_text.is_empty() {
        return Err("the status line has no status code".to_owned());
    }
    Ok(StatusLine {
        protocol: format!("HTTP/{version_text}"),
        version,
        code_text: code_text.to_owned(),
        reason: reason.to_owned(),
    })
}

/// What to do with one line of a header section.
pub enum FieldLine {
    Field(Field),
    /// A continuation (obs-fold) of the previous field's value.
    Continuation(String),
}

/// Reads one field line; `Err` when it is not a field line at all (no
/// colon), which makes the input not HTTP. Syntax a lenient client would
/// still accept goes into `bad`.
pub fn field_line(line: &str, number: usize, bad: &mut Vec<BadFieldLine>) -> Result<FieldLine, String> {
    let place = Place::Line(number);
    if line.starts_with([' ', '\t']) {
        bad.push(BadFieldLine {
            place,
            what: "a line folded onto the previous field (obs-fold) instead of a field of its own".to_owned(),
        });
        return Ok(FieldLine::Continuation(line.trim_matches([' ', '\t']).to_owned()));
    }
    let Some((name, value)) = line.split_once(':') else {
        return Err(format!("expected a header field `Name: value`, found `{}`", shorten(line)));
    };
    // HTTP/2 pseudo-header fields as some tools print them (`:status`).
    if name.is_empty() {
        let (pseudo, value) = value.split_once(':').unwrap_or((value, ""));
        return Ok(FieldLine::Field(Field {
            name: format!(":{pseudo}"),
            value: value.trim_matches([' ', '\t']).to_owned(),
            line: Some(number),
        }));
    }
    let trimmed = name.trim_end_matches([' ', '\t']);
    if trimmed.len() != name.len() {
        bad.push(BadFieldLine { place, what: format!("whitespace between the field name `{trimmed}` and the colon") });
    } else if !is_token(name) {
        bad.push(BadFieldLine { place, what: format!("`{}` is not a valid field name", shorten(name)) });
    }
    Ok(FieldLine::Field(Field {
        name: trimmed.to_owned(),
        value: value.trim_matches([' ', '\t']).to_owned(),
        line: Some(number),
    }))
}

/// RFC 9110 section 5.6.2's token: what field names and methods are.
pub fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// A piece of input short enough to quote in a message.
pub fn shorten(text: &str) -> String {
    const MOST: usize = 60;
    match text.char_indices().nth(MOST) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_of_every_version() {
        let line = status_line("HTTP/2 200").expect("HTTP/2");
        assert_eq!((line.version, line.code_text.as_str(), line.reason.as_str()), (Version::Multiplexed, "200", ""));
        let line = status_line("HTTP/1.1 404 Not Found").expect("HTTP/1.1");
        assert_eq!((line.code_text.as_str(), line.reason.as_str()), ("404", "Not Found"));
        assert!(status_line("HTTP/9 200").is_err());
        assert!(status_line("<html>").is_err());
        assert!(looks_like_status_line(b"HTTP/1.1 301 Moved"));
        assert!(looks_like_status_line(b"HTTP/2 200"));
        assert!(!looks_like_status_line(b"HTTP/1.1 is a version"));
    }

    #[test]
    fn field_lines_note_what_breaks_the_syntax() {
        let mut bad = Vec::new();
        assert!(matches!(field_line("Content-Type : text/html", 3, &mut bad), Ok(FieldLine::Field(_))));
        assert!(matches!(field_line("  continued", 4, &mut bad), Ok(FieldLine::Continuation(_))));
        assert!(matches!(field_line("Bad Name: x", 5, &mut bad), Ok(FieldLine::Field(_))));
        assert_eq!(bad.len(), 3);
        assert!(field_line("no colon here", 6, &mut bad).is_err());
    }
}
