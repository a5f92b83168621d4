//! A large catalog file read a piece at a time: TOML holds a whole parsed
//! document in memory, about forty times the file's size, where a piece of
//! a thousand entries holds little. A piece ends before an `[[entry]]`
//! header, found by a scan that knows where strings and comments are.
//!
//! The pieces are only ever a way to parse faster in less memory, never a
//! different reading: a piece that does not parse sends the caller back to
//! the whole file, for its exact error. Since a piece that parses ends
//! outside any string, every cut after it falls outside one too, so the
//! pieces mean what the whole file means.
//!
//! Also compiled into build.rs: it may only use the standard library.

/// Smaller than this, a file is parsed whole: cutting it gains nothing.
const PIECES_FROM: usize = 1 << 20;

/// How many entries a piece holds.
const ENTRIES_PER_PIECE: usize = 1000;

/// `text` cut into pieces, each with its byte offset: first what comes
/// before the first `[[entry]]` header, then runs of entries. `None` for a
/// file small enough to parse whole, or with no header to cut at.
pub fn pieces(text: &str) -> Option<Vec<(usize, &str)>> {
    if text.len() < PIECES_FROM {
        return None;
    }
    let headers = entry_headers(text);
    let first = *headers.first()?;
    let mut cuts = vec![0, first];
    cuts.extend(headers.iter().skip(ENTRIES_PER_PIECE).step_by(ENTRIES_PER_PIECE));
    cuts.push(text.len());
    Some(cuts.windows(2).map(|cut| (cut[0], &text[cut[0]..cut[1]])).collect())
}

/// Where TOML is, at a point in the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// The byte offsets of every line that is an `[[entry]]` header outside
/// strings: `[[entry]]`, with spaces inside the brackets, a comment after.
fn entry_headers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut headers = Vec::new();
    let mut state = State::Code;
    let mut line_start = true;
    let mut at = 0;
    while at < bytes.len() {
        if line_start && state == State::Code && is_entry_header(&text[at..]) {
            headers.push(at);
        }
        let byte = bytes[at];
        line_start = byte == b'\n';
        let rest = &bytes[at..];
        let (next, step) = match (state, byte) {
            (State::Code, b'#') => (State::Comment, 1),
            (State::Code, b'"') if rest.starts_with(b"\"\"\"") => (State::MultiBasic, 3),
            (State::Code, b'"') => (State::Basic, 1),
            (State::Code, b'\'') if rest.starts_with(b"'''") => (State::MultiLiteral, 3),
            (State::Code, b'\'') => (State::Literal, 1),
            (State::Comment | State::Basic | State::Literal, b'\n') => (State::Code, 1),
            (State::Basic | State::MultiBasic, b'\\') => (state, 2),
            (State::Basic, b'"') | (State::Literal, b'\'') => (State::Code, 1),
            // A closing delimiter may follow up to two quotes of content.
            (State::MultiBasic, b'"') if rest.starts_with(b"\"\"\"") => (State::Code, closing(rest, b'"')),
            (State::MultiLiteral, b'\'') if rest.starts_with(b"'''") => (State::Code, closing(rest, b'\'')),
            _ => (state, 1),
        };
        state = next;
        at += step;
    }
    headers
}

/// How many bytes a closing `"""` or `'''` takes with the (at most two)
/// quotes of content before it.
fn closing(rest: &[u8], quote: u8) -> usize {
    rest.iter().take(5).take_while(|byte| **byte == quote).count()
}

fn is_entry_header(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let Some(inside) = line.strip_prefix("[[") else {
        return false;
    };
    let Some(name) = inside.trim_start_matches([' ', '\t']).strip_prefix("entry") else {
        return false;
    };
    let Some(after) = name.trim_start_matches([' ', '\t']).strip_prefix("]]") else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    after.is_empty() || after.starts_with(['\n', '\r', '#'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_inside_strings_and_comments_are_not_cuts() {
        let text = "# [[entry]] in a comment\n\
            [[entry]]\ncode = 590\ndescription = \"\"\"\n[[entry]]\n\"\"\"\n\
            [[ entry ]] # spaced\ncode = 591\nnote = '''\n[[entry]]\n'''\n\
            [[entry.examples]]\ntitle = \"[[entry]]\"\n\
            [[entry]]\ncode = 592\nx = \"\"\"\"\"\"\"\n[[entry]]\ncode = 593\n";
        let at: Vec<&str> = entry_headers(text).iter().map(|at| &text[*at..*at + 8]).collect();
        assert_eq!(at, ["[[entry]", "[[ entry", "[[entry]", "[[entry]"]);
        let codes: Vec<usize> =
            entry_headers(text).iter().map(|at| text[*at..].find("code = ").unwrap() + at).collect();
        assert_eq!(codes.iter().map(|at| &text[*at + 7..*at + 10]).collect::<Vec<_>>(), ["590", "591", "592", "593"]);
    }

    #[test]
    fn small_files_are_not_cut_and_pieces_cover_the_text() {
        assert_eq!(pieces("[[entry]]\ncode = 590\n"), None);
        let entry = "[[entry]]\ncode = 590\nphrase = \"A phrase long enough to matter\"\n\n";
        let text = format!("# mine\n{}", entry.repeat(PIECES_FROM / entry.len() + 2000));
        let pieces = pieces(&text).expect("cut");
        assert_eq!(pieces[0], (0, "# mine\n"));
        assert_eq!(pieces.iter().map(|(_, piece)| *piece).collect::<String>(), text, "nothing lost or doubled");
        assert!(pieces[1..].iter().all(|(_, piece)| piece.starts_with("[[entry]]")));
        assert!(pieces[1..].iter().all(|(_, piece)| piece.matches("[[entry]]").count() <= ENTRIES_PER_PIECE));
    }
}
