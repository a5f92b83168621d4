//! Turns the built-in catalog (TOML under assets/catalog) into Rust at build
//! time, so start-up builds entries instead of parsing 700 KB of TOML: that
//! parse was four fifths of `statusbrowse 404`'s run time.
//!
//! The parser is the crate's own (the same source files, included here), so
//! the build and a user's catalog are read by one reader. The rules are
//! checked by the test suite, which reads the same files from disk.

// The crate's own catalog reader, module for module: their `super::`
// paths resolve to this file's root, as they do to `catalog` in the crate.
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/chunks.rs"]
mod chunks;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/derived.rs"]
mod derived;
#[allow(dead_code, unused_imports)]
#[path = "src/compare/facts.rs"]
mod facts;
#[allow(dead_code, unused_imports)]
#[path = "src/inert.rs"]
mod inert;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/library.rs"]
mod library;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/model.rs"]
mod model;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/pooled.rs"]
mod pooled;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/source.rs"]
mod source;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/text_list.rs"]
mod text_list;
#[allow(dead_code, unused_imports)]
#[path = "src/user_file.rs"]
mod user_file;
// Not the catalog: how the binary is linked.
#[path = "link/mod.rs"]
mod link;
// The search's own layout of an entry, so start-up folds nothing for the
// built-in catalog; `crate::catalog` is what that file expects to find.
#[allow(dead_code)]
#[path = "src/search/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/search/texts.rs"]
mod texts;
mod catalog {
    pub use super::model::{Entry, Library};
}
/// The pools `pooled.rs` reads built-in values from. This build script
/// only ever makes owned values, so its pools are empty.
mod embedded {
    use super::model::{Example, Library, Pooled, TextList};

    pub static TEXT: &str = "";

    impl Pooled for u16 {
        fn pool() -> &'static [Self] {
            &[]
        }
    }

    impl Pooled for Example {
        fn pool() -> &'static [Self] {
            &[]
        }
    }

    impl Pooled for (Library, TextList) {
        fn pool() -> &'static [Self] {
            &[]
        }
    }
}

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use model::{Entry, Text};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    for watched in [
        "assets/catalog",
        "assets/compare.toml",
        "src/compare/facts.rs",
        "assets/libraries",
        "src/catalog/model.rs",
        "src/catalog/pooled.rs",
        "src/catalog/derived.rs",
        "src/catalog/source.rs",
        "src/catalog/chunks.rs",
        "src/catalog/library.rs",
        "src/catalog/text_list.rs",
        "src/inert.rs",
        "src/user_file.rs",
        "src/search/fold.rs",
        "src/search/texts.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let mut files = Vec::new();
    collect(&root.join("assets/catalog"), &mut files);
    files.sort();
    let mut entries: Vec<Entry> = Vec::new();
    for file in &files {
        let name = file.strip_prefix(&root).unwrap_or(file).to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(file).unwrap_or_else(|error| panic!("{name}: {error}"));
        let located = source::parse_file(&name, &text).unwrap_or_else(|error| panic!("{error}"));
        entries.extend(located.into_iter().map(|located| located.entry));
    }
    // The order `Catalog` keeps: by code, IANA's meaning first, then vendors.
    entries.sort_by(Entry::catalog_order);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_catalog.rs");
    std::fs::write(&out, generate(&files, &root, &entries))
        .unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    let out = out.with_file_name("builtin_search.rs");
    std::fs::write(&out, prepared(&entries)).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    let out = out.with_file_name("builtin_libraries.rs");
    std::fs::write(&out, libraries(&root)).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    let out = out.with_file_name("builtin_compare.rs");
    std::fs::write(&out, compare_properties(&root)).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    link::apply(&root);
}

