//! What `check` prints: each response explained from the catalog, its
//! findings by severity with the section and the fix; or the same as
//! JSON. Everything taken from the input is made inert first.

use std::collections::BTreeMap;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::Checked;
use super::lint::Finding;
use super::message::{Place, Response};
use super::rules::{Rule, Severity};
use crate::catalog::Catalog;
use crate::inert;

/// How many findings of each severity: what the exit status is read from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub info: usize,
}

impl Tally {
    pub fn of(findings: &[Finding], rules: &BTreeMap<&str, &Rule>) -> Self {
        let mut tally = Self::default();
        for finding in findings {
            match rules.get(finding.rule).map(|rule| rule.severity) {
                Some(Severity::Error) => tally.errors += 1,
                Some(Severity::Warning) => tally.warnings += 1,
                Some(Severity::Info) | None => tally.info += 1,
            }
        }
        tally
    }
}

/// Rules by id, for looking findings up.
pub fn by_id(rules: &[Rule]) -> BTreeMap<&str, &Rule> {
    rules.iter().map(|rule| (rule.id.as_str(), rule)).collect()
}

/// Styles for a terminal, or none.
struct Paint {
    color: bool,
}

impl Paint {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color { format!("{style}{text}{style:#}") } else { text.to_owned() }
    }

    fn severity(&self, severity: Severity) -> String {
        let color = match severity {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        self.paint(Style::new().fg_color(Some(color.into())).bold(), &format!("{:<7}", severity.label()))
    }

    fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }
}

/// The status line as received, made safe to print.
fn status_line(response: &Response) -> String {
    let version = if response.protocol.is_empty() { "HTTP" } else { response.protocol.as_str() };
    let reason = if response.reason.is_empty() { String::new() } else { format!(" {}", response.reason) };
    inert::line(&format!("{version} {}{reason}", response.code_text)).into_owned()
}

/// One line from the catalog: `404 Not Found: There is nothing ...`, or
/// every vendor's meaning of a code IANA does not register.
fn explanation(response: &Response, catalog: &Catalog) -> String {
    let Some(code) = response.code() else { return "not a status code".to_owned() };
    let entries: Vec<_> = catalog.by_code(code).collect();
    if let Some(entry) = entries.iter().find(|entry| entry.is_registered()) {
        return format!("{}: {}", entry.status_line(), entry.summary);
    }
    if entries.is_empty() {
        return format!("{code:03} is not in the catalog");
    }
    let meanings: Vec<String> = entries
        .iter()
        .map(|entry| {
            format!("{} ({}): {}", entry.status_line(), entry.vendor.as_deref().unwrap_or("unofficial"), entry.summary)
        })
        .collect();
    meanings.join(" / ")
}

/// Wraps `text` at `width`, every line after `indent`.
fn wrapped(text: &str, indent: usize, width: usize) -> String {
    let pad = " ".repeat(indent);
    let options = textwrap::Options::new(width.max(indent + 20))
        .initial_indent(&pad)
        .subsequent_indent(&pad)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options).join("\n")
}

/// The text report.
pub fn write_text(
    out: &mut impl Write,
    checked: &Checked,
    catalog: &Catalog,
    rules: &[Rule],
    width: usize,
    color: bool,
) -> io::Result<Tally> {
    let paint = Paint { color };
    let rules = by_id(rules);
    let mut number = 0;
    for note in &checked.transcript.notes {
        writeln!(out, "{}", paint.dim(&inert::line(note)))?;
    }
    for exchange in &checked.transcript.exchanges {
        for response in &exchange.responses {
            number += 1;
            let place = response.place;
            writeln!(out, "{}", paint.bold(&format!("response {number} ({place}): {}", status_line(response))))?;
            writeln!(out, "{}", wrapped(&inert::line(&explanation(response, catalog)), 2, width))?;
            let mut findings: Vec<(&Finding, Option<&&Rule>)> = checked
                .findings
                .iter()
                .filter(|finding| finding.response == number)
                .map(|finding| (finding, rules.get(finding.rule)))
                .collect();
            findings.sort_by_key(|(finding, rule)| (rule.map(|rule| rule.severity), finding.rule));
            if findings.is_empty() {
                writeln!(out, "  {}", paint.dim("no findings"))?;
            }
            for (finding, rule) in findings {
                let severity = rule.map_or(Severity::Info, |rule| rule.severity);
                let at = if finding.place == place { String::new() } else { format!(" ({})", finding.place) };
                writeln!(out, "  {} {}{at}", paint.severity(severity), paint.bold(finding.rule))?;
                if let Some(rule) = rule {
                    writeln!(out, "{}", wrapped(&rule.message, 10, width))?;
                }
                if let Some(detail) = &finding.detail {
                    writeln!(out, "{}", wrapped(&format!("seen: {}", inert::line(detail)), 10, width))?;
                }
                if let Some(rule) = rule {
                    writeln!(out, "          {}", paint.dim(&format!("{}: {}", rule.citation(), rule.url)))?;
                    writeln!(out, "{}", wrapped(&format!("fix: {}", rule.fix), 10, width))?;
                }
            }
        }
    }
    let tally = Tally::of(&checked.findings, &rules);
    let plural = |count: usize, one: &str, many: &str| format!("{count} {}", if count == 1 { one } else { many });
    writeln!(
        out,
        "{}: {}, {}, {} ({})",
        plural(number, "response", "responses"),
        plural(tally.errors, "error", "errors"),
        plural(tally.warnings, "warning", "warnings"),
        plural(tally.info, "note", "notes"),
        checked.transcript.format.name(),
    )?;
    Ok(tally)
}

