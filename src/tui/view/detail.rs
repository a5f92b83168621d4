//! The detail pane: everything about the selected entry, laid out as lines
//! for a given width. `update` uses the same layout to bound scrolling, so
//! the last line is always reachable and never overshot.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::http_highlight;
use super::theme::Theme;
use crate::catalog::{Catalog, Entry, ExampleKind, Library};

/// The detail as lines, and where each example starts among them.
pub struct DetailText {
    pub lines: Vec<Line<'static>>,
    pub example_starts: Vec<usize>,
}

/// Lays out `entry` for `width` columns with the chosen example marked.
pub fn layout(entry: &Entry, catalog: &Catalog, width: u16, example: usize) -> DetailText {
    styled(entry, catalog, width, Some(example), &Theme::MONOCHROME)
}

/// The same layout, styled; with no chosen example (the printed form) no
/// example is marked.
pub fn styled(entry: &Entry, catalog: &Catalog, width: u16, example: Option<usize>, theme: &Theme) -> DetailText {
    let width = usize::from(width.max(1));
    let mut out = Writer { lines: Vec::new(), width, theme };
    let class_style = theme.class(entry.class);
    out.push(Line::from(vec![
        Span::styled(entry.code_str(), class_style.patch(theme.heading())),
        Span::raw(" "),
        Span::styled(entry.phrase.clone(), theme.heading()),
    ]));
    out.wrapped(&entry.standing(), "", theme.dim());
    if let Some(spec) = &entry.spec {
        out.wrapped(&spec.to_string(), "", Style::new());
        out.hard_wrapped(&spec.url, "", theme.link());
    }
    out.blank();
    out.wrapped(&entry.summary, "", theme.heading());
    for note in &entry.notes {
        out.blank();
        out.push(Line::styled("Your notes", theme.heading()));
        for paragraph in note.trim().split("\n\n") {
            out.wrapped(paragraph, "  ", Style::new());
        }
    }
    for (title, body) in entry.sections() {
        if body.trim().is_empty() {
            continue;
        }
        out.blank();
        out.push(Line::styled(title, theme.heading()));
        for (index, paragraph) in body.trim().split("\n\n").enumerate() {
            if index > 0 {
                out.blank();
            }
            out.wrapped(paragraph, "  ", Style::new());
        }
    }
    out.blank();
    if !entry.aliases.is_empty() {
        out.labelled("Also known as", &entry.aliases.join(", "));
    }
    if !entry.related_codes.is_empty() {
        out.labelled("Related codes", &catalog.related_codes(entry));
    }
    if !entry.related_headers.is_empty() {
        out.labelled("Related headers", &entry.related_headers.join(", "));
    }
    out.labelled(
        "Cacheable",
        if entry.cacheable { "yes, heuristically (RFC 9110 §15.1)" } else { "only with explicit freshness" },
    );
    out.labelled("Body allowed", if entry.body_allowed { "yes" } else { "no" });
    if !entry.constants.is_empty() {
        out.blank();
        out.push(Line::styled("Constants", theme.heading()));
        for library in Library::ALL {
            if let Some(names) = entry.constants.get(&library) {
                let label = Span::styled(format!("  {:<13}", library.title()), theme.dim());
                for (index, name) in names.iter().enumerate() {
                    let lead = if index == 0 { label.clone() } else { Span::raw(" ".repeat(15)) };
                    out.hard_wrapped_spans(vec![lead, Span::raw(name.clone())], "");
                }
            }
        }
    }
    let mut example_starts = Vec::with_capacity(entry.examples.len());
    for (index, item) in entry.examples.iter().enumerate() {
        out.blank();
        example_starts.push(out.lines.len());
        let chosen = example == Some(index);
        let marker = match example {
            Some(_) if chosen => "▶ ",
            Some(_) => "  ",
            None => "",
        };
        let count = if entry.examples.len() > 1 {
            format!("Example {}/{}: ", index + 1, entry.examples.len())
        } else {
            "Example: ".to_owned()
        };
        let style = if chosen { theme.heading().patch(theme.class(entry.class)) } else { theme.heading() };
        out.hanging(&format!("{marker}{count}{}", item.title), "    ", style);
        if item.kind == ExampleKind::Log {
            for line in item.text.trim_end_matches('\n').split('\n') {
                out.hard_wrapped(line, "    ", Style::new());
            }
            continue;
        }
        for (part, line) in http_highlight::parts(&item.text) {
            let spans = http_highlight::spans(part, line, theme, entry.class);
            out.hard_wrapped_spans(spans, "    ");
        }
    }
    DetailText { lines: out.lines, example_starts }
}

