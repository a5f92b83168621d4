//! What a query asks for. Words are searched for; `404`, `41x` and `4xx`
//! name codes; `!word` leaves out entries where the word appears;
//! `vendor:name` keeps only that vendor's codes (`vendor:iana` keeps the
//! registered ones). The same syntax in the browser and on the command line.

use super::fold::{fold, is_stop_word};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded words to find, in order; each must match for an entry to.
    pub terms: Vec<String>,
    /// The words the query's text folds to, as one phrase: an entry that
    /// holds them together ranks above one that holds them apart.
    pub phrase: String,
    /// The words to find, as one phrase: `terms` joined.
    pub joined: String,
    /// Code prefixes (`404`, `41`, `4`), in the order given.
    pub codes: Vec<String>,
    /// Folded words whose entries are left out.
    pub excluded: Vec<String>,
    /// Folded vendor names to keep.
    pub vendors: Vec<String>,
    /// The query as typed, when it is spelt like a library
    /// constant (`HTTP_FORBIDDEN`, `StatusTeapot`, `http.StatusOK`): a row
    /// it finds names the constant, so the user sees which library's.
    pub constant: Option<String>,
}

impl Query {
    pub fn parse(text: &str) -> Self {
        let mut query = Self::default();
        let mut words = Vec::new();
        for token in text.split_whitespace() {
            if let Some(excluded) = token.strip_prefix('!') {
                query.excluded.extend(Some(fold(excluded)).filter(|word| !word.is_empty()));
            } else if let Some(vendor) = token.strip_prefix("vendor:") {
                query.vendors.extend(Some(fold(vendor)).filter(|word| !word.is_empty()));
            } else if let Some(prefix) = code_prefix(token) {
                query.codes.push(prefix.to_owned());
            } else {
                let token = if looks_like_constant(token) { codes_apart(token) } else { token.to_owned() };
                for word in fold(&token).split(' ').filter(|word| !word.is_empty()) {
                    // A code inside a constant or a log word names it:
                    // `Status404NotFound`, `HTTP_404_NOT_FOUND`.
                    if word.len() == 3 && word.bytes().all(|byte| byte.is_ascii_digit()) {
                        query.codes.push(word.to_owned());
                    } else {
                        words.push(word.to_owned());
                    }
                }
            }
        }
        query.phrase = words.join(" ");
        query.constant = Some(text.trim()).filter(|text| looks_like_constant(text)).map(str::to_owned);
        // Words that say nothing of the code ("error", "http", "a") are
        // left out, unless they are all there is.
        // So are a version's digits (`oauth2`, `http2`): they count only
        // together with the word before them.
        let short_number = |word: &str| word.len() < 3 && word.bytes().all(|byte| byte.is_ascii_digit());
        let meaningful: Vec<String> =
            words.iter().filter(|word| !is_stop_word(word) && !short_number(word)).cloned().collect();
        query.terms = if meaningful.is_empty() { words } else { meaningful };
        query.joined = query.terms.join(" ");
        query
    }
}

/// One word with a separator or a hump no prose has: `NOT_FOUND`,
/// `StatusTeapot`, `HttpStatus.OK`, `:not_found`.
fn looks_like_constant(text: &str) -> bool {
    let humped = text.as_bytes().windows(2).any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase());
    !text.contains(char::is_whitespace) && (humped || text.contains(['_', '.', ':']))
}

/// `Status404NotFound` as `Status 404 NotFound`: in a constant, a code
/// is a word of its own. (Not in prose: `oauth2` and `h2c` are words.)
fn codes_apart(token: &str) -> String {
    let mut apart = String::with_capacity(token.len() + 4);
    let mut previous: Option<char> = None;
    for c in token.chars() {
        if previous.is_some_and(|before| before.is_ascii_digit() != c.is_ascii_digit()) {
            apart.push(' ');
        }
        apart.push(c);
        previous = Some(c);
    }
    apart
}

/// `4`, `41`, `418`, `4xx`, `41X`: the digits to match codes by prefix.
pub fn code_prefix(token: &str) -> Option<&str> {
    let digits_end = token.find(|c: char| !c.is_ascii_digit()).unwrap_or(token.len());
    let (digits, rest) = token.split_at(digits_end);
    let is_mask = rest.chars().all(|c| c.eq_ignore_ascii_case(&'x'));
    (!digits.is_empty() && digits.len() + rest.len() <= 3 && is_mask).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefixes_and_masks() {
        assert_eq!(code_prefix("41"), Some("41"));
        assert_eq!(code_prefix("4xx"), Some("4"));
        assert_eq!(code_prefix("41X"), Some("41"));
        assert_eq!(code_prefix("404"), Some("404"));
        assert_eq!(code_prefix("4041"), None);
        assert_eq!(code_prefix("x4"), None);
        assert_eq!(code_prefix("4a"), None);
        assert_eq!(code_prefix("teapot"), None);
    }

    #[test]
    fn a_query_is_read_into_its_parts() {
        let query = Query::parse("404 Gone !nginx vendor:Cloudflare the HTTP_FORBIDDEN");
        assert_eq!(query.codes, ["404"]);
        assert_eq!(query.excluded, ["nginx"]);
        assert_eq!(query.vendors, ["cloudflare"]);
        assert_eq!(query.terms, ["gone", "forbidden"], "stop words go");
        assert_eq!(query.phrase, "gone the http forbidden");
        assert_eq!(Query::parse("a the").terms, ["a", "the"], "unless they are all there is");
        assert_eq!(Query::parse("   "), Query::default());
        assert_eq!(Query::parse("! vendor:"), Query::default(), "a bare ! or vendor: asks for nothing");
        assert_eq!(Query::parse(" HTTP_FORBIDDEN ").constant.as_deref(), Some("HTTP_FORBIDDEN"));
        assert_eq!(Query::parse("StatusTeapot").constant.as_deref(), Some("StatusTeapot"));
        assert_eq!(Query::parse("teapot").constant, None);
        let dotnet = Query::parse("Status404NotFound");
        assert_eq!((dotnet.codes, dotnet.terms), (vec!["404".to_owned()], vec!["not".to_owned(), "found".to_owned()]));
        assert_eq!(Query::parse("NOT FOUND").constant, None, "two words are prose");
    }
}