#[derive(Serialize)]
struct JsonReport<'a> {
    format: &'static str,
    responses: Vec<JsonResponse<'a>>,
    notes: &'a [String],
    summary: Tally,
}

#[derive(Serialize)]
struct JsonResponse<'a> {
    number: usize,
    line: Option<usize>,
    entry: Option<usize>,
    status: &'a str,
    reason: &'a str,
    explanation: String,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    detail: Option<&'a str>,
    spec: JsonSpec<'a>,
    fix: &'a str,
    line: Option<usize>,
}

#[derive(Serialize)]
struct JsonSpec<'a> {
    document: &'a str,
    section: &'a str,
    url: &'a str,
}

fn split(place: Place) -> (Option<usize>, Option<usize>) {
    match place {
        Place::Line(line) => (Some(line), None),
        Place::Entry(entry) => (None, Some(entry)),
    }
}

/// The JSON report: responses, their findings, and the tally.
pub fn write_json(out: &mut impl Write, checked: &Checked, catalog: &Catalog, rules: &[Rule]) -> io::Result<Tally> {
    let by_id = by_id(rules);
    let mut responses = Vec::new();
    let mut number = 0;
    for exchange in &checked.transcript.exchanges {
        for response in &exchange.responses {
            number += 1;
            let (line, entry) = split(response.place);
            let findings = checked
                .findings
                .iter()
                .filter(|finding| finding.response == number)
                .filter_map(|finding| {
                    let rule = by_id.get(finding.rule)?;
                    Some(JsonFinding {
                        rule: finding.rule,
                        severity: rule.severity,
                        message: &rule.message,
                        detail: finding.detail.as_deref(),
                        spec: JsonSpec { document: &rule.document, section: &rule.section, url: &rule.url },
                        fix: &rule.fix,
                        line: split(finding.place).0,
                    })
                })
                .collect();
            responses.push(JsonResponse {
                number,
                line,
                entry,
                status: &response.code_text,
                reason: &response.reason,
                explanation: explanation(response, catalog),
                findings,
            });
        }
    }
    let summary = Tally::of(&checked.findings, &by_id);
    let report =
        JsonReport { format: checked.transcript.format.name(), responses, notes: &checked.transcript.notes, summary };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)?;
    Ok(summary)
}

/// `--rules`: one line each.
pub fn write_rules(out: &mut impl Write, rules: &[Rule], color: bool) -> io::Result<()> {
    let paint = Paint { color };
    let widest = rules.iter().map(|rule| rule.id.len()).max().unwrap_or(0);
    for rule in rules {
        writeln!(
            out,
            "{} {:<widest$}  {}  {}",
            paint.severity(rule.severity),
            rule.id,
            paint.dim(&format!("{:<26}", rule.citation())),
            rule.message
        )?;
    }
    Ok(())
}

/// `--explain RULE`: everything the rule says, and the catalog's example
/// of a response that keeps it.
pub fn write_explanation(
    out: &mut impl Write,
    rule: &Rule,
    catalog: &Catalog,
    width: usize,
    color: bool,
) -> io::Result<()> {
    let paint = Paint { color };
    writeln!(out, "{} {}", paint.severity(rule.severity), paint.bold(&rule.id))?;
    writeln!(out, "{}", wrapped(&rule.message, 2, width))?;
    writeln!(out, "  {}", paint.dim(&format!("{}: {}", rule.citation(), rule.url)))?;
    writeln!(out)?;
    for paragraph in rule.explain.trim().split("\n\n") {
        writeln!(out, "{}", wrapped(&paragraph.split_whitespace().collect::<Vec<_>>().join(" "), 2, width))?;
        writeln!(out)?;
    }
    writeln!(out, "{}", wrapped(&format!("Fix: {}", rule.fix), 2, width))?;
    let example = catalog
        .by_code(rule.example)
        .find(|entry| entry.is_registered())
        .or_else(|| catalog.by_code(rule.example).next())
        .and_then(|entry| entry.examples.first().map(|example| (entry, example)));
    if let Some((entry, example)) = example {
        writeln!(out)?;
        // A user's catalog may have put anything here.
        let title = format!("Done right: {} ({})", entry.status_line(), example.title);
        writeln!(out, "{}", paint.bold(&inert::line(&title)))?;
        for line in example.text.trim_end().lines() {
            writeln!(out, "  {}", inert::line(line))?;
        }
    }
    Ok(())
}
