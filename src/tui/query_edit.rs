//! Editing the query where the cursor is: typing and deleting inside it,
//! moving by character and to either end, as a shell's line editor does.
//!
//! The cursor is kept as the number of characters after it, so a query
//! replaced whole (cleared, or started again by a digit) puts it at the
//! end by resetting that count, and no byte position can fall inside a
//! character.

/// Where the cursor is in `query`, as a byte position, when `back`
/// characters follow it.
pub fn position(query: &str, back: usize) -> usize {
    let before = query.chars().count().saturating_sub(back);
    query.char_indices().nth(before).map_or(query.len(), |(at, _)| at)
}

/// Types `c` at the cursor.
pub fn insert(query: &mut String, back: usize, c: char) {
    query.insert(position(query, back), c);
}

/// Backspace: the character before the cursor; whether there was one.
pub fn delete_before(query: &mut String, back: usize) -> bool {
    let at = position(query, back);
    let Some((start, _)) = query[..at].char_indices().next_back() else {
        return false;
    };
    query.replace_range(start..at, "");
    true
}

/// Ctrl-u: everything before the cursor.
pub fn delete_to_start(query: &mut String, back: usize) -> bool {
    let at = position(query, back);
    query.replace_range(..at, "");
    at > 0
}

/// Ctrl-w and Alt-Backspace: the word before the cursor and the spaces
/// after it. Any whitespace counts, and it may be several bytes long
/// (U+00A0, which macOS types for Option-Space; U+3000): the cut falls
/// after it, never inside it.
pub fn delete_word_before(query: &mut String, back: usize) -> bool {
    let at = position(query, back);
    let trimmed = query[..at].trim_end().len();
    let start =
        query[..trimmed].char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(start, c)| start + c.len_utf8());
    query.replace_range(start..at, "");
    start < at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_and_deleting_happen_at_the_cursor() {
        let mut query = String::from("rate limit");
        insert(&mut query, 6, 'd');
        assert_eq!(query, "rated limit");
        assert!(delete_before(&mut query, 6));
        assert_eq!(query, "rate limit");
        assert!(delete_word_before(&mut query, 5));
        assert_eq!(query, "limit", "the word before the cursor and its space");
        assert!(!delete_word_before(&mut query, 5), "nothing before the cursor");
        let mut query = String::from("gate way");
        assert!(delete_to_start(&mut query, 3));
        assert_eq!(query, "way");
    }

    #[test]
    fn a_cursor_never_falls_inside_a_character() {
        let query = "é漢😀a";
        for back in 0..8 {
            assert!(query.is_char_boundary(position(query, back)), "{back}");
        }
        assert_eq!(position(query, 0), query.len());
        assert_eq!(position(query, 99), 0);
        let mut query = String::from("a\u{3000}b");
        assert!(delete_word_before(&mut query, 0));
        assert_eq!(query, "a\u{3000}");
    }
}