/// Rust source for the tables src/compare/builtin.rs reads each code's
/// comparison facts from (assets/compare.toml): every text in one string
/// and every value as positions in it, sorted by code. Data rather than a
/// function that builds every code's facts from literals: that function
/// was 70 KB of code, paged in by every lookup.
fn compare_properties(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("assets/compare.toml"))
        .unwrap_or_else(|error| panic!("assets/compare.toml: {error}"));
    let mut data: facts::Compare = toml::from_str(&text).unwrap_or_else(|error| panic!("assets/compare.toml: {error}"));
    data.code.sort_by_key(|facts| facts.code);
    let (mut pool, mut fields, mut grpc_from, mut codes) = (TextPool::default(), Vec::new(), Vec::new(), Vec::new());
    for facts in &data.code {
        let [permanence, method, body, actor, retry, existence] =
            [&facts.permanence, &facts.method, &facts.body, &facts.actor, &facts.retry, &facts.existence]
                .map(|fact| pool.sourced(fact));
        let first_field = fields.len();
        for field in &facts.fields {
            let (name, level, source) = (pool.at(&field.name), pool.at(&field.level), pool.at(&field.source));
            fields.push(format!("RawField {{ name: {name}, level: {level}, source: {source} }}"));
        }
        let grpc = match &facts.grpc {
            Some(grpc) => {
                let first = grpc_from.len();
                grpc_from.extend(grpc.from.iter().map(|name| pool.at(name)));
                let (to, source) = (pool.at(&grpc.to), pool.at(&grpc.source));
                format!("Some(RawGrpc {{ from: ({first}, {}), to: {to}, source: {source} }})", grpc_from.len())
            }
            None => "None".to_owned(),
        };
        codes.push(format!(
            "RawProperties {{ code: {}, permanence: {permanence}, method: {method}, body: {body}, \
             fields: ({first_field}, {}), actor: {actor}, retry: {retry}, existence: {existence}, grpc: {grpc} }}",
            facts.code,
            fields.len()
        ));
    }
    let mut code = String::from("// Generated by build.rs from assets/compare.toml. Do not edit.\n\n");
    let _ = writeln!(code, "static TEXT: &str = {:?};\n", pool.text);
    for (name, kind, items) in
        [("CODES", "RawProperties", &codes), ("FIELDS", "RawField", &fields), ("GRPC_FROM", "At", &grpc_from)]
    {
        let _ = writeln!(code, "static {name}: [{kind}; {}] = [\n    {}\n];\n", items.len(), items.join(",\n    "));
    }
    code
}

/// One string texts lie in, each at the position `at` gives: the
/// catalog's and the comparison facts' pools.
#[derive(Default)]
struct TextPool {
    text: String,
}

impl TextPool {
    /// `item` appended; its position, as Rust.
    fn at(&mut self, item: &str) -> String {
        let start = self.text.len();
        self.text.push_str(item);
        format!("({start}, {})", self.text.len())
    }

    fn sourced(&mut self, fact: &Option<facts::Sourced>) -> String {
        let Some(fact) = fact else { return "None".to_owned() };
        let value = self.at(&fact.value);
        let text = fact.text.as_deref().map_or_else(|| "None".to_owned(), |text| format!("Some({})", self.at(text)));
        format!("Some(RawSourced {{ value: {value}, text: {text}, source: {} }})", self.at(&fact.source))
    }
}

/// Rust source for `RELEASES` and `CHANGED`, from assets/libraries: the
/// release each library's constants were read from (its `# version:`
/// line), and the names that release deprecates or no longer has.
fn libraries(root: &Path) -> String {
    let mut releases = Vec::new();
    let mut changed = Vec::new();
    for library in model::Library::ALL {
        let name = format!("assets/libraries/{}.tsv", library.key());
        let text = std::fs::read_to_string(root.join(&name)).unwrap_or_else(|error| panic!("{name}: {error}"));
        let version = text
            .lines()
            .find_map(|line| line.strip_prefix("# version: "))
            .unwrap_or_else(|| panic!("{name}: no `# version:` line"));
        releases.push(format!("{version:?}"));
        for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.starts_with('#') && !line.is_empty()) {
            let cells: Vec<&str> = line.split('\t').collect();
            let (constant, flag, instead) = match cells.as_slice() {
                [_, constant, flag] => (*constant, *flag, None),
                [_, constant, flag, instead] => (*constant, *flag, Some(*instead)),
                _ => panic!("{name}:{}: code, name, flag and maybe the name to use instead", number + 1),
            };
            let instead = format!("{instead:?}");
            let change = match flag {
                "current" => continue,
                "deprecated" => format!("Change::Deprecated {{ since: None, instead: {instead} }}"),
                _ if flag.starts_with("deprecated-since-") => {
                    format!("Change::Deprecated {{ since: Some({:?}), instead: {instead} }}", &flag[17..])
                }
                _ if flag.starts_with("removed-in-") => {
                    format!("Change::Removed {{ release: {:?}, instead: {instead} }}", &flag[11..])
                }
                _ => panic!("{name}:{}: unknown flag {flag:?}", number + 1),
            };
            changed.push((library, constant.to_owned(), change));
        }
    }
    changed.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut code = String::from("// Generated by build.rs from assets/libraries. Do not edit.\n\n");
    let _ = writeln!(code, "static RELEASES: [&str; {}] = [{}];\n", releases.len(), releases.join(", "));
    let rows: Vec<String> = changed
        .iter()
        .map(|(library, constant, change)| format!("(Library::{library:?}, {constant:?}, {change})"))
        .collect();
    let _ = writeln!(
        code,
        "static CHANGED: [(Library, &str, Change); {}] = [\n    {}\n];",
        rows.len(),
        rows.join(",\n    ")
    );
    code
}

