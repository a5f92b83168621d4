//! The browser's `/` against issue 11's table: what a new user typed
//! selects the code they meant, and the screen says why rows are listed.

use crate::common::meant::MEANT;
use crate::common::{app, press, screen};

#[test]
fn every_query_a_new_user_tried_selects_the_meant_code() {
    for meant in MEANT {
        let mut app = app(120, 40);
        press(&mut app, &format!("/{}", meant.query));
        let entry = app.selected_entry().unwrap_or_else(|| panic!("{:?} selects nothing", meant.query));
        assert!(meant.is(entry), "{:?} selects {} {} ({:?})", meant.query, entry.code, entry.phrase, entry.vendor);
        // Enter keeps the filter and the selection.
        press(&mut app, "<Enter>");
        assert!(app.selected_entry().is_some_and(|kept| meant.is(kept)), "{:?} after Enter", meant.query);
    }
}

#[test]
fn a_class_mask_lists_that_class_only() {
    let mut app = app(120, 40);
    press(&mut app, "/4xx");
    let expected = app.catalog().entries().iter().filter(|entry| (400..500).contains(&entry.code)).count();
    assert_eq!(app.hits().len(), expected);
    assert!(app.hits().iter().all(|hit| (400..500).contains(&app.entry_of(hit).code)));
    assert!(app.grouped(), "codes alone list in code order, under class headers");
}

#[test]
fn exclusions_and_vendor_filters_hold_in_the_browser() {
    let mut app = app(120, 40);
    press(&mut app, "/!nginx");
    assert!(!app.hits().is_empty());
    assert!(app.hits().iter().all(|hit| app.entry_of(hit).vendor.as_deref() != Some("nginx")));
    press(&mut app, "<Esc>/vendor:nginx");
    assert!(app.hits().len() >= 5 && app.hits().iter().all(|hit| app.entry_of(hit).vendor.as_deref() == Some("nginx")));
}

#[test]
fn a_row_found_through_a_keyword_says_so() {
    let mut app = app(120, 40);
    press(&mut app, "/retry");
    let shown = screen(&app);
    assert!(shown.contains("▶429 Too Many Requests · keyword: retry"), "{shown}");
    press(&mut app, "<Esc>/not found");
    let shown = screen(&app);
    assert!(shown.contains("▶404 Not Found  ") || shown.contains("▶404 Not Found│"), "the phrase says why:\n{shown}");
}

#[test]
fn nothing_found_offers_the_code_meant() {
    let mut app = app(100, 30);
    press(&mut app, "/unatuhroized");
    assert!(app.hits().is_empty());
    let shown = screen(&app);
    assert!(shown.contains("No code matches “unatuhroized”"), "{shown}");
    assert!(shown.contains("Did you mean 401 Unauthorized?"), "{shown}");
    press(&mut app, "<Esc>/abc");
    assert!(app.hits().is_empty(), "letters scattered over words are no match");
}
