//! Styled lines (the same ones the browser draws) as text: with ANSI
//! escapes for a terminal that wants colour, plain otherwise.

use std::io::{self, Write};

use anstyle::{AnsiColor, Color as AnsiColorValue, Effects, RgbColor, Style as AnsiStyle};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;

/// Writes one line, trailing blanks dropped. Neighbouring spans in the
/// same style share one escape: an indent and the prose after it are one
/// run of colour, however the line was cut into spans.
pub fn write_line(out: &mut impl Write, line: &Line<'_>, color: bool) -> io::Result<()> {
    // Trailing blanks are dropped: the last span with text is cut after
    // its last visible character, and the blank spans after it are not
    // written at all.
    let last = line.spans.iter().rposition(|span| !span.content.trim_end().is_empty());
    let plain = AnsiStyle::new();
    let mut open = plain;
    for (index, span) in line.spans.iter().enumerate().take(last.map_or(0, |last| last + 1)) {
        let text = if Some(index) == last { span.content.trim_end() } else { span.content.as_ref() };
        let ansi = if color { to_ansi(span.style.patch(line.style)) } else { plain };
        if ansi != open {
            if open != plain {
                write!(out, "{open:#}")?;
            }
            if ansi != plain {
                write!(out, "{ansi}")?;
            }
            open = ansi;
        }
        out.write_all(text.as_bytes())?;
    }
    if open != plain {
        write!(out, "{open:#}")?;
    }
    writeln!(out)
}

fn to_ansi(style: Style) -> AnsiStyle {
    let mut effects = Effects::new();
    for (modifier, effect) in [
        (Modifier::BOLD, Effects::BOLD),
        (Modifier::DIM, Effects::DIMMED),
        (Modifier::ITALIC, Effects::ITALIC),
        (Modifier::UNDERLINED, Effects::UNDERLINE),
        (Modifier::REVERSED, Effects::INVERT),
    ] {
        if style.add_modifier.contains(modifier) {
            effects |= effect;
        }
    }
    AnsiStyle::new().fg_color(style.fg.and_then(to_ansi_color)).effects(effects)
}

fn to_ansi_color(color: Color) -> Option<AnsiColorValue> {
    let named = |color: AnsiColor| Some(AnsiColorValue::Ansi(color));
    match color {
        Color::Reset => None,
        Color::Black => named(AnsiColor::Black),
        Color::Red => named(AnsiColor::Red),
        Color::Green => named(AnsiColor::Green),
        Color::Yellow => named(AnsiColor::Yellow),
        Color::Blue => named(AnsiColor::Blue),
        Color::Magenta => named(AnsiColor::Magenta),
        Color::Cyan => named(AnsiColor::Cyan),
        Color::Gray => named(AnsiColor::White),
        Color::DarkGray => named(AnsiColor::BrightBlack),
        Color::LightRed => named(AnsiColor::BrightRed),
        Color::LightGreen => named(AnsiColor::BrightGreen),
        Color::LightYellow => named(AnsiColor::BrightYellow),
        Color::LightBlue => named(AnsiColor::BrightBlue),
        Color::LightMagenta => named(AnsiColor::BrightMagenta),
        Color::LightCyan => named(AnsiColor::BrightCyan),
        Color::White => named(AnsiColor::BrightWhite),
        Color::Indexed(index) => Some(AnsiColorValue::Ansi256(index.into())),
        Color::Rgb(r, g, b) => Some(AnsiColorValue::Rgb(RgbColor(r, g, b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::text::Span;

    fn render(line: &Line<'_>, color: bool) -> String {
        let mut out = Vec::new();
        write_line(&mut out, line, color).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plain_when_colour_is_off_and_styled_when_on() {
        let line = Line::from(vec![
            Span::styled("404", Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)),
            Span::raw(" Not Found   "),
        ]);
        assert_eq!(render(&line, false), "404 Not Found\n");
        assert_eq!(render(&line, true), "\x1b[1m\x1b[33m404\x1b[0m Not Found\n");
    }

    #[test]
    fn neighbouring_spans_in_one_style_share_an_escape() {
        let dim = Style::new().add_modifier(Modifier::DIM);
        let line =
            Line::from(vec![Span::raw("  "), Span::raw("As of"), Span::styled(" 1.0", Style::new().fg(Color::Red))])
                .style(dim);
        assert_eq!(render(&line, true), "\x1b[2m  As of\x1b[0m\x1b[2m\x1b[31m 1.0\x1b[0m\n");
        assert_eq!(render(&line, false), "  As of 1.0\n");
    }
}
