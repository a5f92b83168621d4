//! Prose wrapped first-fit at word boundaries: what textwrap does for the
//! options the detail uses (ASCII spaces between words, no hyphenation,
//! over-long words broken at the width), written out for the one case.
//! Laying out an entry is most of what a lookup costs, and textwrap's
//! general machinery (boxed word iterators, floating-point widths, a word
//! vector per paragraph) was a quarter of it. A property test holds the
//! two to the same lines.

use unicode_width::UnicodeWidthChar;

/// `text`, words separated by single spaces, wrapped to `width` columns:
/// the first line after `initial`, the rest after `subsequent`.
pub fn lines(text: &str, width: usize, initial: &str, subsequent: &str) -> Vec<String> {
    if text.len() < width && initial.is_empty() {
        return vec![text.trim_end_matches(' ').to_owned()];
    }
    let first_width = width.saturating_sub(str_width(initial));
    let rest_width = width.saturating_sub(str_width(subsequent));
    let mut out: Vec<String> = Vec::new();
    let mut line = String::with_capacity(width + 8);
    // Columns used on the current line, counting the spaces after its
    // last word; and whether anything (even an empty word) is on it.
    let mut used = 0;
    let mut started = false;
    let mut pending_spaces = 0;
    let room = |out: &Vec<String>| if out.is_empty() { first_width } else { rest_width };
    // An indented first line holds an empty word first, so a first word
    // too wide for it goes to the next line, as textwrap does.
    if !initial.is_empty() {
        started = true;
    }
    for (piece, spaces) in pieces(text, rest_width) {
        let piece_width = str_width(piece);
        if started && used + piece_width > room(&out) {
            finish(&mut out, &mut line, initial, subsequent);
            used = 0;
            pending_spaces = 0;
        }
        line.extend(std::iter::repeat_n(' ', pending_spaces));
        line.push_str(piece);
        used += piece_width + spaces;
        pending_spaces = spaces;
        started = true;
    }
    if started {
        finish(&mut out, &mut line, initial, subsequent);
    }
    out
}

/// Ends the current line: its indent, then what it holds.
fn finish(out: &mut Vec<String>, line: &mut String, initial: &str, subsequent: &str) {
    let indent = if out.is_empty() { initial } else { subsequent };
    let mut done = String::with_capacity(indent.len() + line.len());
    done.push_str(indent);
    done.push_str(line);
    out.push(done);
    line.clear();
}

/// The words of `text` with the spaces after each, a word wider than
/// `width` broken into pieces that fit (the spaces go with the last).
fn pieces(text: &str, width: usize) -> impl Iterator<Item = (&str, usize)> {
    words(text).flat_map(move |(word, spaces)| {
        let mut parts = Vec::new();
        if str_width(word) > width {
            let mut start = 0;
            let mut used = 0;
            for (at, c) in word.char_indices() {
                let w = char_width(c);
                if used > 0 && used + w > width {
                    parts.push((&word[start..at], 0));
                    start = at;
                    used = 0;
                }
                used += w;
            }
            parts.push((&word[start..], spaces));
        } else {
            parts.push((word, spaces));
        }
        parts
    })
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

fn str_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
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

    proptest! {
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
    }
}
