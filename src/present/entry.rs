//! One entry laid out as lines for a width: the browser's detail pane and
//! `statusbrowse 404` print exactly these, so the screen and a pipe never
//! disagree. The browser's scrolling bounds come from the same lines, so the
//! last one is always reachable and never overshot.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::http;
use super::theme::Theme;
use super::writer::{Each, Sink, Writer};
use crate::catalog::{Catalog, Entry, Example, ExampleKind, Library, releases};
use crate::compare;

/// An entry's lines, and where each example starts among them.
pub struct EntryLines {
    pub lines: Vec<Line<'static>>,
    pub example_starts: Vec<usize>,
}

/// Lays out `entry` for `width` columns. With `chosen` (the browser) the
/// chosen example is marked and the others indented to match; without (the
/// printed form) no example is marked.
pub fn lines(entry: &Entry, catalog: &Catalog, width: u16, chosen: Option<usize>, theme: &Theme) -> EntryLines {
    let (out, example_starts) = lay_out(entry, catalog, Writer::new(width, theme.dim()), chosen, theme);
    EntryLines { lines: out.into_lines(), example_starts }
}

/// The printed form, each line handed to `each` as soon as it is laid
/// out, so nothing is kept: prose wrapped at `width`; lines of code
/// (examples, constants) broken at it too when `code_wraps` (a screen),
/// whole otherwise (a pipe or a file), so what is copied from there works.
pub fn print(
    entry: &Entry,
    catalog: &Catalog,
    width: u16,
    code_wraps: bool,
    theme: &Theme,
    each: impl FnMut(Line<'_>),
) {
    let out = Writer::streaming(Each(each), width, theme.dim());
    let out = if code_wraps { out } else { out.keeping_code_whole() };
    lay_out(entry, catalog, out, None, theme);
}

fn lay_out<S: Sink>(
    entry: &Entry,
    catalog: &Catalog,
    out: Writer<S>,
    chosen: Option<usize>,
    theme: &Theme,
) -> (Writer<S>, Vec<usize>) {
    let mut layout = Layout { out, entry, theme };
    layout.header();
    layout.notes();
    layout.prose();
    layout.facts(catalog);
    layout.constants();
    let example_starts = layout.examples(chosen);
    (layout.out, example_starts)
}

/// The sections of one entry, each written by its own method.
struct Layout<'a, S> {
    out: Writer<S>,
    entry: &'a Entry,
    theme: &'a Theme,
}

