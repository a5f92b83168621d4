//! The rules every catalog entry keeps, built-in or the user's own. Each
//! broken rule becomes a [`Problem`] naming the file, line and entry, so one
//! run reports everything that needs fixing.

use std::collections::{BTreeSet, HashMap};

use super::error::Problem;
use super::model::{Content, Entry, Example, ExampleKind, Source, Status};
use super::source::Located;
use crate::http_message;

/// Headers a response with this code must, or by firm custom does, carry in
/// every example (RFC 9110 unless noted).
const REQUIRED_HEADERS: &[(u16, &str)] = &[
    (101, "Upgrade"),            // 15.2.2: MUST
    (103, "Link"),               // RFC 8297 section 2: the point of the code
    (201, "Location"),           // 15.3.2: identifies what was created
    (301, "Location"),           // 15.4.2
    (302, "Location"),           // 15.4.3
    (303, "Location"),           // 15.4.4
    (307, "Location"),           // 15.4.8
    (308, "Location"),           // 15.4.9
    (304, "ETag"),               // 15.4.5: validators the 200 would have had
    (401, "WWW-Authenticate"),   // 15.5.2: MUST
    (405, "Allow"),              // 15.5.6: MUST
    (407, "Proxy-Authenticate"), // 15.5.8: MUST
    (416, "Content-Range"),      // 15.5.17: SHOULD, for byte ranges
    (426, "Upgrade"),            // 15.5.22: MUST
];

/// Headers at least one example of the code should show, because that is
/// how the code is used well.
const SHOWN_HEADERS: &[(u16, &str)] = &[
    (429, "Retry-After"), // RFC 6585 section 4
    (503, "Retry-After"), // 15.6.4
];

/// Checks every entry and the catalog as a whole; empty means valid.
pub fn validate(entries: &[Located]) -> Vec<Problem> {
    let codes: BTreeSet<u16> = entries.iter().map(|located| located.entry.code).collect();
    let mut problems = Vec::new();
    for located in entries {
        let mut report = |example: Option<usize>, message: String| {
            let at = example.map_or(&located.at, |index| located.example_at(index));
            problems.push(Problem { at: at.clone(), entry: located.entry.status_line(), message });
        };
        check_entry(&located.entry, &codes, &mut report);
    }
    check_uniqueness(entries, &mut problems);
    problems
}

fn check_entry(entry: &Entry, codes: &BTreeSet<u16>, report: &mut dyn FnMut(Option<usize>, String)) {
    // The user's own new codes need only a code and a phrase; everything
    // they do write must still be right.
    let own = entry.source == Source::User;
    if entry.code > 999 {
        report(None, format!("code {} is not a three-digit status code", entry.code));
    }
    for (field, text) in [
        ("phrase", &entry.phrase),
        ("summary", &entry.summary),
        ("description", &entry.description),
        ("when_to_use", &entry.when_to_use),
        ("when_not_to_use", &entry.when_not_to_use),
    ] {
        if text.trim().is_empty() && (!own || field == "phrase") {
            report(None, format!("{field} is empty"));
        }
        if let Some(bad) = text.chars().find(|c| c.is_control() && *c != '\n') {
            report(None, format!("{field} contains the control character {bad:?}"));
        }
    }
    if entry.phrase.contains('\n') || entry.summary.contains('\n') {
        report(None, "phrase and summary must be one line each".to_owned());
    }
    if entry.keywords.is_empty() && !own {
        report(None, "keywords is empty: add what people type when they look for this code".to_owned());
    }
    for (field, list) in
        [("aliases", &entry.aliases), ("keywords", &entry.keywords), ("related_headers", &entry.related_headers)]
    {
        if list.iter().any(|item| item.trim().is_empty()) {
            report(None, format!("{field} has an empty item"));
        }
    }
    match (entry.status, &entry.vendor) {
        (Status::Unofficial, None) if !own => report(None, "an unofficial entry needs a vendor".to_owned()),
        (Status::Unofficial, Some(vendor)) if vendor.trim().is_empty() => report(None, "vendor is empty".to_owned()),
        (status, Some(_)) if status != Status::Unofficial && !own => {
            report(None, format!("a {status} entry is IANA's and has no vendor"))
        }
        _ => {}
    }
    match &entry.spec {
        None if entry.is_registered() && !own => report(None, "a registered code needs its spec".to_owned()),
        Some(spec) => {
            if !spec.url.starts_with("https://") {
                report(None, format!("spec url {:?} is not https", spec.url));
            }
            if spec.document.trim().is_empty() {
                report(None, "spec document is empty".to_owned());
            }
        }
        None => {}
    }
    for related in entry.related_codes.iter() {
        if !codes.contains(related) {
            report(None, format!("related code {related} is not in the catalog"));
        }
    }
    for header in entry.related_headers.iter() {
        if !is_token(header) {
            report(None, format!("related header {header:?} is not a valid field name"));
        }
    }
    for (library, names) in entry.constants.iter() {
        if names.is_empty() || names.iter().any(|name| name.trim().is_empty()) {
            report(None, format!("constants.{} has an empty name", library.key()));
        }
    }
    if entry.examples.is_empty() && !own {
        report(None, "no examples: every entry needs at least one".to_owned());
    }
    for (index, example) in entry.examples.iter().enumerate() {
        check_example(entry, example, &mut |message| {
            report(Some(index), format!("example {:?}: {message}", example.title))
        });
    }
    if !own {
        check_customary_headers(entry, &mut |message| report(None, message));
    }
}

