//! `curl -v` output with stderr merged in: `> ` lines are the request,
//! `< ` lines the response, `* ` lines curl's notes, and unprefixed lines
//! the content, interleaved with the notes as the two streams met.

use super::ReadError;
use super::head::{self, FieldLine};
use super::lines::Lines;
use super::message::{Content, Exchange, Field, Place, Request, Response};

/// What the line being read belongs to.
enum Reading {
    Nothing,
    RequestHead,
    ResponseHead,
    Content,
}

pub fn read(input: &[u8]) -> Result<Vec<Exchange>, ReadError> {
    let mut exchanges: Vec<Exchange> = Vec::new();
    let mut reading = Reading::Nothing;
    let mut last_line = 0;
    for line in Lines::new(input) {
        last_line = line.number;
        let text = line.text_lossy();
        if let Some(rest) = prefixed(&text, '>') {
            if !matches!(reading, Reading::RequestHead) {
                exchanges.push(Exchange { request: Some(request_line(rest, line.number)?), responses: Vec::new() });
                reading = Reading::RequestHead;
            } else if rest.is_empty() {
                reading = Reading::Nothing;
            } else if let Some(request) = exchanges.last_mut().and_then(|exchange| exchange.request.as_mut()) {
                let mut ignored = Vec::new();
                if let FieldLine::Field(field) = head::field_line(rest, line.number, &mut ignored)
                    .map_err(|what| ReadError::at(line.number, what))?
                {
                    request.fields.push(field);
                }
            }
        } else if let Some(rest) = prefixed(&text, '<') {
            if !matches!(reading, Reading::ResponseHead) {
                let status = head::status_line(rest).map_err(|what| ReadError::at(line.number, what))?;
                if exchanges.is_empty() || exchanges.last().is_some_and(|exchange| exchange.final_response().is_some())
                {
                    exchanges.push(Exchange { request: None, responses: Vec::new() });
                }
                if let Some(exchange) = exchanges.last_mut() {
                    exchange.responses.push(Response {
                        place: Place::Line(line.number),
                        protocol: status.protocol,
                        version: status.version,
                        code_text: status.code_text,
                        reason: status.reason,
                        fields: Vec::new(),
                        content: Content::Shown { bytes: Vec::new(), length: 0 },
                        bad_lines: Vec::new(),
                    });
                }
                reading = Reading::ResponseHead;
            } else if rest.is_empty() {
                reading = Reading::Content;
            } else if let Some(response) = exchanges.last_mut().and_then(|exchange| exchange.responses.last_mut()) {
                match head::field_line(rest, line.number, &mut response.bad_lines)
                    .map_err(|what| ReadError::at(line.number, what))?
                {
                    FieldLine::Field(field) => response.fields.push(field),
                    FieldLine::Continuation(more) => {
                        if let Some(last) = response.fields.last_mut() {
                            last.value.push(' ');
                            last.value.push_str(&more);
                        }
                    }
                }
            }
        } else if text.starts_with("* ") || text == "*" || text.starts_with("{ ") || text.starts_with("} ") {
            // curl's notes and its data markers.
        } else if let Reading::Content = reading
            && let Some(response) = exchanges.last_mut().and_then(|exchange| exchange.responses.last_mut())
        {
            let Content::Shown { bytes, length } = &mut response.content else { continue };
            bytes.extend_from_slice(line.text);
            bytes.push(b'\n');
            *length = bytes.len();
        }
    }
    // curl's notes leave line ends around the content; they are not it.
    for response in exchanges.iter_mut().flat_map(|exchange| exchange.responses.iter_mut()) {
        if let Content::Shown { bytes, length } = &mut response.content {
            let start = bytes.iter().position(|byte| !matches!(byte, b'\r' | b'\n')).unwrap_or(bytes.len());
            let end = bytes.iter().rposition(|byte| !matches!(byte, b'\r' | b'\n')).map_or(start, |at| at + 1);
            *bytes = bytes[start..end].to_vec();
            *length = bytes.len();
        }
    }
    if !exchanges.iter().any(|exchange| !exchange.responses.is_empty()) {
        return Err(ReadError::at(
            last_line.max(1),
            "a curl -v transcript with no response in it (no `< HTTP/...` line); was stderr merged in with 2>&1?"
                .to_owned(),
        ));
    }
    Ok(exchanges)
}

/// The rest of a `> ` or `< ` line; a bare `>` or `<` ends a head.
fn prefixed(text: &str, mark: char) -> Option<&str> {
    let rest = text.strip_prefix(mark)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix(' ')
}

fn request_line(text: &str, number: usize) -> Result<Request, ReadError> {
    let mut words = text.split(' ');
    let (Some(method), Some(target)) = (words.next(), words.next()) else {
        return Err(ReadError::at(
            number,
            format!("expected a request line such as `GET / HTTP/1.1`, found `{}`", head::shorten(text)),
        ));
    };
    if !head::is_token(method) {
        return Err(ReadError::at(number, format!("`{}` is not a request method", head::shorten(method))));
    }
    Ok(Request {
        place: Place::Line(number),
        method: method.to_owned(),
        target: target.to_owned(),
        fields: Vec::<Field>::new(),
    })
}