/// Rust source for `PREPARED`: each entry's texts as the search lays them
/// out, in catalog order, for `search::prepared`. Offsets into one text
/// and one list of spans rather than references, so the loader has nothing
/// to relocate.
fn prepared(entries: &[Entry]) -> String {
    /// Appends `texts` to the text and spans; where they lie, as Rust.
    fn lay_out(texts: &texts::Texts, text: &mut String, spans: &mut Vec<String>) -> String {
        let at = (text.len(), text.len() + texts.text.len(), spans.len(), spans.len() + texts.spans.len());
        text.push_str(&texts.text);
        for span in texts.spans.iter() {
            let field = match span.field {
                texts::Field::Alias(index) => format!("Alias({index})"),
                texts::Field::Keyword(index) => format!("Keyword({index})"),
                texts::Field::Constant(library, index) => format!("Constant(Library::{library:?}, {index})"),
                other => format!("{other:?}"),
            };
            spans.push(format!("Span {{ start: {}, end: {}, field: Field::{field} }}", span.start, span.end));
        }
        format!("Laid {{ text: ({}, {}), spans: ({}, {}) }}", at.0, at.1, at.2, at.3)
    }
    let (mut text, mut spans, mut prepared) = (String::new(), Vec::new(), Vec::new());
    for entry in entries {
        let laid = texts::EntryTexts::of(entry);
        let strong = lay_out(&laid.strong, &mut text, &mut spans);
        let weak = lay_out(&laid.weak, &mut text, &mut spans);
        let label = (text.len(), text.len() + laid.label.len());
        text.push_str(&laid.label);
        prepared
            .push(format!("    Prepared {{ strong: {strong}, weak: {weak}, label: ({}, {}) }},\n", label.0, label.1));
    }
    let mut code = String::from("// Generated by build.rs from assets/catalog. Do not edit.\n\n");
    code.push_str(&bulk_text("search_text", "TEXT", "", &text));
    let _ = writeln!(code, "static SPANS: [Span; {}] = [\n    {}\n];\n", spans.len(), spans.join(",\n    "));
    let _ = writeln!(code, "static PREPARED: [Prepared; {}] = [\n{}];", prepared.len(), prepared.concat());
    code
}

/// Rust source for `static {name}: &str` holding `text`, kept in the file
/// `file` in OUT_DIR and read as the named bytes `{name}_BYTES` (see
/// src/bulk.rs: the linker script moves them out of the lookup's way).
fn bulk_text(file: &str, name: &str, visibility: &str, text: &str) -> String {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(file);
    std::fs::write(&out, text).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    format!(
        "static {name}_BYTES: [u8; {}] = *include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"));\n\
         {visibility}static {name}: &str = crate::bulk::text(&{name}_BYTES);\n\n",
        text.len()
    )
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
}

/// Rust source for `FILES` (what was read), `ENTRIES` (what it says) and
/// the pools their texts and lists lie in: every entry as a constant, so
/// the built-in catalog is data in the binary and start-up builds nothing,
/// and as positions in the pools rather than references, so the loader has
/// nothing in it to relocate (see src/catalog/pooled.rs).
fn generate(files: &[PathBuf], root: &Path, entries: &[Entry]) -> String {
    let mut code = String::from("// Generated by build.rs from assets/catalog. Do not edit.\n\n");
    code.push_str("/// The catalog files the build read, relative to the repository.\npub const FILES: &[&str] = &[\n");
    for file in files {
        let name = file.strip_prefix(root).unwrap_or(file).to_string_lossy().replace('\\', "/");
        let _ = writeln!(code, "    {name:?},");
    }
    code.push_str("];\n\n");
    let mut pools = Pools::default();
    let literals: Vec<String> = entries.iter().map(|entry| pools.entry(entry)).collect();
    let _ = writeln!(code, "/// Every built-in text, each where its `Text::Pooled` says.");
    code.push_str(&bulk_text("catalog_text", "TEXT", "pub(super) ", &pools.text.text));
    let _ = writeln!(code, "static CODES: [u16; {}] = {:?};\n", pools.codes.len(), pools.codes);
    for (name, kind, items) in
        [("EXAMPLES", "Example", &pools.examples), ("CONSTANTS", "(Library, TextList)", &pools.constants)]
    {
        let _ = writeln!(code, "static {name}: [{kind}; {}] = [\n    {}\n];\n", items.len(), items.join(",\n    "));
    }
    let _ = writeln!(
        code,
        "/// Every built-in entry, in catalog order.\nstatic ENTRIES: [Entry; {}] = [\n{}];",
        literals.len(),
        literals.concat()
    );
    code
}

