//! The built-in catalog, compiled into the binary so statusbrowse needs no
//! file at run time. A test checks that every file under `assets/catalog` is
//! listed here, so a new file cannot be forgotten.

/// `(path in the repository, contents)` for every built-in catalog file.
pub const FILES: &[(&str, &str)] = &[
    (
        "assets/catalog/1xx.toml",
        include_str!("../../assets/catalog/1xx.toml"),
    ),
    (
        "assets/catalog/2xx.toml",
        include_str!("../../assets/catalog/2xx.toml"),
    ),
    (
        "assets/catalog/3xx.toml",
        include_str!("../../assets/catalog/3xx.toml"),
    ),
    (
        "assets/catalog/4xx.toml",
        include_str!("../../assets/catalog/4xx.toml"),
    ),
    (
        "assets/catalog/5xx.toml",
        include_str!("../../assets/catalog/5xx.toml"),
    ),
];