impl<S: Sink> Layout<'_, S> {
    /// `404 Not Found`, where it stands, its spec and link, the summary.
    fn header(&mut self) {
        let (entry, theme) = (self.entry, self.theme);
        self.out.push(Line::from(vec![
            Span::styled(entry.code_str(), theme.class(entry.class).patch(theme.heading())),
            Span::raw(" "),
            Span::styled(entry.phrase.to_cow(), theme.heading()),
        ]));
        self.out.wrapped(&entry.standing(), "", theme.dim());
        if let Some(spec) = &entry.spec {
            self.out.wrapped(&spec.to_string(), "", Style::new());
            self.out.hard_wrapped(&spec.url, "", theme.link());
        }
        self.out.blank();
        self.out.wrapped(&entry.summary, "", theme.heading());
    }

    /// The user's own notes, first after the summary: they are why a team
    /// wrote a catalog file.
    fn notes(&mut self) {
        for note in &self.entry.notes {
            self.out.blank();
            self.out.push(Line::styled("Your notes", self.theme.heading()));
            for paragraph in note.trim().split("\n\n") {
                self.out.wrapped(paragraph, "  ", Style::new());
            }
        }
    }

    /// Description, when to use, when not to use: titled, in paragraphs.
    fn prose(&mut self) {
        for (title, body) in self.entry.sections() {
            if body.trim().is_empty() {
                continue;
            }
            self.out.blank();
            self.out.push(Line::styled(title, self.theme.heading()));
            for (index, paragraph) in body.trim().split("\n\n").enumerate() {
                if index > 0 {
                    self.out.blank();
                }
                self.out.wrapped(paragraph, "  ", Style::new());
            }
        }
    }

    /// `Label: value` lines: names, related codes and headers, and what
    /// follows from the code.
    fn facts(&mut self, catalog: &Catalog) {
        let entry = self.entry;
        self.out.blank();
        if !entry.aliases.is_empty() {
            self.out.labelled("Also known as", &entry.aliases.join(", "));
        }
        if !entry.related_codes.is_empty() {
            self.out.labelled("Related codes", &catalog.related_codes(entry));
        }
        if !entry.related_headers.is_empty() {
            self.out.labelled("Related headers", &entry.related_headers.join(", "));
        }
        self.out.labelled("Cacheable", &entry.cache_rule().to_string());
        self.out.labelled("Content", &entry.content_rule().to_string());
        // The rest of what `compare` shows, so the grid never knows more
        // than the entry. The data is about registered codes: a vendor's
        // meaning of 308 is not a redirect.
        let facts = if entry.is_registered() { compare::data::of(entry.code) } else { None };
        let cells = compare::grid::cells(entry, facts.as_ref());
        for (property, cell) in compare::grid::PROPERTIES.iter().zip(cells) {
            let shown_above = matches!(*property, "class and lifecycle" | "cacheable by default" | "content allowed");
            if shown_above || cell.value == "-" {
                continue;
            }
            // Sentence case, but gRPC keeps its own.
            let mut label = property.to_string();
            if !label.starts_with("gRPC") {
                label[..1].make_ascii_uppercase();
            }
            let value = match &cell.source {
                Some(source) => format!("{} ({source})", cell.value),
                None => cell.value,
            };
            self.out.labelled(&label, &value);
        }
    }

    /// Each library's constants under its name, one per line.
    fn constants(&mut self) {
        if self.entry.constants.is_empty() {
            return;
        }
        self.out.blank();
        self.out.push(Line::styled("Constants", self.theme.heading()));
        // Names sit in a column after the library; when the widest does
        // not fit beside it, every name goes under its library instead, so
        // no name is broken in two on a narrow pane.
        const COLUMN: usize = 15;
        let room = self.out.code_room();
        let widest = self.entry.constants.iter().flat_map(|(_, names)| names).map(|name| name.width()).max();
        let stacked = widest.is_some_and(|widest| COLUMN + widest > room);
        let column = if stacked { 4 } else { COLUMN };
        for library in Library::ALL {
            let Some(names) = self.entry.constants.get(library) else { continue };
            let label = Span::styled(format!("  {:<13}", library.title()), self.theme.dim());
            if stacked {
                self.out.push(Line::from(Span::styled(format!("  {}", library.title()), self.theme.dim())));
            }
            for (index, name) in names.iter().enumerate() {
                let note = releases::change(library, name).map(|change| format!("({change})"));
                let beside = note.as_ref().is_none_or(|note| column + name.width() + 1 + note.width() <= room);
                let mut spans = vec![Span::raw(name.to_owned())];
                if let Some(note) = note.as_ref().filter(|_| beside) {
                    spans.push(Span::styled(format!(" {note}"), self.theme.dim()));
                }
                if stacked {
                    // A name longer than the pane still breaks, marked as
                    // going on, under its own indent.
                    self.out.hard_wrapped_spans(spans, &" ".repeat(column));
                } else {
                    let lead = if index == 0 { label.clone() } else { Span::raw(" ".repeat(column)) };
                    spans.insert(0, lead);
                    self.out.hard_wrapped_spans(spans, "");
                }
                if let Some(note) = note.filter(|_| !beside) {
                    self.out.wrapped(&note, &" ".repeat(column + 2), self.theme.dim());
                }
            }
        }
        let read: Vec<&str> = self.entry.constants.iter().map(|(library, _)| releases::release(library)).collect();
        self.out.wrapped(&format!("As of {}.", read.join(", ")), "  ", self.theme.dim());
    }

    /// Every example, titled and highlighted; returns where each starts.
    fn examples(&mut self, chosen: Option<usize>) -> Vec<usize> {
        let count = self.entry.examples.len();
        let mut starts = Vec::with_capacity(count);
        for (index, example) in self.entry.examples.iter().enumerate() {
            self.out.blank();
            starts.push(self.out.next_line());
            let marker = match chosen {
                Some(chosen) if chosen == index => "▶ ",
                Some(_) => "  ",
                None => "",
            };
            let number = if count > 1 { format!("Example {}/{count}: ", index + 1) } else { "Example: ".to_owned() };
            let style = if chosen == Some(index) {
                self.theme.heading().patch(self.theme.class(self.entry.class))
            } else {
                self.theme.heading()
            };
            self.out.hanging(&format!("{marker}{number}{}", example.title), "    ", style);
            self.example_text(example);
        }
        starts
    }

    /// A log line as it is; a response with its parts coloured.
    fn example_text(&mut self, example: &Example) {
        if example.kind == ExampleKind::Log {
            for line in example.text.trim_end_matches('\n').split('\n') {
                self.out.hard_wrapped(line, "    ", Style::new());
            }
            return;
        }
        for (part, line) in http::parts(&example.text) {
            let spans = http::spans(part, line, self.theme, self.entry.class);
            self.out.hard_wrapped_spans(spans, "    ");
        }
    }
}
