//! Text folded to what a search compares: lower case, separators as
//! spaces, camelCase split, British spellings as American. The catalog and
//! the query are folded alike, so `NOT_FOUND`, `StatusTeapot`,
//! `HTTP_FORBIDDEN` and `unauthorised` meet `Not Found`, the teapot,
//! `Forbidden` and `Unauthorized`.

/// `text` folded, its words separated by single spaces.
pub fn fold(text: &str) -> String {
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // camelCase and HTTPStatus: a new word starts at an upper-case
        // letter after a lower-case one, or before the last of a run of
        // capitals that a lower-case letter follows.
        if c.is_uppercase()
            && let Some(before) = previous
            && (before.is_lowercase()
                || (before.is_uppercase() && chars.peek().is_some_and(|next| next.is_lowercase())))
        {
            spaced.push(' ');
        }
        match c {
            '\'' | '’' => {}
            c if c.is_alphanumeric() => spaced.extend(c.to_lowercase()),
            _ => spaced.push(' '),
        }
        previous = Some(c);
    }
    let mut folded = String::with_capacity(spaced.len());
    for word in spaced.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(&american(word));
    }
    folded
}

/// A word spelt the American way, by the endings that differ: the same
/// rule on both sides, so a word it bends wrongly still matches itself.
fn american(word: &str) -> std::borrow::Cow<'_, str> {
    const ENDINGS: [(&str, &str); 10] = [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ogue", "og"),
        ("our", "or"),
        ("ence", "ense"),
    ];
    // Short words keep their spelling: four, hour, your, rise, once.
    if word.chars().count() < 6 {
        return word.into();
    }
    for (british, american) in ENDINGS {
        if let Some(stem) = word.strip_suffix(british)
            && (british != "ence" || stem.ends_with("lic") || stem.ends_with("def") || stem.ends_with("off"))
        {
            return format!("{stem}{american}").into();
        }
    }
    word.into()
}

/// Words a query may hold that say nothing about which code is meant.
pub fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "and"
            | "am"
            | "are"
            | "be"
            | "code"
            | "error"
            | "for"
            | "http"
            | "i"
            | "in"
            | "is"
            | "it"
            | "me"
            | "my"
            | "of"
            | "on"
            | "or"
            | "response"
            | "status"
            | "the"
            | "to"
            | "was"
            | "what"
            | "when"
            | "which"
            | "with"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_and_phrases_fold_alike() {
        assert_eq!(fold("NOT_FOUND"), fold("Not Found"));
        assert_eq!(fold("StatusTeapot"), "status teapot");
        assert_eq!(fold("HTTP_FORBIDDEN"), "http forbidden");
        assert_eq!(fold("HTTPStatus.PAYLOAD_TOO_LARGE"), "http status payload too large");
        assert_eq!(fold("UnprocessableEntity"), fold("Unprocessable Entity"));
        assert_eq!(fold(":unprocessable_entity"), "unprocessable entity");
        assert_eq!(fold("I'm a teapot"), "im a teapot");
        assert_eq!(fold("Request-URI Too Long"), "request uri too long");
        assert_eq!(fold("HTTP_404_NOT_FOUND"), "http 404 not found");
        assert_eq!(fold("oauth2 h2c"), "oauth2 h2c", "digits stay with their word");
    }

    #[test]
    fn british_spellings_meet_american_ones() {
        for (british, american) in [
            ("unauthorised", "unauthorized"),
            ("Authorisation", "authorization"),
            ("behaviour", "behavior"),
            ("catalogue", "catalog"),
            ("licence", "license"),
            ("analyse request", "analyze request"),
        ] {
            assert_eq!(fold(british), fold(american), "{british}");
        }
        assert_eq!(fold("four hours"), "four hours", "short words keep their spelling");
    }
}
