//! What developers type, and the code they mean: status names, symptoms,
//! constants from seven libraries, log words, vendors, typos and codes,
//! run against the built-in catalog through the one search the browser and
//! the command line share. The meant code must come first in 95% of the
//! queries at least, and be among the first three in every one.

use statusbrowse::catalog::{Catalog, Entry};
use statusbrowse::search::Search;

/// A query, the code meant (and whose meaning, for codes with several),
/// and codes that must be among the first three.
struct Case {
    query: &'static str,
    meant: u16,
    vendor: Option<&'static str>,
    also: &'static [u16],
}

const fn case(query: &'static str, meant: u16) -> Case {
    Case { query, meant, vendor: None, also: &[] }
}

const fn with(query: &'static str, meant: u16, also: &'static [u16]) -> Case {
    Case { query, meant, vendor: None, also }
}

const fn vendor(query: &'static str, meant: u16, vendor: &'static str) -> Case {
    Case { query, meant, vendor: Some(vendor), also: &[] }
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    // The names of the codes.
    case("ok", 200), case("created", 201), case("accepted", 202), case("no content", 204),
    case("partial content", 206), case("moved permanently", 301), case("found", 302), case("see other", 303),
    case("not modified", 304), with("temporary redirect", 307, &[302]), with("permanent redirect", 308, &[301]),
    case("bad request", 400), case("unauthorized", 401), case("forbidden", 403), case("not found", 404),
    case("method not allowed", 405), case("not acceptable", 406), case("request timeout", 408),
    case("conflict", 409), case("gone", 410), case("precondition failed", 412), case("payload too large", 413),
    case("uri too long", 414), case("unsupported media type", 415), case("range not satisfiable", 416),
    vendor("teapot", 418, "HTCPCP"), case("unprocessable", 422), case("too many requests", 429),
    case("request header fields too large", 431), case("legal reasons", 451), case("internal server error", 500),
    case("not implemented", 501), case("bad gateway", 502), case("service unavailable", 503),
    case("gateway timeout", 504), vendor("client closed request", 499, "nginx"),
    // What is wrong, in the words of whoever meets it.
    case("rate limit", 429), with("retry", 429, &[503]), case("auth", 401), case("login", 401),
    case("maintenance", 503), case("duplicate", 409), with("redirect", 301, &[302]), case("unavailable", 503),
    case("jwt expired", 401), case("expired token", 401), case("request too big", 413), case("file too large", 413),
    case("upload too large", 413), case("validation error", 422), case("invalid json", 400), case("missing", 404),
    case("deleted", 410), case("permission denied", 403), case("access denied", 403), with("csrf", 403, &[419]),
    case("websocket", 101), with("etag", 304, &[412]), case("browser cache", 304), case("cors preflight", 204),
    case("async", 202), case("long running job", 202), case("upstream timed out", 504),
    case("connection refused", 502), with("timeout", 504, &[408]), case("already exists", 409),
    case("wrong method", 405), case("wrong content type", 415), case("captive portal", 511),
    case("cookie too large", 431), case("crash", 500), case("overloaded", 503), case("payment", 402),
    case("too early", 425), case("upgrade required", 426), case("misdirected", 421), case("locked", 423),
    case("expect 100-continue", 100), case("early hints", 103), case("api key", 401), case("insufficient scope", 403),
    with("gateway", 502, &[504]), case("proxy login", 407), with("too many redirects", 301, &[302]),
    case("client error", 400), case("server error", 500), case("server down", 503), case("quota", 429),
    case("oauth", 401), case("h2c", 101),
    // Constants, as the libraries spell them.
    case("NOT_FOUND", 404), case("UNPROCESSABLE_ENTITY", 422), vendor("StatusTeapot", 418, "HTCPCP"),
    case("HTTP_FORBIDDEN", 403), case("StatusTooManyRequests", 429), case("TooManyRequests", 429),
    case("INTERNAL_SERVER_ERROR", 500), case("SERVICE_UNAVAILABLE", 503), case("StatusMovedPermanently", 301),
    case(":unprocessable_content", 422), case("HttpStatus.BAD_GATEWAY", 502), case("HTTPStatus.NO_CONTENT", 204),
    case("Status404NotFound", 404), case("HTTP_404_NOT_FOUND", 404), case("StatusCodes.Status429TooManyRequests", 429),
    // Logs, vendors and their words.
    vendor("nginx 499", 499, "nginx"), vendor("client closed", 499, "nginx"), vendor("cloudflare 522", 522, "Cloudflare"),
    vendor("origin down", 521, "Cloudflare"), vendor("alb 460", 460, "AWS"), vendor("no response", 444, "nginx"),
    vendor("ssl handshake failed", 525, "Cloudflare"), vendor("page expired", 419, "Laravel"),
    vendor("enhance your calm", 420, "Twitter"),
    // Typos and other spellings.
    case("unauthroized", 401), case("forbiden", 403), vendor("teapt", 418, "HTCPCP"), case("gatway timeout", 504),
    case("unathorized", 401), case("unauthorised", 401), case("authorisation", 403),
    vendor("i am a teapot", 418, "HTCPCP"), case("NOT FOUND", 404), case("Bad Gateway", 502),
    // Codes, alone and among words.
    vendor("418", 418, "HTCPCP"), vendor("499", 499, "nginx"), vendor("530", 530, "Cloudflare"),
    with("404 gone", 404, &[410]), case("4xx", 400),
];

