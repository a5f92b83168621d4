//! Issue 11's table: queries a new user typed, and the entry each meant.
//! The command line and the browser must both put that entry first.

/// A query and the entry it must find first: its code, and for codes
/// with several meanings, a part of the vendor's name (`None`: IANA's).
pub struct Meant {
    pub query: &'static str,
    pub code: u16,
    pub vendor: Option<&'static str>,
}

const fn iana(query: &'static str, code: u16) -> Meant {
    Meant { query, code, vendor: None }
}

const fn by(query: &'static str, code: u16, vendor: &'static str) -> Meant {
    Meant { query, code, vendor: Some(vendor) }
}

pub const MEANT: &[Meant] = &[
    iana("retry", 429),
    iana("auth", 401),
    iana("login", 401),
    iana("maintenance", 503),
    iana("duplicate", 409),
    iana("redirect", 301),
    iana("unavailable", 503),
    by("418", 418, "HTCPCP"),
    by("499", 499, "nginx"),
    iana("NOT FOUND", 404),
    iana("NOT_FOUND", 404),
    iana("UNPROCESSABLE_ENTITY", 422),
    by("StatusTeapot", 418, "HTCPCP"),
    iana("HTTP_FORBIDDEN", 403),
    iana("unauthorised", 401),
    by("i am a teapot", 418, "HTCPCP"),
    iana("404 gone", 404),
];

impl Meant {
    /// Whether `entry` is the one meant.
    pub fn is(&self, entry: &statusbrowse::catalog::Entry) -> bool {
        entry.code == self.code
            && match self.vendor {
                None => entry.vendor.is_none(),
                Some(vendor) => entry.vendor.as_deref().is_some_and(|theirs| theirs.contains(vendor)),
            }
    }
}
