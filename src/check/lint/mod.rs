//! The rules' logic: what each looks for in a response, its request and
//! its redirect chain. What each rule says (message, section, fix) is
//! data, in assets/check/rules.toml; a test holds the two to the same ids.

mod chain;
mod framing;
mod request;
mod status;

use super::message::{Format, Place, Request, Response, Transcript};
use crate::catalog::Catalog;

/// A rule that fired: which, on which response (numbered from 1 in input
/// order, interim responses included), where, and what it saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub response: usize,
    pub place: Place,
    pub detail: Option<String>,
}

/// Every rule this engine implements, in the order rules.toml lists them.
pub const RULE_IDS: [&str; 41] = [
    "status-code-invalid",
    "401-without-www-authenticate",
    "407-without-proxy-authenticate",
    "405-without-allow",
    "426-without-upgrade",
    "101-without-upgrade",
    "content-length-in-1xx-or-204",
    "content-in-1xx-or-204",
    "content-in-205",
    "content-in-304",
    "206-without-content-range",
    "content-length-with-transfer-encoding",
    "connection-specific-field-in-http2",
    "content-length-mismatch",
    "retry-after-invalid",
    "content-range-invalid",
    "allow-invalid",
    "location-invalid",
    "field-line-invalid",
    "redirect-without-location",
    "416-without-content-range",
    "451-without-blocked-by",
    "304-without-validators",
    "304-with-representation-metadata",
    "error-without-explanation",
    "415-without-accept",
    "retry-after-without-meaning",
    "date-missing",
    "405-allow-lists-method",
    "206-without-range-request",
    "416-without-range-request",
    "304-without-conditional-request",
    "201-to-safe-method",
    "post-redirected-with-301-or-302",
    "redirect-loop",
    "redirect-chain-mixes-permanence",
    "retry-after-advised",
    "error-in-success",
    "vendor-code",
    "deprecated-code",
    "unregistered-code",
];

pub(super) const REDIRECTS: [u16; 5] = [301, 302, 303, 307, 308];

/// Runs every rule over `transcript`; findings come in response order,
/// then by rule id.
pub fn lint(transcript: &Transcript, catalog: &Catalog) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut number = 0;
    for exchange in &transcript.exchanges {
        for response in &exchange.responses {
            number += 1;
            let mut found = Found { findings: &mut findings, response: number, place: response.place };
            let seen =
                Seen { response, request: exchange.request.as_ref(), exact: transcript.format == Format::CurlInclude };
            status::rules(&seen, catalog, &mut found);
            framing::rules(&seen, &mut found);
            framing::field_rules(&seen, &mut found);
            request::rules(&seen, &mut found);
        }
    }
    chain::rules(&transcript.exchanges, &mut findings);
    findings.sort_by(|a, b| (a.response, a.rule).cmp(&(b.response, b.rule)));
    findings
}

/// One response and what the input shows around it.
pub(super) struct Seen<'a> {
    pub(super) response: &'a Response,
    pub(super) request: Option<&'a Request>,
    /// Whether the content is byte for byte what was received.
    pub(super) exact: bool,
}

impl Seen<'_> {
    pub(super) fn code(&self) -> Option<u16> {
        self.response.code()
    }

    pub(super) fn is(&self, codes: &[u16]) -> bool {
        self.code().is_some_and(|code| codes.contains(&code))
    }

    pub(super) fn class(&self, class: u16) -> bool {
        self.code().is_some_and(|code| code / 100 == class)
    }

    pub(super) fn method(&self) -> Option<&str> {
        self.request.map(|request| request.method.as_str())
    }

    pub(super) fn is_head(&self) -> bool {
        self.method() == Some("HEAD")
    }

    /// Content-Length as a number, when it is one.
    pub(super) fn content_length(&self) -> Option<u64> {
        let value = &self.response.field("Content-Length")?.value;
        value.bytes().all(|byte| byte.is_ascii_digit()).then(|| value.parse().ok()).flatten()
    }

    pub(super) fn has_content(&self) -> bool {
        !self.response.content.is_empty()
    }
}

pub(super) struct Found<'a> {
    findings: &'a mut Vec<Finding>,
    response: usize,
    pub(super) place: Place,
}

impl Found<'_> {
    pub(super) fn add(&mut self, rule: &'static str, detail: Option<String>) {
        self.findings.push(Finding { rule, response: self.response, place: self.place, detail });
    }

    pub(super) fn at(&mut self, rule: &'static str, place: Place, detail: Option<String>) {
        self.findings.push(Finding { rule, response: self.response, place, detail });
    }
}

/// A field's own place, or the response's.
pub(super) fn place_of(line: Option<usize>, otherwise: Place) -> Place {
    line.map_or(otherwise, Place::Line)
}
