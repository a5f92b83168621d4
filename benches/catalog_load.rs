//! Loading the catalog: the built-in one (static data, no parsing), a
//! user's file of 10,000 and 100,000 entries (parsed and checked in full),
//! and the shapes that once took quadratic time: many meanings of one code,
//! many keywords added to one entry.

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

#[divan::bench(args = [20_000, 100_000], sample_count = 5, sample_size = 1)]
fn one_code_many_vendors(bencher: divan::Bencher, entries: usize) {
    let text: String = (0..entries)
        .map(|index| format!("[[entry]]\ncode = 599\nvendor = \"Vendor {index}\"\nphrase = \"Generated {index}\"\n\n"))
        .collect();
    bencher.bench(|| {
        statusbrowse::catalog::Catalog::with_user_files(&[("bench.toml".to_owned(), text.clone())])
            .expect("the generated catalog loads")
    });
}

#[divan::bench(args = [20_000, 100_000], sample_count = 5, sample_size = 1)]
fn many_keywords_on_one_entry(bencher: divan::Bencher, keywords: usize) {
    let list: Vec<String> = (0..keywords).map(|index| format!("\"keyword {index}\"")).collect();
    let text = format!("[[entry]]\ncode = 404\nkeywords = [{}]\n", list.join(", "));
    bencher.bench(|| {
        statusbrowse::catalog::Catalog::with_user_files(&[("bench.toml".to_owned(), text.clone())])
            .expect("the generated catalog loads")
    });
}
