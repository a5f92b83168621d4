//! `statusbrowse check`: real responses, as curl or a browser recorded
//! them, explained from the catalog and held to the RFCs' rules.

mod curl_include;
mod curl_verbose;
mod field_syntax;
mod har;
mod head;
mod lines;
pub mod lint;
pub mod message;
pub mod report;
pub mod rules;

use thiserror::Error;

use self::lint::Finding;
use self::message::{Format, Transcript};
use crate::catalog::Catalog;

/// The input is not a transcript of HTTP responses; `line` is where that
/// shows (1 for a file that is wrong throughout).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {what}")]
pub struct ReadError {
    pub line: usize,
    pub what: String,
}

impl ReadError {
    fn at(line: usize, what: String) -> Self {
        Self { line, what }
    }
}

/// A transcript and what the rules found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub transcript: Transcript,
    pub findings: Vec<Finding>,
}

/// Reads `input` in whichever format it is, and runs every rule.
pub fn check(input: &[u8], catalog: &Catalog) -> Result<Checked, ReadError> {
    let transcript = read(input)?;
    let findings = lint::lint(&transcript, catalog);
    Ok(Checked { transcript, findings })
}

/// Reads `input`: a HAR file, curl -v output, or curl -i output.
pub fn read(input: &[u8]) -> Result<Transcript, ReadError> {
    let start = input.iter().position(|byte| !byte.is_ascii_whitespace());
    let Some(start) = start else {
        return Err(ReadError::at(1, "the input is empty: no HTTP response to check".to_owned()));
    };
    if input[start] == b'{' {
        let (exchanges, notes) = har::read(input)?;
        return Ok(Transcript { format: Format::Har, exchanges, notes });
    }
    if is_verbose(input) {
        return Ok(Transcript {
            format: Format::CurlVerbose,
            exchanges: curl_verbose::read(input)?,
            notes: Vec::new(),
        });
    }
    Ok(Transcript { format: Format::CurlInclude, exchanges: curl_include::read(input)?, notes: Vec::new() })
}

/// curl -i output starts with a status line; curl -v output has its
/// response lines marked `< `, after notes, the request, or a progress
/// meter.
fn is_verbose(input: &[u8]) -> bool {
    let mut lines =
        lines::Lines::new(input).map(|line| line.text).filter(|text| !text.iter().all(u8::is_ascii_whitespace));
    let Some(first) = lines.next() else { return false };
    if first.starts_with(b"* ") || first.starts_with(b"> ") || first.starts_with(b"< ") {
        return true;
    }
    !head::looks_like_status_line(first)
        && lines::Lines::new(input).any(|line| line.text.starts_with(b"< ") || line.text.starts_with(b"> "))
}