/// The first three entries the search lists for `query`.
fn first_three<'c>(catalog: &'c Catalog, search: &mut Search, query: &str) -> Vec<&'c Entry> {
    search.run(query).hits.iter().take(3).map(|hit| &catalog.entries()[hit.entry]).collect()
}

fn is_meant(entry: &Entry, case: &Case) -> bool {
    entry.code == case.meant
        && case.vendor.is_none_or(|vendor| entry.vendor.as_deref().is_some_and(|theirs| theirs.contains(vendor)))
}

fn shown(entries: &[&Entry]) -> String {
    let shown: Vec<String> = entries.iter().map(|entry| entry.status_line()).collect();
    shown.join(", ")
}

#[test]
fn developers_find_the_code_they_mean() {
    assert!(CASES.len() >= 80, "{} queries", CASES.len());
    let catalog = Catalog::builtin();
    let mut search = Search::new(catalog.entries());
    let (mut first, mut top_three) = (0, 0);
    let mut misses = Vec::new();
    for case in CASES {
        let found = first_three(&catalog, &mut search, case.query);
        let in_top_three = found.iter().any(|entry| is_meant(entry, case))
            && case.also.iter().all(|code| found.iter().any(|entry| entry.code == *code));
        if found.first().is_some_and(|entry| is_meant(entry, case)) {
            first += 1;
        } else {
            misses.push(format!("{:?}: meant {} first, found {}", case.query, case.meant, shown(&found)));
        }
        if in_top_three {
            top_three += 1;
        } else {
            misses.push(format!(
                "{:?}: {} and {:?} not all in the first three: {}",
                case.query,
                case.meant,
                case.also,
                shown(&found)
            ));
        }
    }
    let total = CASES.len();
    println!("top-1 {first}/{total} ({:.1}%), top-3 {top_three}/{total}", 100.0 * first as f64 / total as f64);
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(first * 100 >= total * 95, "top-1 {first}/{total}:\n{}", misses.join("\n"));
    assert_eq!(top_three, total, "top-3:\n{}", misses.join("\n"));
}

