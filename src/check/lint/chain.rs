//! Redirect chains: loops, and permanent and temporary redirects mixed.

use std::collections::HashSet;

use super::super::message::Exchange;
use super::{Finding, REDIRECTS, place_of};

/// Redirect chains: consecutive exchanges, each answering the previous
/// one's Location. A chain loops when it makes the same redirect twice:
/// from the same URL, with the same code, to the same target. Coming back
/// to a URL is not enough: a login flow does that by design.
pub(super) fn rules(exchanges: &[Exchange], findings: &mut Vec<Finding>) {
    let mut number = 0;
    let mut made: HashSet<(Option<String>, u16, String)> = HashSet::new();
    let mut base: Option<String> = None;
    let mut permanent = false;
    let mut temporary = false;
    let mut mixed_said = false;
    let mut continues = false;
    for exchange in exchanges {
        if !continues {
            made.clear();
            base = None;
            permanent = false;
            temporary = false;
            mixed_said = false;
        }
        if let Some(request) = &exchange.request {
            base = Some(resolve(base.as_deref(), &request.url()));
        }
        number += exchange.responses.len();
        continues = false;
        let Some(last) = exchange.responses.last() else { continue };
        let Some(code) = last.code().filter(|code| REDIRECTS.contains(code)) else { continue };
        let Some(location) = last.field("Location") else { continue };
        continues = true;
        permanent |= matches!(code, 301 | 308);
        temporary |= matches!(code, 302 | 303 | 307);
        if permanent && temporary && !mixed_said {
            mixed_said = true;
            findings.push(Finding {
                rule: "redirect-chain-mixes-permanence",
                response: number,
                place: last.place,
                detail: None,
            });
        }
        let target = resolve(base.as_deref(), &location.value);
        let hop = (base.as_deref().map(identity), code, identity(&target));
        if !made.insert(hop) {
            findings.push(Finding {
                rule: "redirect-loop",
                response: number,
                place: place_of(location.line, last.place),
                detail: Some(format!("{code} to {} again", location.value)),
            });
            continues = false;
        }
        base = Some(target);
    }
}

/// `reference` resolved against `base` (RFC 3986 section 5.2, for the
/// forms Locations take), without its fragment.
fn resolve(base: Option<&str>, reference: &str) -> String {
    let reference = reference.split('#').next().unwrap_or_default();
    let Some(base) = base else { return reference.to_owned() };
    if reference.contains("://") {
        return reference.to_owned();
    }
    let (scheme, rest) = match base.split_once("//") {
        Some((scheme, rest)) => (scheme, rest),
        None => return reference.to_owned(),
    };
    if let Some(authority_and_path) = reference.strip_prefix("//") {
        return format!("{scheme}//{authority_and_path}");
    }
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    if reference.starts_with('/') {
        return format!("{scheme}//{authority}{reference}");
    }
    let path = rest[authority_end..].split('?').next().unwrap_or_default();
    let directory = path.rfind('/').map_or("/", |at| &path[..=at]);
    format!("{scheme}//{authority}{directory}{reference}")
}

/// What two URLs must share to be the same place: everything but the
/// scheme (which a curl -v transcript may not show) and host case.
fn identity(url: &str) -> String {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let path = &rest[authority_end..];
    format!("{}{}", rest[..authority_end].to_ascii_lowercase(), if path.is_empty() { "/" } else { path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_resolve_as_rfc_3986_says_for_the_common_forms() {
        let base = Some("https://example.com/a/b?q=1");
        assert_eq!(resolve(base, "/c"), "https://example.com/c");
        assert_eq!(resolve(base, "c"), "https://example.com/a/c");
        assert_eq!(resolve(base, "//other.example/d"), "https://other.example/d");
        assert_eq!(resolve(base, "http://x.example/#top"), "http://x.example/");
        assert_eq!(identity("https://Example.COM"), identity("//example.com/"));
    }
}