/// The pools as they fill: the one text every built-in text lies in, and
/// a table per kind of list item. Texts are not shared between entries
/// even when equal: one entry's texts then lie together, and reading an
/// entry touches one or two pages of the pool instead of one per entry
/// that first used a shared text (a page fault each at start-up).
#[derive(Default)]
struct Pools {
    text: TextPool,
    codes: Vec<u16>,
    examples: Vec<String>,
    constants: Vec<String>,
}

impl Pools {
    /// `item`'s place in the text pool, as Rust.
    fn text(&mut self, item: &str) -> String {
        format!("text{}", self.text.at(item))
    }

    fn option_text(&mut self, item: &Option<Text>) -> String {
        match item {
            Some(item) => format!("Some({})", self.text(item)),
            None => "None".to_owned(),
        }
    }

    fn text_list(&mut self, items: &text_list::TextList) -> String {
        format!("TextList({})", self.text(items.joined()))
    }

    /// `items` appended to `pool`; their place, as Rust.
    fn list(pool: &mut Vec<String>, items: Vec<String>) -> String {
        let start = pool.len();
        pool.extend(items);
        format!("list({start}, {})", pool.len())
    }

    fn entry(&mut self, entry: &Entry) -> String {
        let spec = match &entry.spec {
            Some(spec) => format!(
                "Some(Spec {{ document: {}, section: {}, url: {} }})",
                self.text(&spec.document),
                self.option_text(&spec.section),
                self.text(&spec.url)
            ),
            None => "None".to_owned(),
        };
        let constants: Vec<String> = (entry.constants.iter())
            .map(|(library, names)| format!("(Library::{library:?}, {})", self.text_list(names)))
            .collect();
        let constants = Self::list(&mut self.constants, constants);
        let examples: Vec<String> = entry
            .examples
            .iter()
            .map(|example| {
                format!(
                    "Example {{ title: {}, kind: ExampleKind::{:?}, text: {}, wire_status: {:?} }}",
                    self.text(&example.title),
                    example.kind,
                    self.text(&example.text),
                    example.wire_status
                )
            })
            .collect();
        let examples = Self::list(&mut self.examples, examples);
        let related_codes = format!("list({}, {})", self.codes.len(), self.codes.len() + entry.related_codes.len());
        self.codes.extend(entry.related_codes.iter());
        format!(
            "    Entry {{ code: {code}, phrase: {phrase}, class: Class::{class:?}, \
             status: Status::{status:?}, commonness: Commonness::{commonness:?}, vendor: {vendor}, spec: {spec}, \
             summary: {summary}, \
             description: {description}, when_to_use: {when_to_use}, \
             when_not_to_use: {when_not_to_use}, notes: Vec::new(), aliases: {aliases}, \
             keywords: {keywords}, related_codes: {related_codes}, related_headers: {related_headers}, \
             cacheable: Cacheability::{cacheable:?}, content: Content::{content:?}, \
             phrase_is_ours: {phrase_is_ours}, logged_only: {logged_only}, constants: Constants({constants}), \
             examples: {examples}, source: Source::Builtin }},\n",
            code = entry.code,
            phrase = self.text(&entry.phrase),
            class = entry.class,
            status = entry.status,
            commonness = entry.commonness,
            vendor = self.option_text(&entry.vendor),
            summary = self.text(&entry.summary),
            description = self.text(&entry.description),
            when_to_use = self.text(&entry.when_to_use),
            when_not_to_use = self.text(&entry.when_not_to_use),
            aliases = self.text_list(&entry.aliases),
            keywords = self.text_list(&entry.keywords),
            related_headers = self.text_list(&entry.related_headers),
            cacheable = entry.cacheable,
            content = entry.content,
            phrase_is_ours = entry.phrase_is_ours,
            logged_only = entry.logged_only,
        )
    }
}
