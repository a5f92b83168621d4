//! Lines for a given width: prose wrapped at word boundaries, code and URLs
//! broken wherever the width falls. Widths are display columns, never
//! characters or bytes, so wide (CJK) text fits the width it is given.

use std::borrow::Cow;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// Starts the continuation of a line of code too long for the width.
pub const CONTINUED: char = '↪';

/// Where a writer's finished lines go: kept, for the browser, which
/// scrolls them; or handed on as each is finished, for the command line,
/// which prints them once (a lookup then holds one line at a time, not an
/// entry's eighty: five fewer page faults at start-up).
///
/// A line may borrow the text it was laid out from: a sink that keeps
/// lines copies what they borrow, one that prints them copies nothing.
pub trait Sink {
    fn line(&mut self, line: Line<'_>);
}

impl Sink for Vec<Line<'static>> {
    fn line(&mut self, line: Line<'_>) {
        self.push(owned(line));
    }
}

/// `line` with every borrowed text copied, in place (same-size spans).
fn owned(line: Line<'_>) -> Line<'static> {
    let spans = line.spans.into_iter().map(|span| Span::styled(span.content.into_owned(), span.style)).collect();
    Line { spans, style: line.style, alignment: line.alignment }
}

/// A sink that calls a closure with each line.
pub struct Each<F>(pub F);

impl<F: FnMut(Line<'_>)> Sink for Each<F> {
    fn line(&mut self, line: Line<'_>) {
        (self.0)(line);
    }
}

/// Writes lines no wider than `width` columns into its sink.
pub struct Writer<S = Vec<Line<'static>>> {
    sink: S,
    /// How many lines have gone into the sink.
    count: usize,
    /// Whether the last of them is empty (or there is none yet).
    last_empty: bool,
    width: usize,
    /// Whether lines of code (examples, constants) break at the width: on
    /// a screen, yes; printed into a pipe or file, never, so an example
    /// copied from there is whole.
    code_wraps: bool,
    /// The style of a label in [`Writer::labelled`].
    label_style: Style,
}

impl Writer {
    /// A writer that keeps its lines.
    pub fn new(width: u16, label_style: Style) -> Self {
        Self::streaming(Vec::new(), width, label_style)
    }

    pub fn into_lines(self) -> Vec<Line<'static>> {
        self.sink
    }
}

impl<S: Sink> Writer<S> {
    /// A writer that hands each line to `sink` as it is finished.
    pub fn streaming(sink: S, width: u16, label_style: Style) -> Self {
        Self { sink, count: 0, last_empty: true, width: usize::from(width.max(1)), code_wraps: true, label_style }
    }

    /// This writer with lines of code kept whole, however long.
    pub fn keeping_code_whole(self) -> Self {
        Self { code_wraps: false, ..self }
    }

    /// How many columns a line of code may take before it breaks.
    pub fn code_room(&self) -> usize {
        if self.code_wraps { self.width } else { usize::MAX }
    }

    /// Where the next line will stand: how many there are so far.
    pub fn next_line(&self) -> usize {
        self.count
    }

    pub fn push(&mut self, line: Line<'_>) {
        self.last_empty = line.spans.is_empty();
        self.count += 1;
        self.sink.line(line);
    }

    /// One empty line between blocks, never two in a row, none first.
    pub fn blank(&mut self) {
        if !self.last_empty {
            self.push(Line::default());
        }
    }

    /// Prose: reflowed, wrapped at word boundaries, never split at hyphens.
    pub fn wrapped(&mut self, text: &str, indent: &str, style: Style) {
        let width = self.width.max(indent.len() + 1);
        let Some(lines) = super::flow::plain_paragraph(text, width - super::flow::str_width(indent)) else {
            for line in super::flow::paragraph(text, width, indent) {
                self.push(styled(line, style));
            }
            return;
        };
        for line in lines {
            let spans =
                if indent.is_empty() { vec![Span::raw(line)] } else { vec![Span::raw(indent), Span::raw(line)] };
            self.push(Line::from(spans).style(style));
        }
    }

    /// A heading whose continuation lines are indented under it.
    /// `text` is one line (an example's title): no line breaks in it.
    pub fn hanging(&mut self, text: &str, rest: &str, style: Style) {
        for line in super::flow::lines(text, self.width.max(rest.len() + 1), "", rest) {
            self.push(styled(line, style));
        }
    }

    /// `Label: value`, the value wrapped under itself, the label in its
    /// own style.
    pub fn labelled(&mut self, label: &str, value: &str) {
        // Joined by copying, not `format!`: its machinery cost a lookup a
        // twentieth of its instructions over an entry's nine labels.
        let text = [label, ": ", value].concat();
        let lines = super::flow::plain_paragraph(&text, self.width)
            .unwrap_or_else(|| super::flow::paragraph(&text, self.width, "").into_iter().map(Cow::Owned).collect());
        for (index, line) in lines.into_iter().enumerate() {
            let split = (label.len() + 1).min(line.len());
            if index == 0 && line.is_char_boundary(split) {
                let spans = vec![
                    Span::styled(piece(&line, 0..split), self.label_style),
                    Span::raw(piece(&line, split..line.len())),
                ];
                self.push(Line::from(spans));
            } else {
                self.push(styled(line, Style::new()));
            }
        }
    }

    /// Code and URLs: broken at the width, wherever that falls.
    pub fn hard_wrapped(&mut self, text: &str, indent: &str, style: Style) {
        self.hard_wrapped_spans(vec![Span::styled(text, style)], indent);
    }

