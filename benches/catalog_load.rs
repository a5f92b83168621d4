//! Loading the catalog: the built-in one (static data, no parsing) and a
//! user's file of 10,000 and 100,000 entries (parsed and checked in full).

mod support;

fn main() {
    divan::main();
}

#[divan::bench]
fn builtin() -> statusbrowse::catalog::Catalog {
    statusbrowse::catalog::Catalog::builtin()
}

#[divan::bench(args = [10_000, 100_000], sample_count = 5, sample_size = 1)]
fn with_user_file(bencher: divan::Bencher, entries: usize) {
    let text = support::user_catalog(entries);
    bencher.bench(|| {
        statusbrowse::catalog::Catalog::with_user_files(&[("bench.toml".to_owned(), text.clone())])
            .expect("the generated catalog loads")
    });
}
