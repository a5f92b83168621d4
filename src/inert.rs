//! Text that did not come from us (a user's catalog, arguments, file names)
//! is made inert before it can reach a terminal: escape sequences, C1
//! controls and bidirectional overrides would otherwise recolour the screen,
//! move the cursor, set the clipboard (OSC 52) or reorder what is shown.
//!
//! Nothing is dropped silently: C0 controls become their visible control
//! pictures (ESC shows as ␛), everything else dangerous as U+FFFD.

use std::borrow::Cow;

/// Whether `c` could act on a terminal or on text direction instead of
/// printing as itself, or is one that terminals and our width tables
/// disagree on, so drawing it could leave stale cells or push text past a
/// border.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || is_unstable_width(c)
}

/// Interlinear annotation marks, noncharacters, and the variation
/// selectors that switch text and emoji presentation (`❤` + U+FE0F is two
/// columns to our width table and one to many terminals).
fn is_unstable_width(c: char) -> bool {
    let low = u32::from(c) & 0xFFFF;
    matches!(c, '\u{FFF9}'..='\u{FFFB}' | '\u{FDD0}'..='\u{FDEF}' | '\u{FE0E}' | '\u{FE0F}')
        || low == 0xFFFE
        || low == 0xFFFF
}

/// What an unsafe character shows as, if anything: C0 controls as their
/// control pictures, variation selectors not at all (the character they
/// follow still shows), everything else as U+FFFD.
fn visible(c: char) -> Option<char> {
    match c {
        '\u{0}'..='\u{1F}' => Some(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
        '\u{7F}' => Some('\u{2421}'),
        '\u{FE0E}' | '\u{FE0F}' => None,
        _ => Some('\u{FFFD}'),
    }
}

/// `text` with every unsafe character replaced, but those `keep` accepts
/// given the character after them.
fn replace(text: &str, keep: impl Fn(char, Option<char>) -> bool) -> Cow<'_, str> {
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if is_unsafe(c) && !keep(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_unsafe(c) || keep(c, chars.peek().copied()) {
            out.push(c);
        } else if let Some(shown) = visible(c) {
            out.push(shown);
        }
    }
    Cow::Owned(out)
}

/// One line of text: names, phrases, keywords. Newlines and tabs show too.
pub fn line(text: &str) -> Cow<'_, str> {
    replace(text, |_, _| false)
}

/// Prose that may run over several lines: line breaks and tabs stay.
pub fn text(text: &str) -> Cow<'_, str> {
    replace(text, |c, _| matches!(c, '\n' | '\t'))
}

/// An HTTP message: LF, tabs and CRLF are part of it and stay. A CR on its
/// own is not: on a terminal it would return to the start of the line and
/// hide what came before it under what comes after, so it shows as `␍`.
pub fn message(text: &str) -> Cow<'_, str> {
    replace(text, |c, next| matches!(c, '\n' | '\t') || (c == '\r' && next == Some('\n')))
}

/// Replaces `value` with its inert form (`with` is [`line`], [`text`] or
/// [`message`]), allocating only when needed.
pub fn sanitize<T: AsRef<str> + From<String>>(value: &mut T, with: fn(&str) -> Cow<'_, str>) {
    if let Cow::Owned(clean) = with(value.as_ref()) {
        *value = T::from(clean);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible_and_harmless() {
        assert_eq!(line("red \x1b[31mtext"), "red ␛[31mtext");
        assert_eq!(line("osc \x1b]52;c;aGk=\x07"), "osc ␛]52;c;aGk=␇");
        assert_eq!(line("c1 \u{9b}31m"), "c1 \u{FFFD}31m");
        assert_eq!(line("bidi \u{202E}txt"), "bidi \u{FFFD}txt");
        assert_eq!(line("two\nlines"), "two␊lines");
        assert_eq!(text("two\nlines\tand a tab\x1b"), "two\nlines\tand a tab␛");
        assert_eq!(message("HTTP/1.1 200 OK\r\nA: b\r\n\r\n"), "HTTP/1.1 200 OK\r\nA: b\r\n\r\n");
    }

    #[test]
    fn a_carriage_return_stays_only_before_a_line_feed() {
        assert_eq!(message("a\r\nb"), "a\r\nb");
        assert_eq!(message("592 GET /ok\rFAKE: all is fine"), "592 GET /ok␍FAKE: all is fine");
        assert_eq!(message("end\r"), "end␍");
        assert_eq!(message("\r\r\n"), "␍\r\n");
    }

    #[test]
    fn characters_terminals_measure_differently_are_replaced() {
        assert_eq!(line("ab\u{FFF9}cd\u{FFFB}"), "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(line("x\u{FFFE}y\u{10FFFF}z\u{FDD0}"), "x\u{FFFD}y\u{FFFD}z\u{FFFD}");
        assert_eq!(text("I \u{2764}\u{FE0F} HTTP"), "I \u{2764} HTTP", "the heart stays, one column wide");
        assert!(is_unsafe('\u{FE0F}') && !is_unsafe('\u{2764}') && !is_unsafe('漢'));
    }

    #[test]
    fn clean_text_is_not_copied() {
        assert!(matches!(line("404 Not Found · Ünïcode 漢字 😀"), Cow::Borrowed(_)));
    }
}
