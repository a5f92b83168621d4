//! A transcript as the rules see it: requests and responses with their
//! fields, where each came from, and chains of redirects.

/// One header field line, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    /// Where it stands in the input, when the input has lines (not HAR).
    pub line: Option<usize>,
}

impl Field {
    /// Field names match case-insensitively (RFC 9110 section 5.1).
    pub fn is_named(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// Where something is in the input: a line of a curl transcript or an
/// entry of a HAR file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Entry(usize),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Line(line) => write!(f, "line {line}"),
            Self::Entry(entry) => write!(f, "entry {entry}"),
        }
    }
}

/// HTTP's major versions, which differ in what a response may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// HTTP/1.0 and HTTP/1.1: reason phrases, Transfer-Encoding.
    One,
    /// HTTP/2 and HTTP/3: no reason phrase, no connection-specific fields.
    Multiplexed,
}

/// The content of a response, as far as the input shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// The bytes exactly as received (curl -i).
    Exact(Vec<u8>),
    /// What the input shows of it, and the length it reports: curl -v
    /// interleaves content with its notes, and a HAR file may hold it
    /// decoded, or not at all.
    Shown { bytes: Vec<u8>, length: usize },
}

impl Content {
    pub fn bytes(&self) -> &[u8] {
        match self {
            Self::Exact(bytes) | Self::Shown { bytes, .. } => bytes,
        }
    }

    /// Whether there is content at all. Line ends alone do not count: an
    /// editor adds one to a saved transcript, and curl prints none for a
    /// response that has no content.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Exact(bytes) => bytes.iter().all(|byte| matches!(byte, b'\r' | b'\n')),
            Self::Shown { length, .. } => *length == 0,
        }
    }
}

/// A field line that breaks RFC 9112 section 5's syntax; the response is
/// still read, as a lenient recipient would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadFieldLine {
    pub place: Place,
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub place: Place,
    /// The protocol as the input names it: `HTTP/1.1`, `HTTP/2`, `h2`.
    pub protocol: String,
    pub version: Version,
    /// The status code as written: three digits, or anything else.
    pub code_text: String,
    pub reason: String,
    pub fields: Vec<Field>,
    pub content: Content,
    pub bad_lines: Vec<BadFieldLine>,
}

impl Response {
    /// The status code, when it is a number at all.
    pub fn code(&self) -> Option<u16> {
        if self.code_text.is_empty() || !self.code_text.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        self.code_text.parse().ok()
    }

    /// A valid code: three digits, 100-599 (RFC 9110 section 15).
    pub fn valid_code(&self) -> Option<u16> {
        self.code().filter(|code| self.code_text.len() == 3 && (100..600).contains(code))
    }

    pub fn is_interim(&self) -> bool {
        self.valid_code().is_some_and(|code| code < 200)
    }

    /// The first value of a field.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.is_named(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    /// Every value of a field, in order: a list field may come in several
    /// lines (RFC 9110 section 5.3).
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.fields.iter().filter(move |field| field.is_named(name))
    }

    /// The media type without parameters, lowercased.
    pub fn media_type(&self) -> Option<String> {
        self.field("Content-Type")
            .map(|field| field.value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub place: Place,
    pub method: String,
    /// The target as sent, or the full URL where the input has it (HAR).
    pub target: String,
    pub fields: Vec<Field>,
}

impl Request {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.is_named(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    /// The URL the request was for, as well as the input tells it: the
    /// target itself when absolute, else the Host (or :authority) and
    /// the path.
    pub fn url(&self) -> String {
        if self.target.contains("://") {
            return self.target.clone();
        }
        let host = self.field("Host").or_else(|| self.field(":authority")).map(|field| field.value.as_str());
        match host {
            Some(host) => format!("//{host}{}", self.target),
            None => self.target.clone(),
        }
    }
}

/// A request (when the input shows it) and its responses: interim ones
/// first, then the final one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub request: Option<Request>,
    pub responses: Vec<Response>,
}

impl Exchange {
    pub fn final_response(&self) -> Option<&Response> {
        self.responses.iter().rev().find(|response| !response.is_interim())
    }
}

/// What was read: exchanges in input order, and whether requests are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transcript {
    pub format: Format,
    pub exchanges: Vec<Exchange>,
    /// What the reader left out, worth saying (a HAR entry with status 0).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    CurlInclude,
    CurlVerbose,
    Har,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Self::CurlInclude => "curl -i",
            Self::CurlVerbose => "curl -v",
            Self::Har => "HAR",
        }
    }
}
