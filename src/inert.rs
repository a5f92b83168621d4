//! Text that did not come from us (a user's catalog, arguments, file names)
//! is made inert before it can reach a terminal: escape sequences, C1
//! controls and bidirectional overrides would otherwise recolour the screen,
//! move the cursor, set the clipboard (OSC 52) or reorder what is shown.
//!
//! Nothing is dropped silently: C0 controls become their visible control
//! pictures (ESC shows as ␛), everything else dangerous as U+FFFD.

use std::borrow::Cow;

/// Whether `c` could act on a terminal or on text direction instead of
/// printing as itself.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// What an unsafe character shows as.
fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

fn replace(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if text.chars().all(|c| keep(c) || !is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if keep(c) || !is_unsafe(c) { c } else { visible(c) }).collect())
}

/// One line of text: names, phrases, keywords. Newlines and tabs show too.
pub fn line(text: &str) -> Cow<'_, str> {
    replace(text, |_| false)
}

/// Prose that may run over several lines: line breaks and tabs stay.
pub fn text(text: &str) -> Cow<'_, str> {
    replace(text, |c| matches!(c, '\n' | '\t'))
}

/// An HTTP message: CR, LF and tabs are part of it and stay.
pub fn message(text: &str) -> Cow<'_, str> {
    replace(text, |c| matches!(c, '\n' | '\r' | '\t'))
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
    fn clean_text_is_not_copied() {
        assert!(matches!(line("404 Not Found · Ünïcode 漢字 😀"), Cow::Borrowed(_)));
    }
}
