//! Prose wrapped first-fit at word boundaries: what textwrap does for the
//! options the detail uses (ASCII spaces between words, no hyphenation,
//! over-long words broken at the width), written out for the one case.
//! Laying out an entry is most of what a lookup costs, and textwrap's
//! general machinery (boxed word iterators, floating-point widths, a word
//! vector per paragraph) was a quarter of it. A property test holds the
//! two to the same lines.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// `text`, a line of words separated by spaces (runs of them kept where
/// they do not end a line), wrapped to `width` columns: the first line
/// after `initial`, the rest after `subsequent`. The tests hold it to
/// textwrap, and [`paragraph`] to it.
pub fn lines(text: &str, width: usize, initial: &str, subsequent: &str) -> Vec<String> {
    if text.len() < width && initial.is_empty() {
        return vec![text.trim_end_matches(' ').to_owned()];
    }
    wrap(words(text), text.len(), width, initial, subsequent)
}

/// A paragraph as it is written in a catalog file (line breaks and runs
/// of spaces anywhere), reflowed and wrapped to `width` columns, every
/// line after `indent`: what [`lines`] gives for its words joined by
/// single spaces, without joining them first.
pub fn paragraph(text: &str, width: usize, indent: &str) -> Vec<String> {
    // Printable ASCII with ASCII white space is nearly all prose, and its
    // words are found a byte at a time; a vertical tab is white space to
    // `split_whitespace` but not to `split_ascii_whitespace`.
    if text.bytes().all(|byte| byte.is_ascii() && byte != 0x0b) {
        wrap(text.split_ascii_whitespace().map(|word| (word, 1)), text.len(), width, indent, indent)
    } else {
        wrap(text.split_whitespace().map(|word| (word, 1)), text.len(), width, indent, indent)
    }
}

/// [`paragraph`] for the text nearly every catalog paragraph is: printable
/// ASCII words, each followed by one space or one line break, none wider
/// than `room`. Then a line break is the last separator within `room`
/// columns, found by looking back from there instead of measuring every
/// word, and every line is a slice of `text` (copied only to turn a line
/// break inside it into a space). The lines carry no indent: `room` is
/// what is left after it. `None` for anything else, which [`paragraph`]
/// wraps; a proptest holds the two to the same lines.
pub fn plain_paragraph(text: &str, room: usize) -> Option<Vec<Cow<'_, str>>> {
    let text = text.trim_matches([' ', '\n']);
    if text.is_empty() || room == 0 || !plain_words(text.as_bytes()) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.len() / room + 1);
    let mut rest = text;
    while rest.len() > room {
        // The line ends at the last separator within the room: one just
        // past it means the words before it fill the room exactly. None
        // there means a word wider than the room, for `paragraph` to break.
        let end = rest.as_bytes()[..=room].iter().rposition(|&byte| is_separator(byte))?;
        lines.push(spaced(&rest[..end]));
        rest = &rest[end + 1..];
    }
    lines.push(spaced(rest));
    Some(lines)
}

/// Printable ASCII with single separators between words: the trimmed text
/// neither starts nor ends with one, so no line starts or ends with one.
fn plain_words(bytes: &[u8]) -> bool {
    let mut after_separator = false;
    bytes.iter().all(|&byte| {
        let separator = is_separator(byte);
        let fine = if separator { !after_separator } else { (0x21..0x7f).contains(&byte) };
        after_separator = separator;
        fine
    })
}

fn is_separator(byte: u8) -> bool {
    byte == b' ' || byte == b'\n'
}

/// A line with its line breaks (from the catalog file's own wrapping)
/// turned into the spaces they stand for.
fn spaced(line: &str) -> Cow<'_, str> {
    if line.as_bytes().contains(&b'\n') { Cow::Owned(line.replace('\n', " ")) } else { Cow::Borrowed(line) }
}

