//! The libraries whose status constants the catalog lists.
//!
//! Also compiled into build.rs, with the model that uses it.

use serde::{Deserialize, Serialize};

/// Libraries whose status constants the catalog lists, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Library {
    Rust,
    Python,
    Go,
    Dotnet,
    Spring,
    Rails,
    Symfony,
}

impl Library {
    pub const ALL: [Library; 7] =
        [Self::Rust, Self::Python, Self::Go, Self::Dotnet, Self::Spring, Self::Rails, Self::Symfony];

    /// The key used in catalog files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Rust => "rust",
            Self::Python => "python",
            Self::Go => "go",
            Self::Dotnet => "dotnet",
            Self::Spring => "spring",
            Self::Rails => "rails",
            Self::Symfony => "symfony",
        }
    }

    /// What a reader recognises: the language and the library.
    pub fn title(self) -> &'static str {
        match self {
            Self::Rust => "Rust (http)",
            Self::Python => "Python",
            Self::Go => "Go",
            Self::Dotnet => ".NET",
            Self::Spring => "Spring",
            Self::Rails => "Rails",
            Self::Symfony => "Symfony",
        }
    }
}
