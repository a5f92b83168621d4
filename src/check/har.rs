//! HAR 1.2, as browsers' dev tools save it: every entry's request and
//! response. Content there may be decoded, so its length is approximate.

use serde::Deserialize;

use super::ReadError;
use super::message::{Content, Exchange, Field, Place, Request, Response, Version};

#[derive(Deserialize)]
struct Har {
    log: Log,
}

#[derive(Deserialize)]
struct Log {
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    request: HarRequest,
    response: HarResponse,
}

#[derive(Deserialize)]
struct HarRequest {
    method: String,
    url: String,
    #[serde(default)]
    headers: Vec<Header>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HarResponse {
    status: i64,
    #[serde(default)]
    status_text: String,
    #[serde(default)]
    http_version: String,
    #[serde(default)]
    headers: Vec<Header>,
    #[serde(default)]
    content: HarContent,
    /// What came over the wire: 0 for a 304 even where `content` holds
    /// the cached representation; -1 when unknown.
    #[serde(default = "unknown")]
    body_size: i64,
}

fn unknown() -> i64 {
    -1
}

#[derive(Deserialize, Default)]
struct HarContent {
    #[serde(default)]
    size: i64,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
}

#[derive(Deserialize)]
struct Header {
    name: String,
    value: String,
}

/// The exchanges in a HAR file, and a note for each entry left out.
pub fn read(input: &[u8]) -> Result<(Vec<Exchange>, Vec<String>), ReadError> {
    let har: Har = serde_json::from_slice(input).map_err(|error| {
        // serde_json's message ends with the place; the line goes first.
        let message = error.to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(message, _)| message);
        if message == "missing field `log`" {
            return ReadError::at(1, "JSON, but not a HAR file: it has no `log` object".to_owned());
        }
        let what = if error.is_data() {
            format!("JSON, but not a HAR file: {message}")
        } else {
            format!("not valid JSON: {message}")
        };
        ReadError::at(error.line().max(1), what)
    })?;
    let mut exchanges = Vec::new();
    let mut notes = Vec::new();
    for (index, entry) in har.log.entries.into_iter().enumerate() {
        let place = Place::Entry(index + 1);
        if entry.response.status <= 0 {
            notes.push(format!(
                "{place}: {} {} got no response (blocked or failed); skipped",
                entry.request.method, entry.request.url
            ));
            continue;
        }
        let fields = |headers: Vec<Header>| -> Vec<Field> {
            headers.into_iter().map(|header| Field { name: header.name, value: header.value, line: None }).collect()
        };
        let protocol = entry.response.http_version.clone();
        let version = if entry.response.http_version.contains('2') || entry.response.http_version.contains('3') {
            Version::Multiplexed
        } else {
            Version::One
        };
        let content = entry.response.content;
        // Base64 is how HAR stores binary content: its length is not the
        // content's, and its text is not worth reading.
        let text = if content.encoding.as_deref() == Some("base64") { None } else { content.text };
        let bytes = text.map(String::into_bytes).unwrap_or_default();
        let length = match usize::try_from(entry.response.body_size) {
            Ok(received) => received,
            Err(_) => usize::try_from(content.size).unwrap_or(0).max(bytes.len()),
        };
        exchanges.push(Exchange {
            request: Some(Request {
                place,
                method: entry.request.method,
                target: entry.request.url,
                fields: fields(entry.request.headers),
            }),
            responses: vec![Response {
                place,
                protocol,
                version,
                code_text: entry.response.status.to_string(),
                reason: entry.response.status_text,
                fields: fields(entry.response.headers),
                content: Content::Shown { bytes, length },
                bad_lines: Vec::new(),
            }],
        });
    }
    if exchanges.is_empty() && notes.is_empty() {
        return Err(ReadError::at(1, "a HAR file with no entries".to_owned()));
    }
    Ok((exchanges, notes))
}
