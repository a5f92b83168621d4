//! Colours for a raw HTTP response: status line, header names, values and a
//! JSON body, so an example reads like it would in a good HTTP client.

use ratatui::style::Style;
use ratatui::text::Span;

use super::theme::Theme;
use crate::catalog::Class;
use crate::http_message::is_json_media_type;

/// Where a line stands in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    StatusLine,
    Header,
    Body { json: bool },
}

/// Splits an example into lines tagged with the part of the message they
/// belong to. The body is JSON when a Content-Type header says so.
pub fn parts(text: &str) -> Vec<(Part, &str)> {
    let json = text.lines().take_while(|line| !line.is_empty()).any(|line| {
        line.split_once(':')
            .is_some_and(|(name, value)| name.eq_ignore_ascii_case("content-type") && is_json_media_type(value))
    });
    let mut in_body = false;
    text.trim_end_matches('\n')
        .split('\n')
        .enumerate()
        .map(|(index, line)| {
            let part = if index == 0 && line.starts_with("HTTP/") {
                Part::StatusLine
            } else if in_body {
                Part::Body { json }
            } else if line.is_empty() {
                in_body = true;
                Part::Body { json }
            } else {
                Part::Header
            };
            (part, line)
        })
        .collect()
}

/// The styled spans of one line.
pub fn spans<'a>(part: Part, line: &'a str, theme: &Theme, class: Class) -> Vec<Span<'a>> {
    match part {
        Part::StatusLine => status_line(line, theme, class),
        Part::Header => match line.split_once(':') {
            Some((name, value)) => {
                vec![Span::styled(name, theme.header_name()), Span::styled(":", theme.dim()), Span::raw(value)]
            }
            None => vec![Span::raw(line)],
        },
        Part::Body { json: true } => json_line(line, theme),
        Part::Body { json: false } => vec![Span::raw(line)],
    }
}

fn status_line<'a>(line: &'a str, theme: &Theme, class: Class) -> Vec<Span<'a>> {
    let mut words = line.splitn(3, ' ');
    let version = words.next().unwrap_or_default();
    let code = words.next().unwrap_or_default();
    let reason = words.next().unwrap_or_default();
    let strong = theme.class(class).patch(theme.heading());
    let mut spans = vec![Span::styled(version, theme.dim()), Span::raw(" "), Span::styled(code, strong)];
    if !reason.is_empty() {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(reason, theme.heading()));
    }
    spans
}

/// A light JSON tokenizer, line by line: strings before a colon are keys.
/// It never fails; whatever it does not recognise stays plain.
fn json_line<'a>(line: &'a str, theme: &Theme) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    let bytes = line.as_bytes();
    let mut plain_start = 0;
    let mut i = 0;
    let flush = |spans: &mut Vec<Span<'a>>, from: usize, to: usize| {
        if from < to {
            spans.push(Span::raw(&line[from..to]));
        }
    };
    while i < bytes.len() {
        let token: Option<(usize, Style)> = match bytes[i] {
            b'"' => {
                let mut end = i + 1;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = (end + 1).min(bytes.len());
                let is_key = line[end..].trim_start().starts_with(':');
                Some((end, if is_key { theme.json_key() } else { theme.json_string() }))
            }
            b'-' | b'0'..=b'9' if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() => {
                let end = i + line[i..]
                    .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')))
                    .unwrap_or(line.len() - i);
                Some((end, theme.json_literal()))
            }
            b't' | b'f' | b'n' => ["true", "false", "null"]
                .iter()
                .find(|word| line[i..].starts_with(*word))
                .map(|word| (i + word.len(), theme.json_literal())),
            _ => None,
        };
        match token {
            Some((end, style)) if line.is_char_boundary(end) => {
                flush(&mut spans, plain_start, i);
                spans.push(Span::styled(&line[i..end], style));
                i = end;
                plain_start = end;
            }
            _ => i += 1,
        }
    }
    flush(&mut spans, plain_start, bytes.len());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(spans: &[Span<'_>]) -> String {
        spans.iter().map(|span| span.content.as_ref()).collect()
    }

    #[test]
    fn tags_status_line_headers_and_json_body() {
        let text = "HTTP/1.1 429 Too Many Requests\nContent-Type: application/problem+json\nRetry-After: 30\n\n{\"status\": 429}\n";
        let tags: Vec<Part> = parts(text).into_iter().map(|(part, _)| part).collect();
        assert_eq!(
            tags,
            [Part::StatusLine, Part::Header, Part::Header, Part::Body { json: true }, Part::Body { json: true }]
        );
    }

    #[test]
    fn json_tokens_keep_every_character() {
        let theme = Theme::COLOR;
        for line in [
            "  \"detail\": \"Wait 30 s \\\"please\\\"\",",
            "  \"n\": -1.5e3, \"ok\": true, \"x\": null",
            "\"unterminated",
            "ünïcode: \"é\"",
        ] {
            let spans = json_line(line, &theme);
            assert_eq!(text_of(&spans), line);
        }
        let spans = json_line("  \"status\": 429,", &theme);
        assert_eq!(spans[1].style, theme.json_key());
        assert_eq!(spans[3].style, theme.json_literal());
    }
}