    /// Styled pieces of one line of code, broken at the width. A character
    /// wider than the room left starts the next line; one wider than the
    /// whole room (a wide character in a 1-column pane) still goes in, on a
    /// line of its own, so nothing is ever dropped.
    ///
    /// A line that goes on is marked: its continuations start with `↪` in
    /// the indent (when there is one), so a reader can tell a wrapped line
    /// of a message from two lines. Copies take the text, never this.
    pub fn hard_wrapped_spans<'t>(&mut self, spans: Vec<Span<'t>>, indent: &'t str) {
        let room = if self.code_wraps { self.width.saturating_sub(indent.len()).max(1) } else { usize::MAX };
        let mut current: Vec<Span<'t>> = Vec::with_capacity(spans.len() + 1);
        current.push(Span::raw(indent));
        let mut used = 0;
        for span in spans {
            let width = super::flow::str_width(&span.content);
            if used + width <= room {
                // The whole span fits: no need to walk its characters.
                used += width;
                current.push(span);
                continue;
            }
            // The piece of this span on the current line starts here.
            let text: &str = &span.content;
            let mut start = 0;
            for (at, c) in text.char_indices() {
                let width = c.width().unwrap_or(0);
                if used > 0 && used + width > room {
                    if start < at {
                        current.push(Span::styled(piece(&span.content, start..at), span.style));
                    }
                    self.push(Line::from(std::mem::take(&mut current)));
                    current.push(continued(indent));
                    used = 0;
                    start = at;
                }
                used += width;
            }
            if start < text.len() {
                current.push(Span::styled(piece(&span.content, start..text.len()), span.style));
            }
        }
        self.push(Line::from(current));
    }
}

/// A line of wrapped prose: one span, none when it is empty (so
/// [`Writer::blank`] sees it as blank), as `Line::styled` makes it without
/// copying the text again.
fn styled<'t>(text: impl Into<Cow<'t, str>>, style: Style) -> Line<'t> {
    let text = text.into();
    let spans = if text.is_empty() { Vec::new() } else { vec![Span::raw(text)] };
    Line::from(spans).style(style)
}

/// Part of a span's text: still borrowed if the text was.
fn piece<'t>(text: &Cow<'t, str>, range: std::ops::Range<usize>) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(&text[range]),
        Cow::Owned(text) => Cow::Owned(text[range].to_owned()),
    }
}

/// The indent of a continuation line: `↪` in it when it has room.
fn continued(indent: &str) -> Span<'static> {
    match indent.len().checked_sub(2) {
        Some(keep) if indent.is_char_boundary(keep) => {
            Span::styled(format!("{}{CONTINUED} ", &indent[..keep]), Style::new().add_modifier(Modifier::DIM))
        }
        _ => Span::raw(indent.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(writer: Writer) -> Vec<String> {
        writer.into_lines().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_printing_sink_gets_code_as_borrowed_text_a_keeping_one_owns_it() {
        let line = "Content-Type: application/problem+json";
        let mut borrowed = Vec::new();
        let sink = Each(|line: Line<'_>| {
            borrowed.extend(line.spans.iter().map(|span| matches!(span.content, Cow::Borrowed(_))));
        });
        let mut printing = Writer::streaming(sink, 20, Style::new()).keeping_code_whole();
        printing.hard_wrapped_spans(vec![Span::raw(&line[..12]), Span::raw(&line[12..])], "    ");
        assert_eq!(borrowed, [true, true, true], "the indent and both pieces, uncopied");

        let mut keeping = Writer::new(20, Style::new());
        keeping.hard_wrapped(line, "    ", Style::new());
        assert_eq!(texts(keeping), ["    Content-Type: ap", "  ↪ plication/proble", "  ↪ m+json"]);
    }

    #[test]
    fn code_breaks_at_the_width_in_columns() {
        let mut writer = Writer::new(10, Style::new());
        writer.hard_wrapped("abcdefghijklmno", "  ", Style::new());
        assert_eq!(texts(writer), ["  abcdefgh", "↪ ijklmno"], "a continuation is marked in the indent");

        // Wide characters take two columns each: three fit in six.
        let mut writer = Writer::new(10, Style::new());
        writer.hard_wrapped("漢字漢字漢字", "    ", Style::new());
        assert_eq!(texts(writer), ["    漢字漢", "  ↪ 字漢字"]);

        // An odd room leaves the last column empty rather than split one.
        let mut writer = Writer::new(7, Style::new());
        writer.hard_wrapped("a漢字漢", "", Style::new());
        assert_eq!(texts(writer), ["a漢字漢"]);
        let mut writer = Writer::new(6, Style::new());
        writer.hard_wrapped("a漢字漢", "", Style::new());
        assert_eq!(texts(writer), ["a漢字", "漢"]);
    }

    #[test]
    fn a_character_wider_than_the_room_still_shows() {
        let mut writer = Writer::new(1, Style::new());
        writer.hard_wrapped("漢a", "", Style::new());
        assert_eq!(texts(writer), ["漢", "a"]);
    }

    #[test]
    fn styles_survive_a_break() {
        let mut writer = Writer::new(4, Style::new());
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        writer.hard_wrapped_spans(vec![Span::raw("ab"), Span::styled("cdef", bold)], "");
        let lines = writer.into_lines();
        assert_eq!(lines[0].spans.last().map(|span| (span.content.as_ref(), span.style)), Some(("cd", bold)));
        assert_eq!(lines[1].spans.last().map(|span| (span.content.as_ref(), span.style)), Some(("ef", bold)));
    }
}
