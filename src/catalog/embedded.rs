//! The built-in catalog, compiled into the binary so statusbrowse needs no
//! file at run time. A test checks that every file under `assets/catalog` is
//! listed here, so a new file cannot be forgotten.

/// `(path in the repository, contents)` for every built-in catalog file.
pub const FILES: &[(&str, &str)] = &[
    ("assets/catalog/1xx.toml", include_str!("../../assets/catalog/1xx.toml")),
    ("assets/catalog/2xx.toml", include_str!("../../assets/catalog/2xx.toml")),
    ("assets/catalog/3xx.toml", include_str!("../../assets/catalog/3xx.toml")),
    ("assets/catalog/4xx.toml", include_str!("../../assets/catalog/4xx.toml")),
    ("assets/catalog/5xx.toml", include_str!("../../assets/catalog/5xx.toml")),
    ("assets/catalog/unofficial/apis.toml", include_str!("../../assets/catalog/unofficial/apis.toml")),
    ("assets/catalog/unofficial/aws.toml", include_str!("../../assets/catalog/unofficial/aws.toml")),
    ("assets/catalog/unofficial/cloudflare.toml", include_str!("../../assets/catalog/unofficial/cloudflare.toml")),
    ("assets/catalog/unofficial/drafts.toml", include_str!("../../assets/catalog/unofficial/drafts.toml")),
    ("assets/catalog/unofficial/esri.toml", include_str!("../../assets/catalog/unofficial/esri.toml")),
    ("assets/catalog/unofficial/google.toml", include_str!("../../assets/catalog/unofficial/google.toml")),
    ("assets/catalog/unofficial/hosting.toml", include_str!("../../assets/catalog/unofficial/hosting.toml")),
    ("assets/catalog/unofficial/microsoft.toml", include_str!("../../assets/catalog/unofficial/microsoft.toml")),
    ("assets/catalog/unofficial/nginx.toml", include_str!("../../assets/catalog/unofficial/nginx.toml")),
    ("assets/catalog/unofficial/shopify.toml", include_str!("../../assets/catalog/unofficial/shopify.toml")),
    ("assets/catalog/unofficial/spring.toml", include_str!("../../assets/catalog/unofficial/spring.toml")),
];
