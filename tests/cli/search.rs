//! The search as a script meets it: the meant code first, noise refused
//! with exit 1, filters that filter, and a choice among a code's meanings.

use serde_json::Value;
use statusbrowse::catalog::Catalog;

use crate::common::meant::MEANT;
use crate::common::run::statusbrowse;

fn words(query: &str) -> Vec<&str> {
    query.split_whitespace().collect()
}

/// The entries `--json` lists for `args`, in order.
fn listed(args: &[&str]) -> Vec<Value> {
    let mut args = args.to_vec();
    args.push("--json");
    let run = statusbrowse(&args);
    assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
    let value: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    value.as_array().expect("an array").clone()
}

#[test]
fn every_query_a_new_user_tried_finds_the_meant_code_first() {
    let catalog = Catalog::builtin();
    for meant in MEANT {
        let entry = catalog.by_code(meant.code).find(|entry| meant.is(entry)).expect("the meant entry exists");
        let found = listed(&words(meant.query));
        assert_eq!(found[0]["code"], meant.code, "{:?}: {}", meant.query, found[0]["phrase"]);
        assert_eq!(found[0]["phrase"], entry.phrase.as_ref() as &str, "{:?}: the meaning meant", meant.query);
        // As text, the same entry heads what is printed.
        let text = statusbrowse(&words(meant.query)).stdout;
        let first = text.lines().next().unwrap_or_default();
        let heading =
            [format!("{}  {}", entry.code_str(), entry.phrase), format!("{} {}", entry.code_str(), entry.phrase)];
        assert!(heading.iter().any(|heading| first.starts_with(heading.as_str())), "{:?}: {first:?}", meant.query);
    }
    let gone = listed(&["404", "gone"]);
    assert_eq!(
        (&gone[0]["code"], &gone[1]["code"]),
        (&Value::from(404), &Value::from(410)),
        "404 and the matches for gone"
    );
}

#[test]
fn noise_exits_1_and_a_close_typo_is_suggested_on_stderr() {
    let noise = statusbrowse(&["abc"]);
    assert_eq!((noise.code, noise.stdout.as_str()), (Some(1), ""), "{}", noise.stdout);
    assert!(noise.stderr.starts_with("statusbrowse: nothing matches \"abc\""), "{}", noise.stderr);
    let typo = statusbrowse(&["unatuhroized"]);
    assert_eq!((typo.code, typo.stdout.as_str()), (Some(1), ""));
    assert!(typo.stderr.contains("did you mean 401 Unauthorized?"), "{}", typo.stderr);
    // One typo is forgiven outright.
    let forgiven = statusbrowse(&["unauthroized"]);
    assert_eq!(forgiven.code, Some(0));
    assert!(forgiven.stdout.starts_with("401  Unauthorized\n"), "{}", forgiven.stdout);
}

#[test]
fn masks_exclusions_and_vendor_filters_hold_on_the_command_line() {
    let catalog = Catalog::builtin();
    let class = listed(&["4xx"]);
    assert!(class.iter().all(|entry| (400..500).contains(&entry["code"].as_u64().unwrap_or(0))));
    assert_eq!(class.len(), catalog.entries().iter().filter(|entry| (400..500).contains(&entry.code)).count());
    let vendor = |entry: &Value| entry["vendor"].as_str().unwrap_or_default().to_owned();
    let not_nginx = listed(&["!nginx"]);
    assert!(!not_nginx.is_empty() && not_nginx.iter().all(|entry| vendor(entry) != "nginx"));
    let only_nginx = listed(&["vendor:nginx"]);
    assert!(only_nginx.len() >= 5 && only_nginx.iter().all(|entry| vendor(entry) == "nginx"), "{only_nginx:?}");
    let cloudflare_timeouts = listed(&["timeout", "vendor:cloudflare"]);
    assert!(cloudflare_timeouts.iter().all(|entry| vendor(entry) == "Cloudflare"));
    assert_eq!(cloudflare_timeouts[0]["code"], 522, "Connection timed out");
}

#[test]
fn rows_found_through_a_keyword_say_so() {
    let run = statusbrowse(&["retry"]);
    assert!(run.stdout.starts_with("429  Too Many Requests · keyword: retry\n"), "{}", run.stdout);
    let constant = statusbrowse(&["HTTP_FORBIDDEN"]);
    assert!(constant.stdout.starts_with("403  Forbidden · "), "{}", constant.stdout);
    assert!(constant.stdout.lines().next().unwrap_or_default().contains("HTTP_FORBIDDEN"), "{}", constant.stdout);
}

#[test]
fn example_takes_the_common_meaning_and_vendor_chooses() {
    let catalog = Catalog::builtin();
    let of = |vendor: &str| {
        catalog
            .by_code(499)
            .find(|entry| entry.vendor.as_deref().is_some_and(|theirs| theirs.contains(vendor)))
            .expect("499")
    };
    let (nginx, arcgis) = (of("nginx"), of("ArcGIS"));
    let common = statusbrowse(&["499", "--example"]);
    assert_eq!(common.code, Some(0));
    assert_eq!(common.stdout, nginx.examples[0].text.as_ref() as &str, "nginx's 499 is the one developers meet");
    assert_eq!(
        common.stderr,
        "statusbrowse: this is 499 Client Closed Request; 499 also means 499 Token Required (Esri ArcGIS Server): \
         --vendor chooses\n"
    );
    let chosen = statusbrowse(&["499", "--example", "--vendor", "arcgis"]);
    assert_eq!((chosen.code, chosen.stderr.as_str()), (Some(0), ""), "a choice made needs no note");
    assert_eq!(chosen.stdout, arcgis.examples[0].text.as_ref() as &str);
    let lookup = statusbrowse(&["--vendor", "ArcGIS", "499"]);
    assert!(lookup.stdout.starts_with("499 Token Required\n"), "{}", lookup.stdout);
    assert!(!lookup.stdout.lines().any(|line| line == "499 Client Closed Request"), "only ArcGIS's: {}", lookup.stdout);
    let single = statusbrowse(&["404", "--example"]);
    assert_eq!(single.stderr, "", "one meaning, nothing to say");
    let wrong = statusbrowse(&["404", "--vendor", "nginx"]);
    assert_eq!(wrong.code, Some(1));
    assert_eq!(wrong.stderr, "statusbrowse: 404 has no meaning from \"nginx\"; its meanings are from: IANA\n");
}
