//! The status code itself: whether it is one, what the catalog knows of
//! it, and the fields and content particular codes require.

use super::super::field_syntax::{self, ContentRange};
use super::super::message::Response;
use super::{Found, REDIRECTS, Seen};
use crate::catalog::{Catalog, Status};

/// What to send instead of each registered code that is out of use.
const SUCCESSORS: [(u16, &str); 5] = [
    (102, "202 Accepted with a status resource for long work, or 103 Early Hints to send hints early"),
    (305, "configure the proxy on the client; to send it elsewhere, 307 or 308"),
    (306, "307 Temporary Redirect or 308 Permanent Redirect"),
    (418, "the 4xx that says what is wrong with the request (400, 403, 404 or 422)"),
    (510, "400 Bad Request or 403 Forbidden, with a problem document saying what is missing"),
];

/// The status code itself, and what the catalog knows of it.
pub(super) fn rules(seen: &Seen<'_>, catalog: &Catalog, found: &mut Found<'_>) {
    let response = seen.response;
    if response.valid_code().is_none() {
        found.add("status-code-invalid", Some(format!("the status code is `{}`", response.code_text)));
    }
    let Some(code) = response.code() else { return };
    let registered = catalog.by_code(code).find(|entry| entry.is_registered());
    match registered {
        Some(entry) if matches!(entry.status, Status::Deprecated | Status::Obsolete | Status::Unused) => {
            let instead = SUCCESSORS
                .iter()
                .find(|(retired, _)| *retired == code)
                .map_or("a current code that says what happened", |(_, instead)| instead);
            found.add(
                "deprecated-code",
                Some(format!("{} is {}; instead: {instead}", entry.status_line(), entry.status)),
            );
        }
        Some(_) => {}
        None => {
            let vendors: Vec<String> = catalog
                .by_code(code)
                .filter_map(|entry| entry.vendor.as_deref().map(|vendor| format!("{vendor}: {}", entry.phrase)))
                .collect();
            if !vendors.is_empty() {
                found.add("vendor-code", Some(vendors.join("; ")));
            } else if response.valid_code().is_some() {
                found.add("unregistered-code", Some(format!("clients treat it as {}00", code / 100)));
            }
        }
    }
    let needs = [
        (401, "WWW-Authenticate", "401-without-www-authenticate"),
        (407, "Proxy-Authenticate", "407-without-proxy-authenticate"),
        (405, "Allow", "405-without-allow"),
        (426, "Upgrade", "426-without-upgrade"),
        (101, "Upgrade", "101-without-upgrade"),
    ];
    for (status, field, rule) in needs {
        if code == status && !response.has(field) {
            found.add(rule, None);
        }
    }
    // Google's resumable uploads answer 308 Resume Incomplete with the
    // Range received so far, and no Location: not a redirect at all.
    let resume_incomplete = code == 308 && response.has("Range");
    if REDIRECTS.contains(&code) && !response.has("Location") && !resume_incomplete {
        found.add("redirect-without-location", None);
    }
    if code == 206 && !response.has("Content-Range") && response.media_type().as_deref() != Some("multipart/byteranges")
    {
        found.add("206-without-content-range", None);
    }
    if code == 416
        && !response
            .values("Content-Range")
            .any(|field| matches!(field_syntax::content_range(&field.value), ContentRange::Unsatisfied { .. }))
    {
        found.add("416-without-content-range", None);
    }
    // Exchange ActiveSync's 451 is a redirect to another server, named in
    // X-MS-Location, not a legal block.
    let activesync = response.has("X-MS-Location");
    if code == 451 && !activesync && !response.values("Link").any(|field| links_blocked_by(&field.value)) {
        found.add("451-without-blocked-by", None);
    }
    if code == 304 {
        // Date is always due from an origin with a clock; ETag only when
        // the 200 had one, which an If-None-Match in the request shows.
        let mut missing = Vec::new();
        if !response.has("Date") {
            missing.push("Date");
        }
        if seen.request.is_some_and(|request| request.has("If-None-Match")) && !response.has("ETag") {
            missing.push("ETag (the request sent If-None-Match)");
        }
        if !missing.is_empty() {
            found.add("304-without-validators", Some(format!("missing: {}", missing.join(", "))));
        }
        let metadata: Vec<&str> = ["Content-Type", "Content-Encoding", "Content-Language"]
            .into_iter()
            .filter(|name| response.has(name))
            .collect();
        if !metadata.is_empty() {
            found.add("304-with-representation-metadata", Some(metadata.join(", ")));
        }
    }
    // Accept-Post (the W3C's Linked Data Platform) names what a POST
    // takes as Accept-Patch does for PATCH.
    if code == 415
        && !["Accept", "Accept-Encoding", "Accept-Patch", "Accept-Post"].iter().any(|name| response.has(name))
    {
        found.add("415-without-accept", None);
    }
    if matches!(code, 429 | 503) && !response.has("Retry-After") {
        found.add("retry-after-advised", None);
    }
    if (200..500).contains(&code) && !response.has("Date") {
        found.add("date-missing", None);
    }
    if code == 200 && is_error_document(response) {
        found.add("error-in-success", None);
    }
}

/// Whether a Link value has `rel="blocked-by"` (RFC 7725 section 4).
fn links_blocked_by(value: &str) -> bool {
    value.split(',').any(|link| {
        link.split(';').skip(1).any(|parameter| {
            let Some((name, rel)) = parameter.split_once('=') else { return false };
            name.trim().eq_ignore_ascii_case("rel")
                && rel
                    .trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|rel| rel.eq_ignore_ascii_case("blocked-by"))
        })
    })
}

/// A success whose content says it failed: a problem document, or a JSON
/// object with an `error` or `errors` member.
fn is_error_document(response: &Response) -> bool {
    if response.media_type().as_deref() == Some("application/problem+json") {
        return true;
    }
    let bytes = response.content.bytes();
    let looks_json = bytes.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'{');
    // GraphQL answers 200 with `errors` beside the `data` it could
    // produce: a partial success by design, not a failure in disguise.
    // With `"data": null` nothing succeeded.
    looks_json
        && serde_json::from_slice::<serde_json::Value>(bytes)
            .ok()
            .and_then(|value| {
                value.as_object().map(|object| {
                    (object.contains_key("error") || object.contains_key("errors"))
                        && object.get("data").is_none_or(serde_json::Value::is_null)
                })
            })
            .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_by_is_found_among_link_relations() {
        assert!(links_blocked_by(r#"<https://authority.example/>; rel="blocked-by""#));
        assert!(links_blocked_by("<https://a.example/>; rel=blocked-by"));
        assert!(links_blocked_by(
            r#"<https://a.example/>; rel="preload", <https://b.example/>; rel="author blocked-by""#
        ));
        assert!(!links_blocked_by(r#"<https://a.example/>; rel="preload""#));
    }
}