/// The first-fit wrapper itself, over words and the spaces after each.
fn wrap<'a>(
    words: impl Iterator<Item = (&'a str, usize)>,
    size: usize,
    width: usize,
    initial: &str,
    subsequent: &str,
) -> Vec<String> {
    let first_width = width.saturating_sub(str_width(initial));
    let rest_width = width.saturating_sub(str_width(subsequent));
    let mut out: Vec<String> = Vec::with_capacity(size / width.max(1) + 1);
    // Each line is built in place after its indent.
    let mut line = String::with_capacity(width + 8);
    line.push_str(initial);
    // Columns used on the current line, counting the spaces after its
    // last word; and whether anything (even an empty word) is on it.
    let mut used = 0;
    // An indented first line holds an empty word first, so a first word
    // too wide for it goes to the next line, as textwrap does.
    let mut started = !initial.is_empty();
    let mut pending_spaces = 0;
    let mut place = |piece: &str, piece_width: usize, spaces: usize, out: &mut Vec<String>| {
        let room = if out.is_empty() { first_width } else { rest_width };
        if started && used + piece_width > room {
            out.push(std::mem::replace(&mut line, String::with_capacity(width + 8)));
            line.push_str(subsequent);
            used = 0;
            pending_spaces = 0;
        }
        line.extend(std::iter::repeat_n(' ', pending_spaces));
        line.push_str(piece);
        used += piece_width + spaces;
        pending_spaces = spaces;
        started = true;
    };
    for (word, spaces) in words {
        let word_width = str_width(word);
        if word_width <= rest_width {
            place(word, word_width, spaces, &mut out);
            continue;
        }
        // A word wider than a line: broken into pieces that fit, the
        // spaces after it going with the last.
        let mut start = 0;
        let mut piece_width = 0;
        for (at, c) in word.char_indices() {
            let w = char_width(c);
            if piece_width > 0 && piece_width + w > rest_width {
                place(&word[start..at], piece_width, 0, &mut out);
                start = at;
                piece_width = 0;
            }
            piece_width += w;
        }
        place(&word[start..], piece_width, spaces, &mut out);
    }
    // Nothing at all is still one (empty) line, as textwrap gives.
    if started || out.is_empty() {
        out.push(line);
    }
    out
}

