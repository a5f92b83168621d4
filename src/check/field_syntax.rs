//! The syntax of the fields the rules read, from RFC 9110's grammar:
//! Retry-After, Content-Range, Allow, Location, and HTTP-date.

use super::head::is_token;

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// RFC 9110 section 10.2.3: delay-seconds or an HTTP-date, which a
/// sender MUST write as an IMF-fixdate (section 5.6.7): the two obsolete
/// forms are for recipients to accept, not for servers to send.
pub fn retry_after(value: &str) -> bool {
    (!value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit())) || imf_fixdate(value)
}

/// RFC 9110 section 5.6.7: IMF-fixdate, or the obsolete RFC 850 and
/// asctime forms recipients must still accept.
pub fn http_date(value: &str) -> bool {
    imf_fixdate(value) || rfc850_date(value) || asctime_date(value)
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`
fn imf_fixdate(value: &str) -> bool {
    let parts: Vec<&str> = value.split(' ').collect();
    let [day, date, month, year, time, zone] = parts[..] else { return false };
    day.strip_suffix(',').is_some_and(|day| DAYS.contains(&day))
        && digits(date, 2)
        && MONTHS.contains(&month)
        && digits(year, 4)
        && time_of_day(time)
        && zone == "GMT"
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`
fn rfc850_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split(' ').collect();
    let [day, date, time, zone] = parts[..] else { return false };
    let date: Vec<&str> = date.split('-').collect();
    day.strip_suffix(',').is_some_and(|day| LONG_DAYS.contains(&day))
        && matches!(date[..], [d, m, y] if digits(d, 2) && MONTHS.contains(&m) && digits(y, 2))
        && time_of_day(time)
        && zone == "GMT"
}

/// `Sun Nov  6 08:49:37 1994`
fn asctime_date(value: &str) -> bool {
    let Some((day, rest)) = value.split_once(' ') else { return false };
    let Some((month, rest)) = rest.split_once(' ') else { return false };
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let parts: Vec<&str> = rest.split(' ').collect();
    let [date, time, year] = parts[..] else { return false };
    DAYS.contains(&day)
        && MONTHS.contains(&month)
        && (digits(date, 1) || digits(date, 2))
        && time_of_day(time)
        && digits(year, 4)
}

fn time_of_day(text: &str) -> bool {
    let parts: Vec<&str> = text.split(':').collect();
    matches!(parts[..], [h, m, s] if digits(h, 2) && digits(m, 2) && digits(s, 2))
}

fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// A Content-Range value, as far as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentRange {
    /// `bytes 0-499/1234` or `bytes 0-499/*`.
    Range {
        complete: Option<u64>,
    },
    /// `bytes */1234`: what a 416 sends.
    Unsatisfied {
        complete: u64,
    },
    /// A range unit other than bytes: its syntax is its own.
    OtherUnit,
    Invalid,
}

/// RFC 9110 section 14.4.
pub fn content_range(value: &str) -> ContentRange {
    let Some((unit, rest)) = value.split_once(' ') else { return ContentRange::Invalid };
    if !unit.eq_ignore_ascii_case("bytes") {
        return if is_token(unit) { ContentRange::OtherUnit } else { ContentRange::Invalid };
    }
    let Some((range, complete)) = rest.split_once('/') else { return ContentRange::Invalid };
    let complete = match complete {
        "*" => None,
        number => match number.parse::<u64>() {
            Ok(length) if number.bytes().all(|byte| byte.is_ascii_digit()) => Some(length),
            _ => return ContentRange::Invalid,
        },
    };
    if range == "*" {
        return complete.map_or(ContentRange::Invalid, |complete| ContentRange::Unsatisfied { complete });
    }
    let Some((first, last)) = range.split_once('-') else { return ContentRange::Invalid };
    let number =
        |text: &str| text.bytes().all(|byte| byte.is_ascii_digit()).then(|| text.parse::<u64>().ok()).flatten();
    match (number(first), number(last)) {
        (Some(first), Some(last)) if first <= last && complete.is_none_or(|complete| last < complete) => {
            ContentRange::Range { complete }
        }
        _ => ContentRange::Invalid,
    }
}

/// RFC 9110 section 10.2.1: `#method`, possibly empty.
pub fn allow(value: &str) -> bool {
    value.split(',').map(|method| method.trim_matches([' ', '\t'])).all(|method| method.is_empty() || is_token(method))
}

/// The methods an Allow value lists.
pub fn allowed_methods(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(|method| method.trim_matches([' ', '\t'])).filter(|method| !method.is_empty())
}

/// RFC 9110 section 10.2.2: a URI-reference (RFC 3986 section 4.1),
/// relative ones included, and the empty one (the request's own URI);
/// what it may not hold is checked, not every production.
pub fn location(value: &str) -> bool {
    let bytes = value.as_bytes();
    for (at, byte) in bytes.iter().enumerate() {
        let fine = match byte {
            b'%' => bytes.get(at + 1..at + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)),
            b'<' | b'>' | b'"' | b'{' | b'}' | b'|' | b'\\' | b'^' | b'`' => false,
            byte => byte.is_ascii_graphic() || *byte >= 0x80,
        };
        if !fine {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_or_an_imf_fixdate() {
        for good in ["120", "0", "Sun, 06 Nov 1994 08:49:37 GMT"] {
            assert!(retry_after(good), "{good}");
        }
        for obsolete in ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
            assert!(
                http_date(obsolete) && !retry_after(obsolete),
                "{obsolete}: a date, but not one a sender may write"
            );
        }
        for bad in [
            "",
            "-1",
            "1.5",
            "2 minutes",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "2026-12-03T10:00:00Z",
            "Sun, 6 Nov 1994 08:49:37 GMT",
        ] {
            assert!(!retry_after(bad), "{bad}");
        }
    }

    #[test]
    fn content_ranges() {
        assert_eq!(content_range("bytes 0-499/1234"), ContentRange::Range { complete: Some(1234) });
        assert_eq!(content_range("bytes 0-499/*"), ContentRange::Range { complete: None });
        assert_eq!(content_range("bytes */1234"), ContentRange::Unsatisfied { complete: 1234 });
        assert_eq!(content_range("items 0-9/100"), ContentRange::OtherUnit);
        for bad in
            ["bytes 500-499/1234", "bytes 0-1234/1234", "bytes 0-499", "bytes */*", "bytes=0-499/1234", "0-499/1234"]
        {
            assert_eq!(content_range(bad), ContentRange::Invalid, "{bad}");
        }
    }

    #[test]
    fn allow_and_location() {
        assert!(allow("GET, HEAD, OPTIONS"));
        assert!(allow(""));
        assert!(!allow("GET; HEAD"));
        assert!(location("/orders/1"));
        assert!(location("https://example.com/a?b=c#d"));
        assert!(location("../up%20one"));
        assert!(location(""), "an empty reference is the current document");
        for bad in ["/a b", "/a%zz", "/<x>", "/a\u{7}"] {
            assert!(!location(bad), "{bad:?}");
        }
    }
}