/// Accumulates lines, wrapping prose at word boundaries and code anywhere.
struct Writer<'t> {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: &'t Theme,
}

impl Writer<'_> {
    fn push(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|line| !line.spans.is_empty()) {
            self.lines.push(Line::default());
        }
    }

    /// Prose: reflowed, wrapped at word boundaries, never split at hyphens.
    fn wrapped(&mut self, text: &str, indent: &str, style: Style) {
        let flowed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let options = textwrap::Options::new(self.width.max(indent.len() + 1))
            .initial_indent(indent)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in textwrap::wrap(&flowed, options) {
            self.lines.push(Line::styled(line.into_owned(), style));
        }
    }

    /// A heading whose continuation lines are indented under it.
    fn hanging(&mut self, text: &str, rest: &str, style: Style) {
        let options = textwrap::Options::new(self.width.max(rest.len() + 1))
            .subsequent_indent(rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in textwrap::wrap(text, options) {
            self.lines.push(Line::styled(line.into_owned(), style));
        }
    }

    /// `Label: value`, the value wrapped under itself.
    fn labelled(&mut self, label: &str, value: &str) {
        let first = self.lines.len();
        self.wrapped(&format!("{label}: {value}"), "", Style::new());
        if let Some(line) = self.lines.get_mut(first) {
            let text: String = line.spans.iter().map(|span| span.content.as_ref()).collect();
            let split = (label.len() + 1).min(text.len());
            let (head, tail) = text.split_at(split);
            *line = Line::from(vec![Span::styled(head.to_owned(), self.theme.dim()), Span::raw(tail.to_owned())]);
        }
    }

    /// Code and URLs: broken at the width, wherever that falls.
    fn hard_wrapped(&mut self, text: &str, indent: &str, style: Style) {
        self.hard_wrapped_spans(vec![Span::styled(text.to_owned(), style)], indent);
    }

    fn hard_wrapped_spans(&mut self, spans: Vec<Span<'_>>, indent: &str) {
        let room = self.width.saturating_sub(indent.len()).max(1);
        let mut current: Vec<Span<'static>> = vec![Span::raw(indent.to_owned())];
        let mut used = 0;
        for span in spans {
            let mut rest: &str = &span.content;
            while !rest.is_empty() {
                if used == room {
                    self.lines.push(Line::from(std::mem::take(&mut current)));
                    current.push(Span::raw(indent.to_owned()));
                    used = 0;
                }
                let take = rest.char_indices().nth(room - used).map_or(rest.len(), |(i, _)| i);
                let (piece, tail) = rest.split_at(take);
                used += piece.chars().count();
                current.push(Span::styled(piece.to_owned(), span.style));
                rest = tail;
            }
        }
        self.lines.push(Line::from(current));
    }
}

/// The detail pane as a widget: a border, and the lines from `scroll` on.
pub struct DetailPane<'a> {
    pub text: &'a DetailText,
    pub scroll: u16,
    pub focused: bool,
    pub theme: &'a Theme,
}

impl Widget for DetailPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block =
            Block::default().borders(Borders::ALL).border_style(self.theme.border(self.focused)).title(" Detail ");
        let inner = block.inner(area);
        block.render(area, buf);
        let total = self.text.lines.len();
        let visible = usize::from(inner.height);
        if total > visible && inner.width > 0 {
            let first = usize::from(self.scroll) + 1;
            let last = (usize::from(self.scroll) + visible).min(total);
            let position = format!(" {first}-{last}/{total} ");
            let x = area.right().saturating_sub(u16::try_from(position.len()).unwrap_or(0) + 1);
            buf.set_string(x.max(area.x), area.bottom().saturating_sub(1), position, self.theme.dim());
        }
        let start = usize::from(self.scroll).min(total);
        let lines: Vec<Line<'_>> = self.text.lines[start..].iter().take(visible).cloned().collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
