//! Framing: whether content and its length agree with the status, the
//! version and each other; and the syntax of the fields rules read.

use super::super::field_syntax::{self, ContentRange};
use super::super::message::{Content, Version};
use super::{Found, Seen, place_of};

/// The fields a connection-specific field list names, which HTTP/2 and
/// HTTP/3 forbid (RFC 9113 section 8.2.2, RFC 9114 section 4.2).
const CONNECTION_SPECIFIC: [&str; 5] = ["Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade"];

/// Whether content and its length agree with the status and each other.
pub(super) fn rules(seen: &Seen<'_>, found: &mut Found<'_>) {
    let response = seen.response;
    let bodiless = seen.class(1) || seen.is(&[204]);
    if bodiless && let Some(field) = response.field("Content-Length") {
        found.at(
            "content-length-in-1xx-or-204",
            place_of(field.line, found.place),
            Some(format!("Content-Length: {}", field.value)),
        );
    }
    if bodiless && seen.has_content() {
        found.add("content-in-1xx-or-204", Some(content_size(&response.content)));
    }
    if seen.is(&[205]) && (seen.has_content() || seen.content_length().is_some_and(|length| length > 0)) {
        found.add("content-in-205", None);
    }
    if seen.is(&[304]) && seen.has_content() {
        found.add("content-in-304", Some(content_size(&response.content)));
    }
    if response.version == Version::One && response.has("Content-Length") && response.has("Transfer-Encoding") {
        found.add("content-length-with-transfer-encoding", None);
    }
    if response.version == Version::Multiplexed {
        for name in CONNECTION_SPECIFIC {
            if let Some(field) = response.field(name) {
                found.at(
                    "connection-specific-field-in-http2",
                    place_of(field.line, found.place),
                    Some(field.name.clone()),
                );
            }
        }
    }
    if seen.exact
        && !bodiless
        && !seen.is(&[304])
        && !seen.is_head()
        && !response.has("Content-Encoding")
        && !response.has("Transfer-Encoding")
        && seen.has_content()
        && let (Some(declared), Content::Exact(bytes)) = (seen.content_length(), &response.content)
        && declared != bytes.len() as u64
    {
        found.add(
            "content-length-mismatch",
            Some(format!("Content-Length says {declared} bytes; {} followed", bytes.len())),
        );
    }
    let errorish = seen.class(4) || seen.class(5);
    if errorish
        && !seen.is_head()
        && (seen.content_length() == Some(0)
            || (seen.request.is_some() && !seen.has_content() && !response.has("Content-Length")))
    {
        found.add("error-without-explanation", None);
    }
}

fn content_size(content: &Content) -> String {
    match content {
        Content::Exact(bytes) => format!("{} bytes of content follow", bytes.len()),
        Content::Shown { length, .. } => format!("{length} bytes of content"),
    }
}

/// Whether a field value keeps its grammar.
type Valid = fn(&str) -> bool;

/// The syntax of the fields other rules read, and of the field lines.
pub(super) fn field_rules(seen: &Seen<'_>, found: &mut Found<'_>) {
    let response = seen.response;
    let checks: [(&str, &str, Valid); 4] = [
        ("Retry-After", "retry-after-invalid", field_syntax::retry_after),
        ("Content-Range", "content-range-invalid", |value| field_syntax::content_range(value) != ContentRange::Invalid),
        ("Allow", "allow-invalid", field_syntax::allow),
        ("Location", "location-invalid", field_syntax::location),
    ];
    for (name, rule, valid) in checks {
        for field in response.values(name) {
            if !valid(&field.value) {
                let mut seen_value = format!("{}: {}", field.name, field.value);
                if name == "Retry-After" && field_syntax::http_date(&field.value) {
                    seen_value.push_str(" (an obsolete date form: recipients read it, senders must not write it)");
                }
                found.at(rule, place_of(field.line, found.place), Some(seen_value));
            }
        }
    }
    for bad in &response.bad_lines {
        found.at("field-line-invalid", bad.place, Some(bad.what.clone()));
    }
    if response.has("Retry-After") && !(seen.class(3) || seen.is(&[413, 429, 503])) {
        found.add("retry-after-without-meaning", None);
    }
}