fn check_example(entry: &Entry, example: &Example, report: &mut dyn FnMut(String)) {
    if example.title.trim().is_empty() {
        report("title is empty".to_owned());
    }
    if example.text.trim().is_empty() {
        report("text is empty".to_owned());
        return;
    }
    if let Some(bad) = example.text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        report(format!("text contains the control character {bad:?}"));
    }
    match example.kind {
        ExampleKind::Log => {
            if !mentions_code(&example.text, entry.code) {
                report(format!("log line does not show the code {}", entry.code_str()));
            }
            if example.wire_status.is_some() {
                report("wire_status only applies to responses".to_owned());
            }
        }
        ExampleKind::Response => check_response(entry, example, report),
    }
}

fn check_response(entry: &Entry, example: &Example, report: &mut dyn FnMut(String)) {
    let response = match http_message::parse_response(&example.text) {
        Ok(response) => response,
        Err(error) => return report(error.to_string()),
    };
    if response.version != 1 {
        report("status line must say HTTP/1.1".to_owned());
    }
    let expected = match example.wire_status {
        // A registered code carried inside another response (208 and 424
        // inside a 207 Multi-Status) must show up in that body.
        Some(wire) if entry.is_registered() && !mentions_code(response.body, entry.code) => {
            report(format!("wire_status {wire}: the body must carry the entry's code {}", entry.code));
            wire
        }
        Some(wire) => wire,
        None => entry.code,
    };
    if response.code != expected {
        report(format!("status line says {} but the entry is {expected}", response.code));
    }
    let body_ok = Content::of(response.code, false).value.allowed();
    if !body_ok && !response.body.is_empty() {
        report(format!("a {} response has no content, but this one has a body", response.code));
    }
    let declared = response.header("Content-Length");
    if response.header("Transfer-Encoding").is_none() {
        match declared {
            None if !response.body.is_empty() => {
                report(format!("body of {} bytes but no Content-Length", response.body.len()))
            }
            Some(value) => match value.trim().parse::<usize>() {
                Ok(length) if length != response.body.len() && body_ok => {
                    report(format!("Content-Length says {length} but the body is {} bytes", response.body.len()))
                }
                Ok(_) => {}
                Err(_) => report(format!("Content-Length {value:?} is not a number")),
            },
            None => {}
        }
    }
    let is_json = response.header("Content-Type").is_some_and(http_message::is_json_media_type);
    if is_json
        && !response.body.is_empty()
        && let Err(error) = serde_json::from_str::<serde_json::Value>(response.body)
    {
        report(format!("JSON body does not parse: {error}"));
    }
}

/// Registered codes must show the headers the spec asks for.
fn check_customary_headers(entry: &Entry, report: &mut dyn FnMut(String)) {
    if !entry.is_registered() {
        return;
    }
    let responses: Vec<_> = entry
        .examples
        .iter()
        .filter(|example| example.kind == ExampleKind::Response)
        .filter_map(|example| http_message::parse_response(&example.text).ok().map(|r| (example, r)))
        .collect();
    for (code, header) in REQUIRED_HEADERS {
        if *code != entry.code {
            continue;
        }
        for (example, response) in &responses {
            if response.header(header).is_none() {
                report(format!("example {:?} lacks the {header} header a {code} carries", example.title));
            }
        }
    }
    if entry.code == 206 {
        for (example, response) in &responses {
            if response.header("Content-Range").is_none()
                && !response.header("Content-Type").is_some_and(|value| value.starts_with("multipart/byteranges"))
            {
                report(format!(
                    "example {:?}: a 206 needs Content-Range or a multipart/byteranges body",
                    example.title
                ));
            }
        }
    }
    for (code, header) in SHOWN_HEADERS {
        if *code == entry.code && !responses.iter().any(|(_, response)| response.header(header).is_some()) {
            report(format!("no example shows the {header} header that {code} is used with"));
        }
    }
}

/// (code, phrase, vendor) identifies a meaning; two entries with the same
/// identity would be indistinguishable in the list.
fn check_uniqueness(entries: &[Located], problems: &mut Vec<Problem>) {
    let mut seen: HashMap<(u16, String, Option<&str>), usize> = HashMap::new();
    let mut registered: HashMap<u16, usize> = HashMap::new();
    for (index, located) in entries.iter().enumerate() {
        let entry = &located.entry;
        let key = (entry.code, entry.phrase.to_lowercase(), entry.vendor.as_deref());
        if let Some(first) = seen.insert(key, index) {
            problems.push(Problem {
                at: located.at.clone(),
                entry: entry.status_line(),
                message: format!("same code, phrase and vendor as the entry at {}", entries[first].at),
            });
        }
        if entry.is_registered()
            && let Some(first) = registered.insert(entry.code, index)
        {
            problems.push(Problem {
                at: located.at.clone(),
                entry: entry.status_line(),
                message: format!("code {} is already registered at {}", entry.code, entries[first].at),
            });
        }
    }
}

/// Whether `text` has the three-digit code as a word of its own.
fn mentions_code(text: &str, code: u16) -> bool {
    let code = format!("{code:03}");
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|token| token == code)
}

/// A field name is a token (RFC 9110 section 5.1 and 5.6.2).
fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}
