//! ARCHITECTURE.md is the map of `src/`: it must name every file there,
//! and the dependency rules it states must hold in the sources.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `src/`, relative to it.
fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let src = root().join("src");
    let mut found = Vec::new();
    walk(&src, &mut found);
    found.into_iter().map(|path| path.strip_prefix(&src).expect("under src").to_path_buf()).collect()
}

/// The source of a file without its unit tests.
fn code_of(file: &Path) -> String {
    let text = std::fs::read_to_string(root().join("src").join(file)).expect("read source");
    match text.find("#[cfg(test)]\nmod tests") {
        Some(tests) => text[..tests].to_owned(),
        None => text,
    }
}

#[test]
fn the_architecture_page_names_every_source_file() {
    let page = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let missing: Vec<String> = sources()
        .iter()
        .map(|path| path.to_string_lossy().replace('\\', "/"))
        .filter(|path| !page.contains(&format!("`{path}`")) && !page.contains(&format!("{path}`")))
        .collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md does not mention {missing:?}");
}

#[test]
fn the_dependency_rules_hold() {
    for file in sources() {
        let path = file.to_string_lossy().replace('\\', "/");
        let code = code_of(&file);
        let uses =
            |module: &str| code.contains(&format!("crate::{module}")) || code.contains(&format!("super::{module}"));
        if path == "tui/update.rs" || path == "tui/fit.rs" {
            assert!(!uses("view"), "{path} imports the view");
        }
        if path.starts_with("cli/") || path.starts_with("config/") {
            assert!(!code.contains("tui::view"), "{path} imports tui::view");
        }
        if path.starts_with("present/") {
            for module in ["tui", "cli", "config"] {
                assert!(!code.contains(&format!("crate::{module}")), "{path} imports {module}");
            }
        }
        if path.starts_with("compare/") || path.starts_with("guide/") {
            for module in ["tui", "cli", "config", "present"] {
                assert!(!code.contains(&format!("crate::{module}")), "{path} imports {module}");
            }
        }
        if path.starts_with("check/") {
            for module in ["tui", "cli", "config", "present"] {
                assert!(!code.contains(&format!("crate::{module}")), "{path} imports {module}");
            }
        }
        if path.starts_with("tui/") {
            for module in ["cli", "config"] {
                assert!(!code.contains(&format!("crate::{module}")), "{path} imports {module}");
            }
        }
    }
}

#[test]
fn no_source_file_is_a_grab_bag() {
    for file in sources() {
        let lines = std::fs::read_to_string(root().join("src").join(&file)).expect("read").lines().count();
        assert!(lines <= 350, "{} has {lines} lines; split it along its seams", file.display());
    }
}

/// memchr's general entry points (`memchr::memchr`, `memchr_iter`,
/// `memmem`...) run CPU feature detection on their first call; under a
/// hypervisor every CPUID traps, and one such call in the lookup path cost
/// a tenth of a millisecond, the largest single cost of `statusbrowse 404`.
/// The sources use memchr's per-architecture searchers (`memchr::arch`),
/// which ask the CPU nothing.
#[test]
fn nothing_calls_memchrs_cpu_probing_entry_points() {
    let probing = ["memchr::memchr", "memchr::memrchr", "memchr::memmem", "memchr_iter", "memrchr_iter"];
    let mut found = Vec::new();
    for file in sources() {
        let text = std::fs::read_to_string(root().join("src").join(&file)).expect("read source");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if probing.iter().any(|name| code.contains(name)) {
                found.push(format!("src/{}:{}: {}", file.display(), number + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "memchr entry points that probe the CPU:\n{}", found.join("\n"));
}
