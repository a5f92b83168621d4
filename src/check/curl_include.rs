//! `curl -i` output: responses one after another, each a status line,
//! its fields, an empty line and its content (none for the redirects
//! `-L` followed and for interim responses).

use super::ReadError;
use super::head::{self, FieldLine};
use super::lines::Lines;
use super::message::{Content, Exchange, Place, Response};

pub fn read(input: &[u8]) -> Result<Vec<Exchange>, ReadError> {
    let mut lines = Lines::new(input);
    let mut exchanges: Vec<Exchange> = Vec::new();
    let mut after_final = true;
    // Blank lines before the first status line are not content.
    while lines.peek().is_some_and(|line| line.text.iter().all(u8::is_ascii_whitespace)) {
        lines.next();
    }
    while let Some(status) = lines.next() {
        let number = status.number;
        let text = status.text_lossy();
        let status_line = head::status_line(&text).map_err(|what| ReadError::at(number, what))?;
        let mut fields = Vec::new();
        let mut bad_lines = Vec::new();
        for line in lines.by_ref() {
            if line.text.is_empty() {
                break;
            }
            match head::field_line(&line.text_lossy(), line.number, &mut bad_lines)
                .map_err(|what| ReadError::at(line.number, what))?
            {
                FieldLine::Field(field) => fields.push(field),
                FieldLine::Continuation(more) => {
                    if let Some(last) = fields.last_mut() {
                        last.value.push(' ');
                        last.value.push_str(&more);
                    }
                }
            }
        }
        let start = lines.offset();
        while lines.peek().is_some_and(|line| !head::looks_like_status_line(line.text)) {
            lines.next();
        }
        let content = input[start..lines.offset()].to_vec();
        let response = Response {
            place: Place::Line(number),
            protocol: status_line.protocol,
            version: status_line.version,
            code_text: status_line.code_text,
            reason: status_line.reason,
            fields,
            content: Content::Exact(content),
            bad_lines,
        };
        let interim = response.is_interim();
        if after_final {
            exchanges.push(Exchange { request: None, responses: Vec::new() });
        }
        if let Some(exchange) = exchanges.last_mut() {
            exchange.responses.push(response);
        }
        after_final = !interim;
    }
    if exchanges.is_empty() {
        return Err(ReadError::at(1, "the input is empty: no status line to read".to_owned()));
    }
    Ok(exchanges)
}
