//! One search, per query length and catalog size: what every keystroke in
//! `/` and every `statusbrowse rate limit` costs.

mod support;

use divan::Bencher;
use statusbrowse::search::Search;

fn main() {
    divan::main();
}

const QUERIES: &[&str] = &["g", "ga", "gat", "gate", "gatew", "gateway", "gateway 5", "4", "42", "429", "rate limit"];

#[divan::bench(args = QUERIES)]
fn builtin(bencher: Bencher, query: &str) {
    let catalog = support::catalog(0);
    let mut search = Search::new(catalog.entries());
    bencher.bench_local(|| search.run(divan::black_box(query)));
}

#[divan::bench(args = QUERIES, sample_count = 20)]
fn user_10k(bencher: Bencher, query: &str) {
    let catalog = support::catalog(10_000);
    let mut search = Search::new(catalog.entries());
    bencher.bench_local(|| search.run(divan::black_box(query)));
}

#[divan::bench(args = QUERIES, sample_count = 5, sample_size = 1)]
fn user_100k(bencher: Bencher, query: &str) {
    let catalog = support::catalog(100_000);
    let mut search = Search::new(catalog.entries());
    bencher.bench_local(|| search.run(divan::black_box(query)));
}
