//! A question or an answer of the guide as lines of text, for the
//! command line and the browser alike.

use super::tree::{Answer, Question};
use crate::catalog::Catalog;

/// Whether a line of [`question`] or [`answer`] is a heading.
pub fn is_heading(line: &str) -> bool {
    line.starts_with("Question ")
        || line.starts_with("Answer: ")
        || matches!(line, "Not these:" | "Where API guidelines differ:")
}

/// `2. The server is down for maintenance`, numbered from 1.
pub fn question(question: &Question, number: usize) -> Vec<String> {
    let mut lines = vec![format!("Question {number}: {}", question.text)];
    for (at, answer) in question.answer.iter().enumerate() {
        lines.push(format!("  {}. {}", at + 1, answer.text));
    }
    lines
}

/// The code reached, why, the runners-up and the guidelines.
pub fn answer(answer: &Answer, catalog: &Catalog) -> Vec<String> {
    let Some(code) = answer.code else { return Vec::new() };
    let name =
        |code: u16| catalog.by_code(code).next().map_or_else(|| format!("{code:03}"), |entry| entry.status_line());
    let mut lines = vec![format!("Answer: {}", name(code))];
    if !answer.why.is_empty() {
        lines.push(format!("  {}", answer.why));
    }
    if !answer.runners_up.is_empty() {
        lines.push(String::new());
        lines.push("Not these:".to_owned());
        for runner in &answer.runners_up {
            lines.push(format!("  {}: {}", name(runner.code), runner.why_not));
        }
    }
    if !answer.guidelines.is_empty() {
        lines.push(String::new());
        lines.push("Where API guidelines differ:".to_owned());
        for guideline in &answer.guidelines {
            lines.push(format!("  {}: {} <{}>", guideline.name, guideline.says, guideline.url));
        }
    }
    lines
}

/// `lines` wrapped at `width`, each continuation indented two past its
/// line's own indent, so an answer's reasons hang under their code.
pub fn wrap(lines: &[String], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        if line.is_empty() {
            out.push(String::new());
            continue;
        }
        let indent = " ".repeat(line.len() - line.trim_start().len() + 2);
        let options = textwrap::Options::new(width.max(20))
            .subsequent_indent(&indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        out.extend(textwrap::wrap(line, options).into_iter().map(std::borrow::Cow::into_owned));
    }
    out
}