/// Each word and the number of spaces after it.
fn words(text: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..end];
        let after = &rest[end..];
        let spaces = after.len() - after.trim_start_matches(' ').len();
        rest = &after[spaces..];
        Some((word, spaces))
    })
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Columns of `text`: its length when it is printable ASCII (nearly all
/// prose), which spares a table lookup per character.
pub fn str_width(text: &str) -> usize {
    if text.bytes().all(|byte| (0x20..0x7f).contains(&byte)) { text.len() } else { text.chars().map(char_width).sum() }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn textwrap_lines(text: &str, width: usize, initial: &str, subsequent: &str) -> Vec<String> {
        let options = textwrap::Options::new(width)
            .initial_indent(initial)
            .subsequent_indent(subsequent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(text, options).into_iter().map(std::borrow::Cow::into_owned).collect()
    }

    #[test]
    fn a_paragraph_wraps_at_word_boundaries() {
        let text = "The server refuses to process the request because its content is larger";
        assert_eq!(lines(text, 30, "  ", "  "), textwrap_lines(text, 30, "  ", "  "));
        assert_eq!(lines(text, 30, "  ", "  ")[0], "  The server refuses to");
    }

    /// What [`paragraph`] gives, less the indent, for the room after it.
    fn paragraph_lines(text: &str, room: usize, indent: &str) -> Vec<String> {
        let lines = paragraph(text, room + indent.len(), indent);
        lines.into_iter().map(|line| line.strip_prefix(indent).map(str::to_owned).unwrap_or(line)).collect()
    }

    #[test]
    fn plain_prose_is_wrapped_in_slices_of_its_text() {
        let text = "The origin server has no current\nrepresentation for the target resource.";
        let lines = plain_paragraph(text, 30).expect("plain prose");
        assert_eq!(lines, ["The origin server has no", "current representation for the", "target resource."]);
        assert!(matches!(lines[0], Cow::Borrowed(_)), "a line without a line break in it is not copied");
        assert!(matches!(lines[1], Cow::Owned(_)), "one with a line break has it turned into a space");
        assert_eq!(lines, paragraph_lines(text, 30, "  "));
    }

    #[test]
    fn anything_but_plain_prose_is_left_to_the_general_wrapper() {
        assert_eq!(plain_paragraph("two  spaces", 40), None);
        assert_eq!(plain_paragraph("a\ttab", 40), None);
        assert_eq!(plain_paragraph("caf\u{e9} cr\u{e8}me", 40), None);
        assert_eq!(plain_paragraph("a word wider than its room", 3), None);
        assert_eq!(plain_paragraph(" \n ", 40), None, "nothing to wrap: an empty line is the general wrapper's");
        assert_eq!(plain_paragraph("  trimmed first\n", 40), Some(vec![Cow::Borrowed("trimmed first")]));
    }

    proptest! {
        #[test]
        fn plain_prose_wraps_as_the_general_wrapper_wraps_it(
            words in proptest::collection::vec("[a-zA-Z0-9.,()'/:-]{1,14}", 0..40),
            separators in proptest::collection::vec(prop::sample::select(vec![" ", "\n", "  ", " \n", "\t"]), 40),
            room in 1usize..60,
            indent in prop::sample::select(vec!["", "  "]),
        ) {
            let text: String = words.iter().zip(&separators).map(|(word, separator)| format!("{word}{separator}")).collect();
            let expected = paragraph_lines(&text, room, indent);
            match plain_paragraph(&text, room) {
                Some(lines) => prop_assert_eq!(lines, expected),
                // Only for what the general wrapper is there for.
                None => prop_assert!(
                    words.is_empty()
                        || separators[..words.len()].iter().any(|separator| separator.len() > 1 || *separator == "\t")
                        || words.iter().any(|word| word.len() > room)
                ),
            }
        }

        #[test]
        fn a_paragraph_wraps_as_its_words_joined_by_single_spaces(
            text in "([a-z]{1,9}|[ \n\t\u{b}\u{a0}]{1,3}|[漢é]{1,3}){0,40}",
            width in 1usize..60,
            indent in prop::sample::select(vec!["", "  "]),
        ) {
            let width = width.max(indent.len() + 1);
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(paragraph(&text, width, indent), lines(&joined, width, indent, indent));
        }

        #[test]
        fn wraps_exactly_as_textwrap_does(
            words in proptest::collection::vec("[a-z]{1,12}|[漢字😀é\u{301}]{1,5}|https://[a-z./]{10,40}", 0..40),
            width in 1usize..100,
            initial in prop::sample::select(vec!["", "  ", "    "]),
            subsequent in prop::sample::select(vec!["", "  ", "    "]),
        ) {
            let text = words.join(" ");
            let width = width.max(initial.len() + 1).max(subsequent.len() + 1);
            prop_assert_eq!(lines(&text, width, initial, subsequent), textwrap_lines(&text, width, initial, subsequent));
        }

        #[test]
        fn runs_of_spaces_wrap_as_textwrap_wraps_them(
            pieces in proptest::collection::vec(("[a-z]{1,12}|[漢字é]{1,4}", 1usize..4), 0..30),
            lead in 0usize..3,
            width in 5usize..60,
        ) {
            // A title as the detail writes it: words, runs of spaces,
            // perhaps leading or trailing ones, continuation lines indented.
            let text: String = " ".repeat(lead)
                + &pieces.iter().map(|(word, gap)| format!("{word}{}", " ".repeat(*gap))).collect::<String>();
            prop_assert_eq!(lines(&text, width, "", "    "), textwrap_lines(&text, width, "", "    "));
        }
    }
}
