//! Rules that need the request, which curl -v and HAR input show.

use super::super::field_syntax;
use super::{Found, Seen, place_of};

/// Safe methods (RFC 9110 section 9.2.1) that create nothing.
const SAFE: [&str; 4] = ["GET", "HEAD", "OPTIONS", "TRACE"];

/// Rules that need the request: they run only when the input shows it.
pub(super) fn rules(seen: &Seen<'_>, found: &mut Found<'_>) {
    let Some(request) = seen.request else { return };
    let response = seen.response;
    let method = request.method.as_str();
    if seen.is(&[405])
        && let Some(allow) = response.field("Allow")
        && field_syntax::allowed_methods(&allow.value).any(|allowed| allowed == method)
    {
        found.at(
            "405-allow-lists-method",
            place_of(allow.line, found.place),
            Some(format!("{method} was refused but Allow lists it")),
        );
    }
    if seen.is(&[206]) && !request.has("Range") {
        found.add("206-without-range-request", None);
    }
    if seen.is(&[416]) && !request.has("Range") {
        found.add("416-without-range-request", None);
    }
    if seen.is(&[304]) && !request.has("If-None-Match") && !request.has("If-Modified-Since") {
        found.add("304-without-conditional-request", None);
    }
    if seen.is(&[201]) && SAFE.contains(&method) {
        found.add("201-to-safe-method", Some(format!("a {method} created something")));
    }
    if seen.is(&[301, 302]) && method == "POST" {
        found.add("post-redirected-with-301-or-302", None);
    }
}