#[test]
fn noise_is_not_a_match_and_filters_filter() {
    let catalog = Catalog::builtin();
    let mut search = Search::new(catalog.entries());
    assert!(search.run("abc").hits.is_empty(), "letters scattered over words are no match");
    assert!(search.run("xyzzyq").hits.is_empty());
    let codes = |search: &mut Search, query: &str| -> Vec<&Entry> {
        search.run(query).hits.iter().map(|hit| &catalog.entries()[hit.entry]).collect()
    };
    let class = codes(&mut search, "4xx");
    assert!(class.iter().all(|entry| (400..500).contains(&entry.code)), "only 4xx: {}", shown(&class));
    assert_eq!(class.len(), catalog.entries().iter().filter(|entry| (400..500).contains(&entry.code)).count());
    // `!nginx` leaves out every entry that mentions nginx: its own codes,
    // and 502 whose keywords name it.
    let not_nginx = codes(&mut search, "!nginx");
    let nginx = catalog.entries().iter().filter(|entry| entry.vendor.as_deref() == Some("nginx")).count();
    assert!(nginx > 0 && not_nginx.iter().all(|entry| entry.vendor.as_deref() != Some("nginx")), "!nginx");
    assert!(not_nginx.iter().any(|entry| entry.code == 404) && !not_nginx.iter().any(|entry| entry.code == 502));
    let only_nginx = codes(&mut search, "vendor:nginx");
    assert!(only_nginx.len() == nginx && only_nginx.iter().all(|entry| entry.vendor.as_deref() == Some("nginx")));
    let registered = codes(&mut search, "vendor:iana 5xx");
    assert!(
        registered
            .iter()
            .all(|entry| entry.is_registered() && entry.class == statusbrowse::catalog::Class::ServerError)
    );
    // A constant's words are found together or not at all.
    let constant = codes(&mut search, "NOT_FOUND");
    assert!(constant.iter().all(|entry| entry.code == 404), "{}", shown(&constant));
    let excluded = codes(&mut search, "timeout !gateway");
    assert!(!excluded.is_empty() && excluded.iter().all(|entry| entry.code != 504), "{}", shown(&excluded));
}

#[test]
fn a_query_nothing_matches_suggests_what_was_meant() {
    let catalog = Catalog::builtin();
    let mut search = Search::new(catalog.entries());
    // Two typos in a word are past what a search forgives, not past what
    // it can suggest.
    for (query, meant) in [("unatuhroized", 401), ("forbbiden", 403), ("sorvise unavailabel", 503)] {
        let results = search.run(query);
        assert!(results.hits.is_empty(), "{query} matched");
        let suggestion = results.suggestion.map(|index| catalog.entries()[index].code);
        assert_eq!(suggestion, Some(meant), "{query}");
    }
    // The suggestion keeps to the query's filters: nginx has no teapot.
    let filtered = search.run("teapot vendor:nginx");
    assert!(filtered.hits.is_empty() && filtered.suggestion.is_none(), "{filtered:?}");
    let filtered = search.run("forbbiden !forbidden");
    assert!(filtered.hits.is_empty() && filtered.suggestion.is_none(), "{filtered:?}");
}

#[test]
fn a_row_says_why_it_is_listed() {
    let catalog = Catalog::builtin();
    let mut search = Search::new(catalog.entries());
    let results = search.run("rate limit");
    let first = &results.hits[0];
    let entry = &catalog.entries()[first.entry];
    assert_eq!(first.reason.and_then(|field| field.why(entry)).as_deref(), Some("keyword: rate limit"));
    let results = search.run("StatusTeapot");
    let entry = &catalog.entries()[results.hits[0].entry];
    assert_eq!(results.hits[0].reason.and_then(|field| field.why(entry)).as_deref(), Some("Go: http.StatusTeapot"));
    // A constant as one library spells it names that library's.
    let results = search.run("HttpStatus.BAD_GATEWAY");
    let entry = &catalog.entries()[results.hits[0].entry];
    let why = results.hits[0].reason.and_then(|field| field.why(entry));
    assert_eq!(why.as_deref(), Some("Spring: HttpStatus.BAD_GATEWAY"));
    let results = search.run("not found");
    assert_eq!(results.hits[0].reason, None, "the phrase itself shows why");
    assert_eq!(results.hits[0].highlights, [4, 5, 6, 8, 9, 10, 11, 12], "404 Not Found: the words highlighted");
}
