//! Reading an example response the way a client would, with a real HTTP
//! parser (httparse), so that every example we ship is one a client accepts.

use thiserror::Error;

/// An example response taken apart: head parsed by httparse, body as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response<'a> {
    /// The minor version: 1 for HTTP/1.1.
    pub version: u8,
    pub code: u16,
    pub reason: &'a str,
    pub headers: Vec<Header<'a>>,
    pub body: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    pub name: &'a str,
    pub value: &'a str,
}

impl<'a> Response<'a> {
    /// The first value of a header, matched case-insensitively as RFC 9110
    /// section 5.1 requires.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers.iter().find(|header| header.name.eq_ignore_ascii_case(name)).map(|header| header.value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    #[error("not a valid HTTP response head: {0}")]
    Invalid(String),
    #[error("the head is cut short: it needs an empty line after the last header")]
    Incomplete,
    #[error("header {0:?} is not UTF-8")]
    NotUtf8(String),
}

/// The largest number of header lines an example may have.
const MAX_HEADERS: usize = 64;

/// Parses `text` as a response. The head ends at the first empty line; an
/// example with no body may simply end after its last header.
pub fn parse_response(text: &str) -> Result<Response<'_>, ParseError> {
    let (head, body) = split_head(text);
    let mut completed;
    let head_bytes: &[u8] = if head.ends_with("\n\n") || head.ends_with("\r\n\r\n") {
        head.as_bytes()
    } else {
        completed = head.to_owned();
        if !completed.ends_with('\n') {
            completed.push('\n');
        }
        completed.push('\n');
        completed.as_bytes()
    };
    let mut storage = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut response = httparse::Response::new(&mut storage);
    match response.parse(head_bytes) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(ParseError::Incomplete),
        Err(error) => return Err(ParseError::Invalid(error.to_string())),
    }
    let (Some(version), Some(code)) = (response.version, response.code) else {
        return Err(ParseError::Incomplete);
    };
    let reason = response.reason.unwrap_or("");
    let mut headers = Vec::with_capacity(response.headers.len());
    for header in response.headers.iter() {
        let value = std::str::from_utf8(header.value).map_err(|_| ParseError::NotUtf8(header.name.to_owned()))?;
        headers.push(Header { name: find_in(text, header.name), value: find_in(text, value) });
    }
    Ok(Response { version, code, reason: find_in(text, reason), headers, body })
}

/// Whether a Content-Type value names JSON: `application/json`,
/// `application/problem+json`, with or without parameters. The validator
/// parses such bodies and the highlighter colours them, so both ask here.
pub fn is_json_media_type(content_type: &str) -> bool {
    content_type.split(';').next().is_some_and(|media| media.trim().ends_with("json"))
}

/// Splits at the first empty line. The body is everything after it, exactly
/// as written; that is what Content-Length must count.
fn split_head(text: &str) -> (&str, &str) {
    if let Some(index) = text.find("\r\n\r\n") {
        return text.split_at(index + 4);
    }
    match text.find("\n\n") {
        Some(index) => text.split_at(index + 2),
        None => (text, ""),
    }
}

/// Re-borrows a piece httparse handed back from a private copy of the head as
/// the same piece of `text`, so the result borrows only from the caller.
fn find_in<'a>(text: &'a str, piece: &str) -> &'a str {
    text.find(piece).map_or("", |start| &text[start..start + piece.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lf_only_response_with_body() {
        let text = "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 6\n\nnope.\n";
        let response = parse_response(text).unwrap();
        assert_eq!((response.version, response.code, response.reason), (1, 404, "Not Found"));
        assert_eq!(response.header("content-length"), Some("6"));
        assert_eq!(response.body, "nope.\n");
    }

    #[test]
    fn response_without_body_may_end_after_headers() {
        let response = parse_response("HTTP/1.1 204 No Content\nDate: Mon, 23 Nov 2026 10:00:00 GMT\n").unwrap();
        assert_eq!(response.code, 204);
        assert_eq!(response.body, "");
        assert_eq!(response.headers.len(), 1);
    }

    #[test]
    fn rejects_a_bad_header_name() {
        let error = parse_response("HTTP/1.1 200 OK\nBad Header: x\n\n").unwrap_err();
        assert!(matches!(error, ParseError::Invalid(_)), "{error:?}");
    }

    #[test]
    fn rejects_a_request() {
        assert!(parse_response("GET / HTTP/1.1\nHost: a\n\n").is_err());
    }
}
